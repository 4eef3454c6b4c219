import type { Text } from '../types.js';
import { words, type RuleWords } from './rule-meta.js';

/** User-facing texts of `kemitraan assess` (forms, report, command line). Keys are stable. */
export const assessMessages = () => ({
  // --- command line ---------------------------------------------------------------------------------------------
  'assess.description': {
    id: 'Penilaian kemitraan oleh setiap mitra: formulir per responden, pemeriksaan, dan laporan gabungan',
    en: 'Each partner\'s assessment of the partnership: a form per respondent, checks, and the aggregated report',
  },
  'assess.help.after': {
    id: '\nAlur: setiap mitra yang bergabung mengisi formulirnya sendiri (assess new), berkas diperiksa (assess check), lalu jawaban digabung dan perbedaan dibicarakan bersama (assess report).\n\nContoh:\n  kemitraan assess new examples/stunting-sumedang.yaml --partner unpad\n  kemitraan assess new examples/stunting-sumedang.yaml --partner unpad -o formulir-unpad.docx\n  kemitraan assess check examples/assessments/stunting-sumedang/ --plan examples/stunting-sumedang.yaml\n  kemitraan assess report examples/stunting-sumedang.yaml examples/assessments/stunting-sumedang/ -o penilaian.html\n',
    en: '\nFlow: each partner who joined fills in its own form (assess new), the files are checked (assess check), then the answers are combined and the differences discussed together (assess report).\n\nExamples:\n  kemitraan assess new examples/stunting-sumedang.yaml --partner unpad --lang en\n  kemitraan assess new examples/stunting-sumedang.yaml --partner unpad -o form-unpad.docx\n  kemitraan assess check examples/assessments/stunting-sumedang/ --plan examples/stunting-sumedang.yaml\n  kemitraan assess report examples/stunting-sumedang.yaml examples/assessments/stunting-sumedang/ -o assessment.html\n',
  },
  'assess.new.description': { id: 'Membuat formulir penilaian (YAML, HTML atau DOCX) untuk satu mitra yang sudah bergabung', en: 'Make an assessment form (YAML, HTML or DOCX) for one partner who joined' },
  'assess.new.help.after': {
    id: '\nTanpa -o, berkas YAML ditulis di assessments/<rencana>/<mitra>.yaml di samping rencana; responden kedua dari mitra yang sama mendapat <mitra>-2.yaml. Berkas yang ada tidak ditimpa tanpa --force. -o - menulis ke stdout.\n',
    en: '\nWithout -o the YAML file goes to assessments/<plan>/<partner>.yaml next to the plan; a second respondent of the same partner gets <partner>-2.yaml. Existing files are kept unless --force. -o - writes to stdout.\n',
  },
  'assess.check.description': { id: 'Memeriksa berkas penilaian (temuan dengan berkas:baris:kolom, seperti check)', en: 'Check assessment files (findings with file:line:column, like check)' },
  'assess.check.help.after': {
    id: '\nKode keluar: 0 tidak ada temuan setingkat --fail-on, 1 ada temuan, 2 galat penggunaan atau berkas tidak terbaca.\n',
    en: '\nExit codes: 0 no findings at --fail-on, 1 findings, 2 usage errors or unreadable files.\n',
  },
  'assess.report.description': { id: 'Menggabungkan jawaban semua responden: per pernyataan dan dimensi, perbedaan pendapat lebih dulu', en: 'Aggregate every respondent\'s answers: per statement and dimension, disagreements first' },
  'assess.report.help.after': {
    id: '\nKode keluar: 0 semua berkas dihitung, 1 ada berkas yang dilewati karena bermasalah, 2 galat penggunaan.\nDengan --anonymous, atau bila responden kurang dari 3, kolom per mitra tidak ditampilkan.\n',
    en: '\nExit codes: 0 every file counted, 1 some files skipped because of problems, 2 usage errors.\nWith --anonymous, or fewer than 3 respondents, no per-partner columns are shown.\n',
  },
  'assess.arg.plan': { id: 'berkas rencana kemitraan', en: 'the partnership plan file' },
  'assess.arg.files': { id: 'berkas penilaian, direktori atau glob', en: 'assessment files, directories or globs' },
  'assess.arg.reportFiles': { id: 'berkas penilaian, direktori atau glob (bawaan: monitoring.assessments rencana)', en: 'assessment files, directories or globs (default: the plan\'s monitoring.assessments)' },
  'assess.error.noFiles': { id: 'sebutkan berkas penilaian, atau isi monitoring.assessments di {plan}', en: 'name the assessment files, or set monitoring.assessments in {plan}' },
  'assess.opt.partner': { id: 'id mitra (dari bagian partners rencana) yang mengisi', en: 'id of the partner (from the plan\'s partners) who answers' },
  'assess.opt.newOutput': { id: 'tulis ke BERKAS (.yaml, .html atau .docx; - untuk stdout)', en: 'write to FILE (.yaml, .html or .docx; - for stdout)' },
  'assess.opt.formFormat': { id: 'bentuk formulir (bawaan: yaml, atau dari akhiran -o)', en: 'form format (default: yaml, or from the -o extension)' },
  'assess.opt.plan': { id: 'rencana kemitraan: responden dicocokkan dengan mitranya', en: 'the partnership plan: respondents are matched against its partners' },
  'assess.opt.anonymous': { id: 'tanpa kolom per mitra', en: 'no per-partner columns' },

  'assess.error.plan': { id: '{file}: rencana tidak dapat dibaca atau tidak sesuai skema (jalankan kemitraan check):', en: '{file}: the plan cannot be read or does not match the schema (run kemitraan check):' },
  'assess.error.unknownPartner': { id: 'mitra "{partner}" tidak ada dalam rencana; mitra yang sudah bergabung: {known}', en: 'partner "{partner}" is not in the plan; partners who joined: {known}' },
  'assess.error.notJoined': { id: 'mitra "{partner}" belum bergabung (status {status}); formulir hanya untuk mitra yang bersedia atau sudah menandatangani: {joined}', en: 'partner "{partner}" has not joined (status {status}); forms are only for partners who committed or signed: {joined}' },
  'assess.error.notAPlan': { id: '{file} adalah berkas penilaian, bukan rencana; rencana disebut lebih dulu: kemitraan assess report RENCANA BERKAS...', en: '{file} is an assessment file, not a plan; the plan comes first: kemitraan assess report PLAN FILES...' },
  'assess.error.binaryStdout': { id: 'DOCX tidak dapat ditulis ke stdout; beri nama berkas dengan -o', en: 'DOCX cannot be written to stdout; name a file with -o' },
  'assess.written': { id: 'Formulir untuk {partner} ditulis ke {file}', en: 'Form for {partner} written to {file}' },
  'assess.hint.monitoring': {
    id: 'Agar check dan report membacanya, sebutkan foldernya di rencana: monitoring.assessments: [{dir}]',
    en: 'For check and report to read it, name its folder in the plan: monitoring.assessments: [{dir}]',
  },
  'assess.check.noPlan': { id: 'catatan: tanpa --plan, responden tidak dicocokkan dengan mitra rencana', en: 'note: without --plan, respondents are not matched against the plan\'s partners' },

  // --- the respondent file and the paper form ------------------------------------------------------------------
  'assess.form.version': { id: 'versi {version}', en: 'version {version}' },
  'assess.form.howTo': {
    id: 'Jawab setiap pernyataan tentang kemitraan ini menurut pandangan organisasi Anda sendiri, dengan menulis angkanya setelah titik dua: {scale}. Jawaban yang kosong dianggap belum dijawab.',
    en: 'Answer each statement about this partnership from your own organisation\'s point of view, writing the number after the colon: {scale}. An empty answer counts as not answered.',
  },
  'assess.form.name': { id: 'nama pengisi (boleh dikosongkan)', en: 'name of the person answering (may be left empty)' },
  'assess.form.position': { id: 'jabatan (boleh dikosongkan)', en: 'position (may be left empty)' },
  'assess.form.date': { id: 'tanggal pengisian (TTTT-BB-HH); ubah ke hari Anda menjawab', en: 'date answered (YYYY-MM-DD); change it to the day you answer' },
  'assess.form.comments': { id: 'Komentar atau saran (boleh dikosongkan; untuk beberapa baris tulis "comments: |" lalu teks menjorok di baris berikutnya)', en: 'Comments or suggestions (may be left empty; for several lines write "comments: |" and indent the text on the next lines)' },
  'assess.form.plan': { id: 'Kemitraan', en: 'Partnership' },
  'assess.form.partner': { id: 'Mitra', en: 'Partner' },
  'assess.form.nameLabel': { id: 'Nama pengisi', en: 'Name' },
  'assess.form.positionLabel': { id: 'Jabatan', en: 'Position' },
  'assess.form.dateLabel': { id: 'Tanggal pengisian', en: 'Date' },
  'assess.form.paperHowTo': {
    id: 'Berilah tanda centang (✓) pada satu kotak untuk setiap pernyataan, sesuai pandangan organisasi Anda sendiri:',
    en: 'Tick (✓) one box for each statement, from your own organisation\'s point of view:',
  },
  'assess.form.naShort': { id: 'TT/TB', en: 'DK/NA' },
  'assess.form.no': { id: 'No.', en: 'No.' },
  'assess.form.statement': { id: 'Pernyataan', en: 'Statement' },
  'assess.form.commentsHeading': { id: 'Komentar atau saran', en: 'Comments or suggestions' },
  'assess.form.paperReturn': {
    id: 'Formulir kertas ini dicatat ke berkas YAML mitra "{partner}" (kemitraan assess new) oleh pengelola kemitraan.',
    en: 'The partnership\'s coordinator copies this paper form into partner "{partner}"\'s YAML file (kemitraan assess new).',
  },

  // --- the report -------------------------------------------------------------------------------------------------
  'assess.report.title': { id: 'Penilaian kemitraan oleh para mitra', en: 'The partners\' assessment of the partnership' },
  'assess.report.none': { id: 'Belum ada jawaban yang dapat dihitung.', en: 'No answers to count yet.' },
  'assess.report.headline': {
    id: 'Putaran {round}: {respondents} responden dari {partners} mitra (instrumen {instrument} versi {version})',
    en: 'Round {round}: {respondents} respondents from {partners} partners (instrument {instrument} version {version})',
  },
  'assess.report.allAnswered': { id: 'Semua mitra yang bergabung sudah menjawab.', en: 'Every partner who joined has answered.' },
  'assess.report.missing': { id: 'Mitra yang bergabung tetapi belum menjawab: {partners}', en: 'Partners who joined but have not answered: {partners}' },
  'assess.report.hiddenAnonymous': { id: 'Kolom per mitra tidak ditampilkan (--anonymous).', en: 'Per-partner columns are not shown (--anonymous).' },
  'assess.report.hiddenFew': { id: 'Kolom per mitra tidak ditampilkan: responden kurang dari {min}, sehingga jawaban dapat dikenali.', en: 'Per-partner columns are not shown: fewer than {min} respondents, so answers could be traced to a person.' },
  'assess.report.dimension': { id: 'Dimensi', en: 'Dimension' },
  'assess.report.toDiscuss': { id: 'Untuk dibicarakan: jawaban berbeda {threshold} poin atau lebih', en: 'To discuss: answers differ by {threshold} points or more' },
  'assess.report.noDisagreement': { id: 'Tidak ada perbedaan pendapat sebesar itu.', en: 'No disagreement that large.' },
  'assess.report.byDimension': { id: 'Per dimensi', en: 'By dimension' },
  'assess.report.byItem': { id: 'Per pernyataan', en: 'By statement' },
  'assess.report.heatmap': { id: 'Mitra × dimensi (rata-rata)', en: 'Partner × dimension (mean)' },
  'assess.report.allPartners': { id: 'Semua mitra', en: 'All partners' },
  'assess.report.discussMark': { id: 'bicarakan', en: 'discuss' },
  'assess.report.changes': { id: 'Perubahan antarputaran (rata-rata per dimensi)', en: 'Change between rounds (mean per dimension)' },
  'assess.report.skipped': { id: 'Tidak dihitung (bermasalah): {files}', en: 'Not counted (problems): {files}' },
  'assess.report.skippedFile': { id: '{file}: dilewati, tidak dihitung ({count} galat)', en: '{file}: skipped, not counted ({count} errors)' },
  'assess.report.otherInstrument': { id: '{file}: instrumen "{instrument}" tidak dapat dibandingkan dengan "{used}"; tidak dihitung', en: '{file}: instrument "{instrument}" cannot be compared with "{used}"; not counted' },
  'assess.report.comments': { id: 'Komentar para responden', en: 'Respondents\' comments' },
  'assess.report.noAnswers': { id: 'tidak ada jawaban', en: 'no answers' },
  'assess.report.latest': { id: 'Penilaian para mitra (putaran terakhir {round})', en: 'The partners\' assessment (latest round {round})' },

  'assess.col.statement': { id: 'Pernyataan', en: 'Statement' },
  'assess.col.range': { id: 'Min–maks', en: 'Min–max' },
  'assess.col.dimension': { id: 'Dimensi', en: 'Dimension' },
  'assess.col.n': { id: 'n', en: 'n' },
  'assess.col.mean': { id: 'Rata-rata', en: 'Mean' },
  'assess.col.median': { id: 'Median', en: 'Median' },
  'assess.col.band': { id: 'Pita', en: 'Band' },
  'assess.col.no': { id: 'No.', en: 'No.' },
  'assess.col.na': { id: 'TT/TB', en: 'DK/NA' },
  'assess.col.change': { id: 'Perubahan', en: 'Change' },
  'assess.col.partner': { id: 'Mitra', en: 'Partner' },
  'assess.col.changePrevious': { id: 'Perubahan dari putaran sebelumnya', en: 'Change since the previous round' },
  'assess.section.respondents': { id: '{respondents} responden; belum menjawab: {missing}', en: '{respondents} respondents; not answered: {missing}' },
  'assess.section.note': {
    id: 'Pandangan para mitra sendiri (kemitraan assess); pita adalah bacaan alat ini, bukan ketentuan panduan. Rinciannya: kemitraan assess report.',
    en: 'The partners\' own view (kemitraan assess); the bands are this tool\'s reading, not a rule of the guide. Details: kemitraan assess report.',
  },
} satisfies Record<string, Text>);

/**
 * The words of the rules of `kemitraan assess check` (respondent files) and of the `check` rules that read a
 * plan's assessments; their ids and severities are declared in src/assess/rules.ts. Joined by rules.ts.
 */
export const ASSESS_RULE_WORDS = {
  'assess/not-a-mapping': words(
    { id: 'Berkas penilaian harus berupa pemetaan YAML (kunci: nilai)', en: 'An assessment file must be a YAML mapping (key: value)' },
    { id: 'Buat berkas baru dengan `kemitraan assess new RENCANA --partner ID`.', en: 'Create a new file with `kemitraan assess new PLAN --partner ID`.' }),
  'assess/is-a-plan': words(
    { id: 'Ini berkas rencana kemitraan, bukan berkas penilaian', en: 'This is a partnership plan, not an assessment file' },
    { id: 'Periksa rencana dengan `kemitraan check`; berikan hanya berkas penilaian kepada `kemitraan assess`.', en: 'Check plans with `kemitraan check`; give `kemitraan assess` only assessment files.' }),
  'assess/unknown-field': words(
    { id: 'Kunci "{field}" tidak dikenal dalam berkas penilaian', en: 'Unknown key "{field}" in an assessment file' },
    { id: 'Periksa ejaannya; yang dikenal: {suggestion}.', en: 'Check the spelling; known: {suggestion}.' }),
  'assess/required': words(
    { id: '"{field}" wajib diisi', en: '"{field}" is required' },
    { id: 'Isi "{field}" seperti pada berkas yang dibuat oleh `kemitraan assess new`.', en: 'Fill in "{field}" as in a file made by `kemitraan assess new`.' }),
  'assess/type': words(
    { id: '"{field}" bentuknya tidak sesuai', en: '"{field}" has the wrong shape' },
    { id: 'Bandingkan dengan berkas yang dibuat oleh `kemitraan assess new`.', en: 'Compare with a file made by `kemitraan assess new`.' }),
  'assess/unknown-instrument': words(
    { id: 'Instrumen "{instrument}" tidak dikenal', en: 'Unknown instrument "{instrument}"' },
    { id: 'Instrumen yang dikenal: {known}.', en: 'Known instruments: {known}.' }),
  'assess/instrument-version': words(
    { id: 'Versi instrumen {version} berbeda dari versi {expected} instrumen "{instrument}"', en: 'Instrument version {version} differs from version {expected} of "{instrument}"' },
    { id: 'Jawaban hanya dibandingkan dengan jawaban atas versi yang sama; isi formulir baru dari `kemitraan assess new`.', en: 'Answers are only compared with answers to the same version; fill in a new form from `kemitraan assess new`.' }),
  'assess/other-plan': words(
    { id: 'Berkas ini menilai rencana "{plan}", bukan "{expected}"', en: 'This file assesses plan "{plan}", not "{expected}"' },
    { id: 'Periksa apakah berkas ini milik kemitraan yang benar; tulis judul rencana pada "plan".', en: 'Check that the file belongs to this partnership; put the plan\'s title in "plan".' }),
  'assess/not-a-partner': words(
    { id: 'Responden "{partner}" bukan mitra dalam rencana', en: 'Respondent "{partner}" is not a partner in the plan' },
    { id: 'Gunakan id mitra dari bagian partners: {known}.', en: 'Use a partner id from the partners section: {known}.' }),
  'assess/partner-not-joined': words(
    { id: 'Mitra "{partner}" belum bergabung (status {status})', en: 'Partner "{partner}" has not joined (status {status})' },
    { id: 'Penilaian diisi oleh mitra yang bersedia (committed) atau sudah menandatangani (signed); perbarui status mitra atau abaikan berkas ini.', en: 'Assessments are for partners who committed or signed; update the partner\'s status or leave this file out.' }),
  'assess/invalid-date': words(
    { id: 'Tanggal "{value}" tidak valid', en: 'Date "{value}" is not valid' },
    { id: 'Tulis tanggal pengisian sebagai TTTT-BB-HH, misalnya 2026-06-30.', en: 'Write the date answered as YYYY-MM-DD, e.g. 2026-06-30.' }),
  'assess/unknown-item': words(
    { id: 'Pernyataan "{item}" tidak ada dalam instrumen', en: 'Statement "{item}" is not in the instrument' },
    { id: 'Periksa ejaan id pernyataan (mungkin "{suggestion}"); jangan mengubah id yang dibuat oleh `kemitraan assess new`.', en: 'Check the statement id (perhaps "{suggestion}"); keep the ids that `kemitraan assess new` wrote.' }),
  'assess/out-of-range': words(
    { id: 'Jawaban "{value}" untuk "{item}" di luar skala', en: 'Answer "{value}" to "{item}" is off the scale' },
    { id: 'Jawab dengan angka bulat {min} sampai {max}, atau {na} untuk "tidak tahu / tidak berlaku"; kosongkan bila belum dijawab.', en: 'Answer with a whole number {min} to {max}, or {na} for "don\'t know / not applicable"; leave it empty if not answered yet.' }),
  'assess/answer-text': words(
    { id: 'Jawaban "{value}" untuk "{item}" ditulis sebagai teks, bukan angka skala', en: 'Answer "{value}" to "{item}" is written as text, not as a scale number' },
    { id: 'Tulis angka skalanya saja, tanpa tanda kutip: {fix}', en: 'Write the scale number alone, without quotes: {fix}' }),
  'assess/unanswered': words(
    { id: '{count} dari {total} pernyataan belum dijawab', en: '{count} of {total} statements are not answered' },
    { id: 'Jawab semuanya, atau tulis na bila tidak tahu atau tidak berlaku.', en: 'Answer them all, or write na for don\'t know or not applicable.' }),

  // --- read by `check` from monitoring.assessments (the tool's reading, not the guide's) ---------------------
  'monitoring/no-assessment': words(
    { id: 'Kesepakatan sudah ditandatangani tetapi belum ada penilaian kemitraan oleh para mitra (bacaan alat ini, bukan ketentuan panduan)', en: 'The agreement is signed but the partners have not assessed the partnership (this tool\'s reading, not a rule of the guide)' },
    { id: 'Buat formulir untuk tiap mitra dengan `kemitraan assess new`, lalu sebutkan berkas atau foldernya di monitoring.assessments.', en: 'Make a form for each partner with `kemitraan assess new`, then name the files or their folder in monitoring.assessments.' }),
  'monitoring/assessment-concern': words(
    { id: 'Penilaian para mitra ({date}): "{dimension}" rata-rata {score}, pita "{band}" (bacaan alat ini, bukan ketentuan panduan)', en: 'The partners\' assessment ({date}): "{dimension}" averages {score}, band "{band}" (this tool\'s reading, not a rule of the guide)' },
    { id: 'Bicarakan dengan semua mitra; `kemitraan assess report` menunjukkan pernyataan mana yang rendah dan siapa yang berbeda pendapat.', en: 'Discuss it with all partners; `kemitraan assess report` shows which statements are low and where partners disagree.' }),
  'monitoring/assessment-unreadable': words(
    { id: '{file}: {count} berkas penilaian bermasalah dan tidak dihitung', en: '{file}: {count} assessment files have problems and are not counted' },
    { id: 'Jalankan `kemitraan assess check` pada berkas tersebut.', en: 'Run `kemitraan assess check` on them.' }),
  'monitoring/assessment-missing': words(
    { id: 'Penilaian "{path}" tidak ditemukan', en: 'Assessment "{path}" not found' },
    { id: 'Jalur dihitung dari folder rencana; periksa ejaannya.', en: 'Paths are relative to the plan\'s folder; check the spelling.' }),
} satisfies Record<string, RuleWords>;
