import type { Text } from '../types.js';

/** Texts of `kemitraan check` around the findings: summaries, stage verdicts, step statuses. */
export const CHECK_MESSAGES = {
  'check.summary.title': { id: 'Kesiapan per langkah', en: 'Readiness by step' },
  'check.summary.criteria': { id: 'kriteria {met}/{total} (perlu {needed})', en: 'criteria {met}/{total} ({needed} needed)' },
  'check.summary.threshold': { id: 'Ambang kriteria adalah bacaan alat ini atas panduan, bukan angka dari panduan: sebuah langkah lengkap bila sedikitnya separuh kriterianya terpenuhi (met) dan tidak ada galat atau peringatan.', en: 'The criteria threshold is this tool\'s reading of the guide, not a number from it: a step is complete when at least half its criteria are met and it has no errors or warnings.' },
  'check.status.complete': { id: 'lengkap', en: 'complete' },
  'check.status.incomplete': { id: 'belum lengkap', en: 'incomplete' },
  'check.status.empty': { id: 'belum dimulai', en: 'not started' },
  'check.totals': { id: '{errors} galat, {warnings} peringatan, {infos} info dalam {files} berkas', en: '{errors} errors, {warnings} warnings, {infos} infos in {files} files' },
  'check.clean': { id: 'Tidak ada temuan dalam {files} berkas.', en: 'No findings in {files} files.' },
  'check.stage.ready': { id: 'Siap memulai langkah {number} ({step}).', en: 'Ready to begin step {number} ({step}).' },
  'check.stage.notReady': { id: 'Belum siap memulai langkah {number} ({step}): langkah {pending} belum lengkap.', en: 'Not ready to begin step {number} ({step}): step(s) {pending} incomplete.' },
  'check.noFiles': { id: 'Tidak ada berkas .yaml/.yml di: {paths}', en: 'No .yaml/.yml files in: {paths}' },
  'check.next': { id: 'Langkah berikutnya: {step}', en: 'Next step: {step}' },
  'check.place': { id: '{path}, baris {line}', en: '{path}, line {line}' },
  // Words that rules put into their messages (params named "word.*").
  'word.status.candidate': { id: 'candidate (calon mitra)', en: 'candidate' },
  'word.status.invited': { id: 'invited (diundang)', en: 'invited' },
  'word.status.committed': { id: 'committed (berkomitmen)', en: 'committed' },
  'word.status.signed': { id: 'signed (menandatangani)', en: 'signed' },
  'word.status.withdrawn': { id: 'withdrawn (mengundurkan diri)', en: 'withdrawn' },
  'word.role.responsible': { id: 'penanggung jawab', en: 'responsible for' },
  'word.role.who': { id: 'pelaksana', en: 'carrying out' },
  'word.role.funder': { id: 'penyandang dana', en: 'funding' },
  'check.hint': { id: 'saran', en: 'hint' },
  // Words that schema findings put into their messages (params named "type.*" and "format.*").
  'type.string': { id: 'teks', en: 'text' },
  'type.number': { id: 'angka', en: 'a number' },
  'type.integer': { id: 'bilangan bulat', en: 'a whole number' },
  'type.boolean': { id: 'ya/tidak (true/false)', en: 'true/false' },
  'type.object': { id: 'pemetaan (kunci: nilai)', en: 'a mapping (key: value)' },
  'type.array': { id: 'daftar (- butir)', en: 'a list (- items)' },
  'type.null': { id: 'kosong', en: 'empty' },
  'type.nonfinite': { id: 'bukan angka biasa (.nan atau .inf)', en: 'not an ordinary number (.nan or .inf)' },
  'format.date': { id: 'tanggal', en: 'date' },
  'format.email': { id: 'alamat email', en: 'email address' },
} satisfies Record<string, Text>;
