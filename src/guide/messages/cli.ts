import type { Text } from '../types.js';

/** Texts of the command line itself and of the `check`, `guide` and `schema` commands. */
export const cliMessages = () => ({
  'cli.description': {
    id: 'Merencanakan, memeriksa, melaporkan dan menyusun dokumen kemitraan bidang kesehatan menurut Panduan Menggalang Kemitraan Bidang Kesehatan (Kemenkes, 2019).',
    en: 'Plan, check, report on and draft documents for health partnerships, following the Ministry of Health guide (2019).',
  },
  'cli.opt.lang': { id: 'bahasa keluaran: id atau en (bawaan: id; atau env KEMITRAAN_LANG)', en: 'output language: id or en (default: id; or env KEMITRAAN_LANG)' },
  'cli.opt.noColor': { id: 'tanpa warna (juga env NO_COLOR)', en: 'no colours (also env NO_COLOR)' },
  'cli.opt.format': { id: 'format keluaran', en: 'output format' },
  'cli.opt.help': { id: 'tampilkan bantuan', en: 'show help' },
  'cli.opt.version': { id: 'tampilkan versi', en: 'show the version' },
  'cli.examples': { id: 'Contoh:', en: 'Examples:' },
  // Commander writes these words itself; for Indonesian they are replaced as its output is written (help.ts).
  'cli.help.usage': { id: 'Penggunaan:', en: 'Usage:' },
  'cli.help.options': { id: 'Opsi:', en: 'Options:' },
  'cli.help.commands': { id: 'Perintah:', en: 'Commands:' },
  'cli.help.arguments': { id: 'Argumen:', en: 'Arguments:' },
  'cli.help.choices': { id: 'pilihan', en: 'choices' },
  'cli.help.default': { id: 'bawaan', en: 'default' },
  'cli.help.unknownOption': { id: 'galat: opsi tidak dikenal {name}', en: 'error: unknown option {name}' },
  'cli.help.unknownCommand': { id: 'galat: perintah tidak dikenal {name}', en: 'error: unknown command {name}' },
  'cli.help.missingArgument': { id: 'galat: argumen wajib {name} belum diberikan', en: 'error: missing required argument {name}' },
  'cli.help.missingOptionValue': { id: 'galat: opsi {name} memerlukan nilai', en: 'error: option {name} argument missing' },
  'cli.help.invalidChoice': { id: 'galat: nilai {value} untuk opsi {name} tidak valid; pilihan: {choices}.', en: 'error: option {name} argument {value} is invalid. Allowed choices are {choices}.' },
  'cli.help.requiredOption': { id: 'galat: opsi wajib {name} belum diberikan', en: 'error: required option {name} not specified' },
  'cli.help.tooManyArguments': { id: 'galat: argumen terlalu banyak: seharusnya {expected}, diberikan {got}.', en: 'error: too many arguments. Expected {expected} argument(s) but got {got}.' },
  'cli.help.tooManyArgumentsFor': { id: "galat: argumen untuk '{command}' terlalu banyak: seharusnya {expected}, diberikan {got}.", en: "error: too many arguments for '{command}'. Expected {expected} argument(s) but got {got}." },
  'cli.help.didYouMean': { id: '(Maksud Anda {name}?)', en: '(Did you mean {name}?)' },
  'cli.error.prefix': { id: 'kemitraan: galat', en: 'kemitraan: error' },
  'cli.error.internal': {
    id: 'Terjadi galat internal: {detail}. Ini kesalahan program, bukan kesalahan Anda; laporkan beserta perintah yang dijalankan (KEMITRAAN_DEBUG=1 menampilkan rinciannya).',
    en: 'Internal error: {detail}. This is a bug in kemitraan, not your mistake; please report it with the command you ran (KEMITRAAN_DEBUG=1 shows details).',
  },
  'cli.error.missingPath': { id: 'tidak ditemukan: {path}', en: 'not found: {path}' },
  'cli.error.unreadable': { id: 'tidak dapat membaca {file}: {detail}', en: 'cannot read {file}: {detail}' },
  'cli.error.tooLarge': { id: '{file} lebih besar dari batas {limit}; tidak dibaca', en: '{file} is larger than the {limit} limit; not read' },
  'cli.error.emptyPath': { id: 'argumen berkas kosong (""); sebutkan berkas, direktori atau glob (mis. . untuk direktori ini)', en: 'an empty file argument (""); name a file, directory or glob (e.g. . for this directory)' },
  'cli.error.config': { id: 'konfigurasi tidak valid', en: 'invalid configuration' },
  'cli.error.unknownStep': { id: 'langkah "{step}" tidak dikenal; gunakan 1-8 atau: {known}', en: 'unknown step "{step}"; use 1-8 or: {known}' },
  'cli.error.noPaths': { id: 'sebutkan berkas, direktori atau glob (atau - untuk stdin)', en: 'name files, directories or globs (or - for stdin)' },

  'check.description': {
    id: 'Memeriksa berkas rencana terhadap skema dan kriteria kesiapan panduan',
    en: 'Check plan files against the schema and the guide\'s readiness criteria',
  },
  'check.arg.paths': { id: 'berkas, direktori (semua .yaml/.yml di dalamnya), glob, \'!pola\' untuk mengecualikan, atau - untuk stdin', en: 'files, directories (every .yaml/.yml below), globs, \'!pattern\' to leave out, or - for stdin' },
  'check.opt.failOn': { id: 'tingkat temuan yang menghasilkan kode keluar 1', en: 'finding level that makes the exit code 1' },
  'check.opt.quiet': { id: 'hanya tampilkan galat', en: 'show errors only' },
  'check.opt.stage': { id: 'apakah rencana siap memulai LANGKAH (semua langkah sebelumnya lengkap)?', en: 'is the plan ready to begin STEP (all steps before it complete)?' },
  'check.opt.config': { id: 'berkas konfigurasi (bawaan: .kemitraanrc.yaml terdekat ke atas)', en: 'config file (default: nearest .kemitraanrc.yaml upward)' },
  'check.opt.noConfig': { id: 'abaikan berkas konfigurasi', en: 'ignore config files' },
  'check.help.after': {
    id: '\nKode keluar: 0 tidak ada temuan pada/di atas --fail-on, 1 ada temuan, 2 galat penggunaan/berkas/konfigurasi.\n\nContoh:\n  kemitraan check examples/\n  kemitraan check rencana.yaml --stage agreement\n  kemitraan check "plans/**/*.yaml" --format sarif > kemitraan.sarif\n  kemitraan check \'rencana/**\' \'!rencana/arsip/**\'\n  cat rencana.yaml | kemitraan check - --format json\n',
    en: '\nExit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage/file/config errors.\n\nExamples:\n  kemitraan check examples/\n  kemitraan check plan.yaml --stage agreement --lang en\n  kemitraan check "plans/**/*.yaml" --format sarif > kemitraan.sarif\n  kemitraan check \'plans/**\' \'!plans/archive/**\'\n  cat plan.yaml | kemitraan check - --format json\n',
  },

  'guide.description': { id: 'Menampilkan isi panduan: langkah, kriteria, peran, sektor, potensi, indikator', en: 'Print the guide: steps, criteria, roles, sectors, potentials, indicators' },
  'guide.arg.step': { id: 'satu langkah (1-8, id atau nama singkat, mis. gagasan)', en: 'one step (1-8, id or short name, e.g. idea)' },
  'guide.help.after': {
    id: '\nContoh:\n  kemitraan guide\n  kemitraan guide 2\n  kemitraan guide mitra --lang en\n  kemitraan guide --format json > panduan.json\n',
    en: '\nExamples:\n  kemitraan guide\n  kemitraan guide 2\n  kemitraan guide partners --lang en\n  kemitraan guide --format json > guide.json\n',
  },
  'guide.step': { id: 'Langkah {number}', en: 'Step {number}' },
  'guide.framework': { id: 'Kerangka langkah (materi promosi kesehatan)', en: 'Framework step (health-promotion slides)' },
  'guide.source': { id: 'Sumber', en: 'Source' },
  'guide.origin': { id: 'sumber', en: 'source' },
  'guide.foundations': { id: 'Landasan kemitraan', en: 'Foundations of partnership' },

  'schema.description': { id: 'Mencetak JSON Schema berkas rencana', en: 'Print the plan file\'s JSON Schema' },
  'schema.help.after': {
    id: '\nContoh:\n  kemitraan schema > plan.schema.json\n\nDi editor dengan yaml-language-server, baris pertama rencana:\n  # yaml-language-server: $schema=<path>/schemas/plan.schema.json\n',
    en: '\nExamples:\n  kemitraan schema > plan.schema.json\n\nIn an editor with yaml-language-server, a plan\'s first line:\n  # yaml-language-server: $schema=<path>/schemas/plan.schema.json\n',
  },
} satisfies Record<string, Text>);
