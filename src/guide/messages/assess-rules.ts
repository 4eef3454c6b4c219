/**
 * The rules of `kemitraan assess check` (respondent files) and the two `check` rules that read a plan's
 * assessments. Joined into RULES by rules.ts, so severities are configurable like every other rule.
 */
import type { Text } from '../types.js';

/** The shape of rules.ts's RuleMeta (not imported from there: rules.ts imports this file). */
interface AssessRule {
  id: string;
  severity: 'error' | 'warning' | 'info';
  message: Text;
  hint: Text;
}
const rule = (id: string, severity: AssessRule['severity'], message: Text, hint: Text): AssessRule => ({ id, severity, message, hint });

export const ASSESS_RULES: readonly AssessRule[] = [
  rule('assess/not-a-mapping', 'error',
    { id: 'Berkas penilaian harus berupa pemetaan YAML (kunci: nilai)', en: 'An assessment file must be a YAML mapping (key: value)' },
    { id: 'Buat berkas baru dengan `kemitraan assess new RENCANA --partner ID`.', en: 'Create a new file with `kemitraan assess new PLAN --partner ID`.' }),
  rule('assess/unknown-field', 'error',
    { id: 'Kunci "{field}" tidak dikenal dalam berkas penilaian', en: 'Unknown key "{field}" in an assessment file' },
    { id: 'Periksa ejaannya; yang dikenal: {suggestion}.', en: 'Check the spelling; known: {suggestion}.' }),
  rule('assess/required', 'error',
    { id: '"{field}" wajib diisi', en: '"{field}" is required' },
    { id: 'Isi "{field}" seperti pada berkas yang dibuat oleh `kemitraan assess new`.', en: 'Fill in "{field}" as in a file made by `kemitraan assess new`.' }),
  rule('assess/type', 'error',
    { id: '"{field}" bentuknya tidak sesuai', en: '"{field}" has the wrong shape' },
    { id: 'Bandingkan dengan berkas yang dibuat oleh `kemitraan assess new`.', en: 'Compare with a file made by `kemitraan assess new`.' }),
  rule('assess/unknown-instrument', 'error',
    { id: 'Instrumen "{instrument}" tidak dikenal', en: 'Unknown instrument "{instrument}"' },
    { id: 'Instrumen yang dikenal: {known}.', en: 'Known instruments: {known}.' }),
  rule('assess/instrument-version', 'error',
    { id: 'Versi instrumen {version} berbeda dari versi {expected} instrumen "{instrument}"', en: 'Instrument version {version} differs from version {expected} of "{instrument}"' },
    { id: 'Jawaban hanya dibandingkan dengan jawaban atas versi yang sama; isi formulir baru dari `kemitraan assess new`.', en: 'Answers are only compared with answers to the same version; fill in a new form from `kemitraan assess new`.' }),
  rule('assess/other-plan', 'warning',
    { id: 'Berkas ini menilai rencana "{plan}", bukan "{expected}"', en: 'This file assesses plan "{plan}", not "{expected}"' },
    { id: 'Periksa apakah berkas ini milik kemitraan yang benar; tulis judul rencana pada "plan".', en: 'Check that the file belongs to this partnership; put the plan\'s title in "plan".' }),
  rule('assess/not-a-partner', 'error',
    { id: 'Responden "{partner}" bukan mitra dalam rencana', en: 'Respondent "{partner}" is not a partner in the plan' },
    { id: 'Gunakan id mitra dari bagian partners: {known}.', en: 'Use a partner id from the partners section: {known}.' }),
  rule('assess/partner-not-joined', 'warning',
    { id: 'Mitra "{partner}" belum bergabung (status {status})', en: 'Partner "{partner}" has not joined (status {status})' },
    { id: 'Penilaian diisi oleh mitra yang bersedia (committed) atau sudah menandatangani (signed); perbarui status mitra atau abaikan berkas ini.', en: 'Assessments are for partners who committed or signed; update the partner\'s status or leave this file out.' }),
  rule('assess/invalid-date', 'error',
    { id: 'Tanggal "{value}" tidak valid', en: 'Date "{value}" is not valid' },
    { id: 'Tulis tanggal pengisian sebagai TTTT-BB-HH, misalnya 2026-06-30.', en: 'Write the date answered as YYYY-MM-DD, e.g. 2026-06-30.' }),
  rule('assess/unknown-item', 'error',
    { id: 'Pernyataan "{item}" tidak ada dalam instrumen', en: 'Statement "{item}" is not in the instrument' },
    { id: 'Periksa ejaan id pernyataan (mungkin "{suggestion}"); jangan mengubah id yang dibuat oleh `kemitraan assess new`.', en: 'Check the statement id (perhaps "{suggestion}"); keep the ids that `kemitraan assess new` wrote.' }),
  rule('assess/out-of-range', 'error',
    { id: 'Jawaban "{value}" untuk "{item}" di luar skala', en: 'Answer "{value}" to "{item}" is off the scale' },
    { id: 'Jawab dengan angka bulat {min} sampai {max}, atau {na} untuk "tidak tahu / tidak berlaku"; kosongkan bila belum dijawab.', en: 'Answer with a whole number {min} to {max}, or {na} for "don\'t know / not applicable"; leave it empty if not answered yet.' }),
  rule('assess/unanswered', 'info',
    { id: '{count} dari {total} pernyataan belum dijawab', en: '{count} of {total} statements are not answered' },
    { id: 'Jawab semuanya, atau tulis na bila tidak tahu atau tidak berlaku.', en: 'Answer them all, or write na for don\'t know or not applicable.' }),

  // --- read by `check` from monitoring.assessments (the tool's reading, not the guide's) ---------------------
  rule('monitoring/no-assessment', 'info',
    { id: 'Kesepakatan sudah ditandatangani tetapi belum ada penilaian kemitraan oleh para mitra (bacaan alat ini, bukan ketentuan panduan)', en: 'The agreement is signed but the partners have not assessed the partnership (this tool\'s reading, not a rule of the guide)' },
    { id: 'Buat formulir untuk tiap mitra dengan `kemitraan assess new`, lalu sebutkan berkas atau foldernya di monitoring.assessments.', en: 'Make a form for each partner with `kemitraan assess new`, then name the files or their folder in monitoring.assessments.' }),
  rule('monitoring/assessment-concern', 'warning',
    { id: 'Penilaian para mitra ({date}): "{dimension}" rata-rata {score}, pita "{band}" (bacaan alat ini, bukan ketentuan panduan)', en: 'The partners\' assessment ({date}): "{dimension}" averages {score}, band "{band}" (this tool\'s reading, not a rule of the guide)' },
    { id: 'Bicarakan dengan semua mitra; `kemitraan assess report` menunjukkan pernyataan mana yang rendah dan siapa yang berbeda pendapat.', en: 'Discuss it with all partners; `kemitraan assess report` shows which statements are low and where partners disagree.' }),
  rule('monitoring/assessment-unreadable', 'warning',
    { id: '{file}: {count} berkas penilaian bermasalah dan tidak dihitung', en: '{file}: {count} assessment files have problems and are not counted' },
    { id: 'Jalankan `kemitraan assess check` pada berkas tersebut.', en: 'Run `kemitraan assess check` on them.' }),
  rule('monitoring/assessment-missing', 'warning',
    { id: 'Penilaian "{path}" tidak ditemukan', en: 'Assessment "{path}" not found' },
    { id: 'Jalur dihitung dari folder rencana; periksa ejaannya.', en: 'Paths are relative to the plan\'s folder; check the spelling.' }),
];
