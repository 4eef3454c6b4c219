/**
 * The words of every rule `kemitraan check` and `kemitraan assess` know, keyed by rule id (`parse/...`,
 * `schema/...`, `assess/...` or `<step>/<rule>`): the message and advice shown to the user in both languages.
 *
 * A rule's logic, id and default severity are declared together where its logic is (`defineRules` in the rule's
 * family module: src/check/rules/<family>.ts, src/check/schema.ts, src/plan/load.ts, src/assess/rules.ts); only
 * its words are here. The ids are catalog ids like every message id, so `RuleId` is derived here, at the bottom
 * layer: the findings of src/plan name it without importing upward, and the declarations are held to it both
 * ways at compile time (a declared id without words does not type-check in `defineRules`; words without a
 * declaration do not type-check where the declarations are joined, src/commands/rules.ts).
 */
import { REGION_RULE_WORDS } from './rules-region.js';
import { JUDGEMENT_RULE_WORDS } from './rules-judgement.js';
import { GUIDE_CONTENT_RULE_WORDS } from './rules-guide-content.js';
import { AGREEMENT_FORM_RULE_WORDS } from './rules-agreement-form.js';
import { ASSESS_RULE_WORDS } from './assess.js';

import { words, type RuleWords } from './rule-meta.js';

export type { RuleWords, Severity } from './rule-meta.js';

const CORE_RULE_WORDS = {
  // --- reading the file -------------------------------------------------------------------------------------
  'parse/syntax': words(
    { id: 'YAML tidak valid: {detail}', en: 'Invalid YAML: {detail}' },
    { id: 'Perbaiki penulisan YAML pada baris ini (perhatikan indentasi, titik dua dan tanda kutip).', en: 'Fix the YAML on this line (check indentation, colons and quotes).' }),
  'parse/duplicate-key': words(
    { id: 'Kunci "{key}" ditulis lebih dari sekali', en: 'Key "{key}" appears more than once' },
    { id: 'Hapus atau gabungkan kunci yang ganda.', en: 'Remove or merge the duplicate key.' }),
  'parse/tab': words(
    { id: 'Karakter tab dipakai untuk indentasi (sering tersembunyi setelah spasi)', en: 'A tab character is used for indentation (often hidden after spaces)' },
    { id: 'YAML hanya menerima spasi untuk indentasi; hapus tab di awal baris ini dan ketik spasi sebagai gantinya.', en: 'YAML indents with spaces only; delete the tab at the start of this line and type spaces instead.' }),
  'parse/indent': words(
    { id: 'Baris ini menjorok {found} spasi dan tidak sejajar dengan baris {reference}', en: 'This line is indented {found} spaces and does not line up with line {reference}' },
    { id: 'Jadikan {expected} spasi: isian yang setingkat harus sejajar persis, isian di dalamnya menjorok lebih dalam.', en: 'Make it {expected} spaces: fields on the same level line up exactly; fields inside them are indented further.' }),
  'parse/alias-limit': words(
    { id: 'Terlalu banyak alias YAML (kemungkinan "alias bomb")', en: 'Too many YAML aliases (possibly an alias bomb)' },
    { id: 'Tulis nilai secara langsung, jangan memakai alias (*nama) berulang-ulang.', en: 'Write the values out instead of repeating aliases (*name).' }),
  'parse/undefined-alias': words(
    { id: 'Alias *{name} merujuk anchor yang tidak ada (atau baru ditetapkan sesudahnya)', en: 'Alias *{name} refers to an anchor that does not exist (or is set only after it)' },
    { id: 'Tetapkan anchor &{name} sebelum alias ini, atau tulis nilainya secara langsung.', en: 'Set the anchor &{name} before this alias, or write the value out.' }),
  'parse/too-deep': words(
    { id: 'Struktur bersarang terlalu dalam', en: 'The structure is nested too deeply' },
    { id: 'Rencana kemitraan tidak memerlukan lebih dari beberapa tingkat; periksa isi berkas.', en: 'A plan needs only a few levels of nesting; check the file\'s content.' }),
  'parse/too-large': words(
    { id: 'Berkas terlalu besar ({size}; batas {limit})', en: 'The file is too large ({size}; limit {limit})' },
    { id: 'Periksa apakah ini benar berkas rencana kemitraan; bagi rencana yang sangat besar.', en: 'Check that this is a plan file; split a very large plan.' }),
  'parse/binary': words(
    { id: 'Berkas bukan teks (berisi data biner atau bukan UTF-8)', en: 'The file is not text (binary data or not UTF-8)' },
    { id: 'Simpan rencana sebagai teks UTF-8 berformat YAML.', en: 'Save the plan as UTF-8 YAML text.' }),
  'parse/empty': words(
    { id: 'Berkas kosong', en: 'The file is empty' },
    { id: 'Buat isi rencana dengan "kemitraan init".', en: 'Create the plan\'s content with "kemitraan init".' }),
  'parse/json': words(
    { id: 'Berkas ditulis dalam JSON; dibaca sebagai YAML', en: 'The file is written as JSON; it was read as YAML' },
    { id: 'YAML lebih mudah dibaca dan dapat diberi komentar; pertimbangkan mengubahnya ke YAML.', en: 'YAML is easier to read and can hold comments; consider converting it.' }),

  // --- JSON Schema --------------------------------------------------------------------------------------------
  'schema/required': words(
    { id: 'Isian wajib "{property}" belum ada', en: 'Required field "{property}" is missing' },
    { id: 'Tambahkan "{property}" di bagian ini.', en: 'Add "{property}" here.' }),
  'schema/additional-property': words(
    { id: 'Isian "{property}" tidak dikenal', en: 'Unknown field "{property}"' },
    { id: 'Periksa ejaannya{suggestion}; isian yang dikenal: {allowed}.', en: 'Check its spelling{suggestion}; known fields: {allowed}.' }),
  'schema/type': words(
    { id: 'Jenis nilai salah: seharusnya {expected}, tertulis {actual}', en: 'Wrong type: expected {expected}, found {actual}' },
    { id: 'Ubah nilai ini menjadi {expected}.', en: 'Change this value to {expected}.' }),
  'schema/number-text': words(
    { id: 'Angka ditulis sebagai teks: "{value}"', en: 'A number written as text: "{value}"' },
    { id: 'Tulis angkanya saja, tanpa "Rp", titik ribuan atau kata: {fix} (desimal memakai titik: 22.4).', en: 'Write the bare number, without "Rp", thousands dots or words: {fix} (decimals with a point: 22.4).' }),
  'schema/boolean-text': words(
    { id: 'Ya/tidak ditulis sebagai teks: "{value}"', en: 'Yes/no written as text: "{value}"' },
    { id: 'Dalam berkas rencana ya ditulis true dan tidak ditulis false: {fix}.', en: 'In the plan file yes is written true and no is written false: {fix}.' }),
  'schema/date-text': words(
    { id: 'Tanggal tidak ditulis sebagai TTTT-BB-HH: "{value}"', en: 'A date not written as YYYY-MM-DD: "{value}"' },
    { id: 'Tulis tahun-bulan-hari dengan angka: {fix} (periksa bahwa ini tanggal yang dimaksud).', en: 'Write year-month-day in digits: {fix} (make sure this is the date you meant).' }),
  'schema/flow-comma': words(
    { id: 'Teks yang berisi koma di dalam { … } terpotong: "{property}" terbaca sebagai isian tersendiri', en: 'Text with a comma inside { … } was cut: "{property}" was read as a field of its own' },
    { id: 'Beri tanda kutip pada teks yang berisi koma, jadi baris ini:\n{fixed}', en: 'Put the text that holds a comma in quotes, so the line reads:\n{fixed}' }),
  'schema/number-thousands': words(
    { id: '{written} dibaca sebagai angka {read}: dalam YAML titik adalah tanda desimal', en: '{written} is read as the number {read}: in YAML the dot is the decimal point' },
    { id: 'Bila maksudnya ribuan ({meant}), tulis {fix} tanpa titik; bila memang {read}, tulis {read}.', en: 'If you meant thousands ({meant}), write {fix} without the dot; if you did mean {read}, write {read}.' }),
  'schema/enum': words(
    { id: 'Nilai "{value}" tidak dikenal', en: 'Unknown value "{value}"' },
    { id: 'Pilih salah satu{suggestion}: {allowed}.', en: 'Use one of{suggestion}: {allowed}.' }),
  'schema/format': words(
    { id: 'Format {format} tidak valid: "{value}"', en: 'Invalid {format}: "{value}"' },
    { id: 'Tulis {format} dengan benar (tanggal: TTTT-BB-HH, misalnya 2026-03-31).', en: 'Write a valid {format} (dates: YYYY-MM-DD, e.g. 2026-03-31).' }),
  'schema/pattern': words(
    { id: 'Penulisan "{value}" tidak sesuai pola', en: '"{value}" does not match the expected pattern' },
    { id: 'Id hanya boleh huruf kecil, angka, "-" dan "_" (misalnya dinkes-kota); telepon hanya angka, spasi, +, -, ( ).', en: 'Ids use lowercase letters, digits, "-" and "_" (e.g. dinkes-kota); phones use digits, spaces, +, -, ( ).' }),
  'schema/minimum': words(
    { id: 'Nilai {value} terlalu kecil (minimal {limit})', en: 'Value {value} is too small (minimum {limit})' },
    { id: 'Isikan angka tidak negatif.', en: 'Use a non-negative number.' }),
  'schema/maximum': words(
    { id: 'Nilai {value} terlalu besar untuk dibaca dengan tepat (maksimal {limit})', en: 'Value {value} is too large to be read exactly (maximum {limit})' },
    { id: 'Periksa angkanya: lebih dari sembilan ribu triliun Rupiah tidak dapat disimpan tanpa berubah.', en: 'Check the number: more than nine quadrillion Rupiah cannot be kept without changing.' }),
  'schema/min-length': words(
    { id: 'Teks kosong', en: 'Empty text' },
    { id: 'Isi teks ini atau hapus isiannya.', en: 'Fill in the text or remove the field.' }),
  'schema/const': words(
    { id: 'Nilai harus {expected}, tertulis {written}', en: 'The value must be {expected}, found {written}' },
    { id: 'Tulis {expected}.', en: 'Write {expected}.' }),
  'schema/unique-items': words(
    { id: 'Daftar berisi nilai ganda', en: 'The list has duplicate items' },
    { id: 'Hapus nilai yang ganda.', en: 'Remove the duplicates.' }),
  'schema/invalid': words(
    { id: 'Nilai tidak valid: {detail}', en: 'Invalid value: {detail}' },
    { id: 'Lihat "kemitraan schema" untuk bentuk yang benar.', en: 'See "kemitraan schema" for the expected shape.' }),
  'schema/too-many-errors': words(
    { id: '{count} temuan skema lain tidak ditampilkan', en: '{count} more schema findings not shown' },
    { id: 'Perbaiki temuan di atas lalu jalankan pemeriksaan lagi.', en: 'Fix the findings above and check again.' }),

  // --- plan metadata ------------------------------------------------------------------------------------------
  'plan/program-name': words(
    { id: 'Program "lainnya" dipilih tetapi nama program belum diisi', en: 'Program "lainnya" is chosen but no program name is given' },
    { id: 'Isi "programName" dengan nama program kesehatannya.', en: 'Fill in "programName" with the health program\'s name.' }),
  'plan/dates-order': words(
    { id: '{later} ({laterDate}) lebih awal dari {earlier} ({earlierDate})', en: '{later} ({laterDate}) is before {earlier} ({earlierDate})' },
    { id: 'Periksa kedua tanggal ini.', en: 'Check both dates.' }),
  'plan/initiator-partner': words(
    { id: 'Inisiator merujuk mitra "{partner}" yang tidak ada di daftar mitra', en: 'The initiator refers to partner "{partner}", which is not in the partner list' },
    { id: 'Gunakan id dari bagian partners, atau tambahkan mitra tersebut.', en: 'Use an id from the partners section, or add the partner.' }),

  // --- step 1: idea -------------------------------------------------------------------------------------------
  'idea/incomplete': words(
    { id: 'Langkah 1 (gagasan) belum lengkap: {missing} belum diisi', en: 'Step 1 (idea) is incomplete: {missing} not filled in' },
    { id: 'Rumuskan masalah kesehatan dan target program yang ingin dipercepat (kemitraan init --step idea).', en: 'State the health problem and the program target to speed up (kemitraan init --step idea).' }),
  'idea/criteria-unassessed': words(
    { id: '{count} dari {total} kriteria gagasan belum dinilai: {criteria}', en: '{count} of {total} idea criteria not assessed: {criteria}' },
    { id: 'Nilai setiap kriteria dengan met, partial atau unmet.', en: 'Assess each criterion as met, partial or unmet.' }),
  'idea/criterion-unmet': words(
    { id: 'Kriteria gagasan belum terpenuhi: {criterion}', en: 'Idea criterion not met: {criterion}' },
    { id: 'Perbaiki gagasan agar memenuhi kriteria ini, atau catat alasannya.', en: 'Improve the idea to meet this criterion, or note why not.' }),

  // --- step 2: partners ---------------------------------------------------------------------------------------
  'partners/none': words(
    { id: 'Belum ada calon mitra', en: 'No prospective partners yet' },
    { id: 'Identifikasi calon mitra melalui studi kepustakaan dan studi lapangan (kemitraan init --step partners).', en: 'Identify partners through literature and field study (kemitraan init --step partners).' }),
  'partners/duplicate-id': words(
    { id: 'Id mitra "{partner}" dipakai lebih dari sekali', en: 'Partner id "{partner}" is used more than once' },
    { id: 'Beri setiap mitra id yang berbeda.', en: 'Give every partner its own id.' }),
  'partners/potential-sector': words(
    { id: 'Potensi "{potential}" bukan potensi sektor {sector}', en: 'Potential "{potential}" does not belong to sector {sector}' },
    { id: 'Pilih potensi yang diawali "{sectorId}.", atau periksa sektor mitra.', en: 'Use potentials starting with "{sectorId}.", or check the partner\'s sector.' }),
  'partners/criteria-unassessed': words(
    { id: 'Mitra "{partner}": {count} dari {total} kriteria calon mitra belum dinilai', en: 'Partner "{partner}": {count} of {total} partner criteria not assessed' },
    { id: 'Nilai calon mitra terhadap kriteria langkah 2.', en: 'Assess the partner against the step 2 criteria.' }),
  'partners/criterion-unmet': words(
    { id: 'Mitra "{partner}" belum memenuhi kriteria: {criterion}', en: 'Partner "{partner}" does not meet: {criterion}' },
    { id: 'Bicarakan dengan mitra, atau catat bagaimana hal ini akan diatasi.', en: 'Discuss it with the partner, or note how it will be handled.' }),
  'partners/status-dates-order': words(
    { id: 'Mitra "{partner}": tanggal status {later} ({laterDate}) lebih awal dari {earlier} ({earlierDate})', en: 'Partner "{partner}": status date {later} ({laterDate}) is before {earlier} ({earlierDate})' },
    { id: 'Urutan status: candidate, invited, committed, signed.', en: 'Statuses go candidate, invited, committed, signed.' }),
  'partners/single-sector': words(
    { id: 'Semua mitra berasal dari satu sektor ({sector})', en: 'All partners come from one sector ({sector})' },
    { id: 'Pertimbangkan mitra dari sektor lain: {others}.', en: 'Consider partners from other sectors: {others}.' }),

  // --- step 3: goals ------------------------------------------------------------------------------------------
  'goals/incomplete': words(
    { id: 'Langkah 3 belum lengkap: {missing} belum diisi', en: 'Step 3 is incomplete: {missing} not filled in' },
    { id: 'Rumuskan tujuan umum, tujuan khusus dan peran tiap mitra (kemitraan init --step goals).', en: 'State the general goal, specific goals and each partner\'s roles (kemitraan init --step goals).' }),
  'goals/unknown-partner': words(
    { id: 'Mitra "{partner}" tidak ada di daftar mitra', en: 'Partner "{partner}" is not in the partner list' },
    { id: 'Gunakan id dari bagian partners: {known}.', en: 'Use an id from the partners section: {known}.' }),
  'goals/duplicate-partner': words(
    { id: 'Peran mitra "{partner}" ditulis lebih dari sekali', en: 'Roles of partner "{partner}" are listed more than once' },
    { id: 'Gabungkan peran dan kontribusinya dalam satu entri.', en: 'Merge its roles and contributions into one entry.' }),
  'goals/partner-without-role': words(
    { id: 'Mitra "{partner}" belum mempunyai peran', en: 'Partner "{partner}" has no role' },
    { id: 'Tetapkan peran mitra ini (mis. {suggested}) di goals.partnerRoles.', en: 'Give this partner a role (e.g. {suggested}) in goals.partnerRoles.' }),
  'goals/no-benefit': words(
    { id: 'Manfaat bagi mitra "{partner}" belum dinyatakan (prinsip saling menguntungkan)', en: 'No benefit stated for partner "{partner}" (mutual-benefit principle)' },
    { id: 'Tuliskan apa yang diperoleh mitra dari kemitraan ini pada "benefit".', en: 'State in "benefit" what the partner gets from the partnership.' }),
  'goals/role-uncovered': words(
    { id: 'Peran "{role}" dibutuhkan tetapi belum diambil mitra mana pun', en: 'Role "{role}" is needed but no partner takes it' },
    { id: 'Sektor yang potensinya dapat mengisi peran ini: {sectors}.', en: 'Sectors whose potentials could fill this role: {sectors}.' }),
  'goals/duplicate-contribution': words(
    { id: 'Id kontribusi "{contribution}" dipakai lebih dari sekali', en: 'Contribution id "{contribution}" is used more than once' },
    { id: 'Beri setiap kontribusi id yang berbeda.', en: 'Give every contribution its own id.' }),
  'goals/money-without-amount': words(
    { id: 'Kontribusi dana "{contribution}" tanpa jumlah Rupiah', en: 'Money contribution "{contribution}" has no Rupiah amount' },
    { id: 'Isi "amountIdr".', en: 'Fill in "amountIdr".' }),

  // --- step 4: readiness --------------------------------------------------------------------------------------
  'readiness/criteria-unassessed': words(
    { id: '{count} dari {total} kriteria menyiapkan diri belum dinilai: {criteria}', en: '{count} of {total} self-preparation criteria not assessed: {criteria}' },
    { id: 'Lakukan konsolidasi internal dan nilai setiap kriteria (kemitraan init --step readiness).', en: 'Consolidate internally and assess each criterion (kemitraan init --step readiness).' }),
  'readiness/criterion-unmet': words(
    { id: 'Kriteria menyiapkan diri belum terpenuhi: {criterion}', en: 'Self-preparation criterion not met: {criterion}' },
    { id: 'Siapkan diri pada hal ini sebelum mengajak mitra menandatangani kesepakatan.', en: 'Prepare on this point before asking partners to sign.' }),

  // --- step 5: agreement --------------------------------------------------------------------------------------
  'agreement/incomplete': words(
    { id: 'Langkah 5 (kesepakatan) belum lengkap: {missing} belum diisi', en: 'Step 5 (agreement) is incomplete: {missing} not filled in' },
    { id: 'Lengkapi bentuk, pokok, para pihak dan jangka waktu kesepakatan (kemitraan init --step agreement).', en: 'Fill in the form, subject, parties and period (kemitraan init --step agreement).' }),
  'agreement/party-not-partner': words(
    { id: 'Pihak "{partner}" bukan mitra dalam rencana', en: 'Party "{partner}" is not a partner in the plan' },
    { id: 'Gunakan id dari bagian partners: {known}.', en: 'Use an id from the partners section: {known}.' }),
  'agreement/signed-partner-not-party': words(
    { id: 'Mitra "{partner}" berstatus signed tetapi bukan pihak dalam kesepakatan', en: 'Partner "{partner}" is "signed" but not a party to the agreement' },
    { id: 'Tambahkan mitra ke agreement.parties atau ubah statusnya.', en: 'Add the partner to agreement.parties or change its status.' }),
  'agreement/too-few-parties': words(
    { id: 'Kesepakatan hanya mempunyai {count} pihak', en: 'The agreement has only {count} party' },
    { id: 'Kesepakatan kemitraan memerlukan sedikitnya dua pihak.', en: 'A partnership agreement needs at least two parties.' }),
  'agreement/party-no-address': words(
    { id: 'Alamat pihak "{partner}" belum diisi; naskah kesepakatan menyebut kedudukan setiap pihak', en: 'No address for party "{partner}"; the agreement text states where each party is based' },
    { id: 'Isi "address" mitra ini di bagian partners.', en: 'Fill in this partner\'s "address" in the partners section.' }),
  'agreement/no-signatory': words(
    { id: 'Penanda tangan pihak "{partner}" belum diisi', en: 'No signatory for party "{partner}"' },
    { id: 'Isi nama dan jabatan penanda tangan.', en: 'Fill in the signatory\'s name and position.' }),

  // --- step 6: workplan ---------------------------------------------------------------------------------------
  'workplan/incomplete': words(
    { id: 'Langkah 6 (rencana kerja) belum mempunyai kegiatan', en: 'Step 6 (work plan) has no activities' },
    { id: 'Susun kegiatan dengan 5W1H (kemitraan init --step workplan).', en: 'Plan activities with 5W1H (kemitraan init --step workplan).' }),
  'workplan/duplicate-activity': words(
    { id: 'Id kegiatan "{activity}" dipakai lebih dari sekali', en: 'Activity id "{activity}" is used more than once' },
    { id: 'Beri setiap kegiatan id yang berbeda.', en: 'Give every activity its own id.' }),
  'workplan/missing-5w1h': words(
    { id: 'Kegiatan "{activity}" belum menjawab: {missing}', en: 'Activity "{activity}" does not answer: {missing}' },
    { id: 'Lengkapi uraian 5W1H: apa, mengapa, siapa, di mana, kapan, bagaimana.', en: 'Complete the 5W1H: what, why, who, where, when, how.' }),
  'workplan/no-responsible': words(
    { id: 'Kegiatan "{activity}" belum mempunyai penanggung jawab', en: 'Activity "{activity}" has no responsible partner' },
    { id: 'Isi "responsible" dengan id salah satu mitra pelaksana.', en: 'Set "responsible" to one of the partners carrying it out.' }),
  'workplan/unknown-partner': words(
    { id: 'Mitra "{partner}" tidak ada di daftar mitra', en: 'Partner "{partner}" is not in the partner list' },
    { id: 'Gunakan id dari bagian partners: {known}.', en: 'Use an id from the partners section: {known}.' }),
  'workplan/responsible-not-in-who': words(
    { id: 'Penanggung jawab "{partner}" tidak termasuk pelaksana kegiatan "{activity}"', en: 'Responsible partner "{partner}" is not among those carrying out "{activity}"' },
    { id: 'Tambahkan "{partner}" ke "who".', en: 'Add "{partner}" to "who".' }),
  'workplan/unknown-goal': words(
    { id: 'Tujuan khusus "{goal}" tidak ada', en: 'Specific goal "{goal}" does not exist' },
    { id: 'Gunakan id dari goals.specific.', en: 'Use an id from goals.specific.' }),
  'workplan/no-capacity-building': words(
    { id: 'Belum ada kegiatan peningkatan kapasitas mitra', en: 'No partner capacity-building activity' },
    { id: 'Panduan menganjurkan orientasi, seminar, workshop atau lokakarya bagi mitra (kind: peningkatan-kapasitas).', en: 'The guide advises orientation, seminars, workshops or lokakarya for partners (kind: peningkatan-kapasitas).' }),
  'workplan/no-coordination': words(
    { id: 'Belum ada pertemuan komunikasi dan koordinasi', en: 'No communication and coordination meeting' },
    { id: 'Rencanakan pertemuan koordinasi rutin (kind: koordinasi, plannedMeetingsPerMonth).', en: 'Plan regular coordination meetings (kind: koordinasi, plannedMeetingsPerMonth).' }),
  'workplan/outside-period': words(
    { id: 'Kegiatan "{activity}" ({date}) di luar jangka waktu kesepakatan ({start} s.d. {end})', en: 'Activity "{activity}" ({date}) falls outside the agreement period ({start} to {end})' },
    { id: 'Sesuaikan jadwal kegiatan atau jangka waktu kesepakatan.', en: 'Adjust the activity dates or the agreement period.' }),

  // --- step 7: implementation ---------------------------------------------------------------------------------
  'implementation/unknown-activity': words(
    { id: 'Kegiatan "{activity}" tidak ada di rencana kerja', en: 'Activity "{activity}" is not in the work plan' },
    { id: 'Gunakan id dari workplan.activities: {known}.', en: 'Use an id from workplan.activities: {known}.' }),
  'implementation/unknown-partner': words(
    { id: 'Mitra "{partner}" tidak ada di daftar mitra', en: 'Partner "{partner}" is not in the partner list' },
    { id: 'Gunakan id dari bagian partners: {known}.', en: 'Use an id from the partners section: {known}.' }),
  'implementation/unknown-contribution': words(
    { id: 'Kontribusi "{contribution}" tidak dijanjikan oleh mitra "{partner}"', en: 'Contribution "{contribution}" was not committed by partner "{partner}"' },
    { id: 'Gunakan id kontribusi dari goals.partnerRoles mitra tersebut.', en: 'Use a contribution id from that partner\'s goals.partnerRoles.' }),
  'implementation/future-date': words(
    { id: 'Tanggal {date} ada di masa depan (hari ini {today})', en: 'Date {date} is in the future (today is {today})' },
    { id: 'Catat pelaksanaan setelah terjadi.', en: 'Log work after it has happened.' }),

  // --- step 8: monitoring -------------------------------------------------------------------------------------
  'monitoring/missing-class': words(
    { id: 'Belum ada indikator {class}', en: 'No {class} indicator' },
    { id: 'Panduan meminta indikator masukan, proses dan luaran; tambahkan indikator kelas "{classId}".', en: 'The guide asks for input, process and output indicators; add one of class "{classId}".' }),
  'monitoring/no-target': words(
    { id: 'Indikator "{indicator}" belum mempunyai target', en: 'Indicator "{indicator}" has no target' },
    { id: 'Isi nilai awal (baseline) dan target.', en: 'Fill in the baseline and the target.' }),
  'monitoring/duplicate-indicator': words(
    { id: 'Id indikator "{indicator}" dipakai lebih dari sekali', en: 'Indicator id "{indicator}" is used more than once' },
    { id: 'Beri setiap indikator id yang berbeda.', en: 'Give every indicator its own id.' }),
  'monitoring/no-schedule': words(
    { id: 'Jadwal peninjauan belum ditetapkan', en: 'No review schedule' },
    { id: 'Isi monitoring.schedule.frequency (monthly, quarterly, semiannual, annual).', en: 'Set monitoring.schedule.frequency (monthly, quarterly, semiannual, annual).' }),
  'monitoring/questions-unanswered': words(
    { id: '{count} dari 4 pertanyaan pemantauan belum dijawab', en: '{count} of the 4 monitoring questions are unanswered' },
    { id: 'Jawab pertanyaan pemantauan dan penilaian pada monitoring.questions.', en: 'Answer the monitoring questions in monitoring.questions.' }),
} satisfies Record<string, RuleWords>;

const ALL_RULE_WORDS = {
  ...CORE_RULE_WORDS, ...JUDGEMENT_RULE_WORDS, ...REGION_RULE_WORDS, ...ASSESS_RULE_WORDS, ...AGREEMENT_FORM_RULE_WORDS, ...GUIDE_CONTENT_RULE_WORDS,
};

/** Every rule id: the keys of the words above (written without a `Record<string, …>` annotation, which would widen it). */
export type RuleId = keyof typeof ALL_RULE_WORDS;

/** The words of each rule. */
export const RULE_WORDS: Readonly<Record<RuleId, RuleWords>> = ALL_RULE_WORDS;

/** Every rule id, in catalog order. */
export const RULE_IDS = Object.keys(RULE_WORDS) as RuleId[];

/** Whether a string (from a config file, say) is a rule id. */
export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULE_WORDS, id);
}
