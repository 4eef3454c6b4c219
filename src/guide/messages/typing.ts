import type { Text } from '../types.js';

/**
 * Texts about what people type (source: tool): numbers read the Indonesian way and shown back, yes/no answers,
 * the prompts' key hints, going back, lists edited from a menu, saving after every entry and resuming.
 */
export const typingMessages = () => ({
  // Numbers shown back
  'typing.number.understood': { id: '  = {number}{words}', en: '  = {number}{words}' },
  'typing.number.confirm': { id: 'Maksud Anda {number}{words}?', en: 'Do you mean {number}{words}?' },
  'typing.number.retype': {
    id: 'Ketik lagi. Titik memisahkan ribuan (21.000 = dua puluh satu ribu); koma untuk desimal (1,25).',
    en: 'Type it again. In Indonesian a dot separates thousands (21.000 = twenty-one thousand); a comma is the decimal mark (1,25).',
  },

  // Yes / no (the prompt accepts ya/y/tidak/t and also yes/no/n)
  'typing.yes': { id: 'Ya', en: 'Yes' },
  'typing.no': { id: 'Tidak', en: 'No' },
  'typing.yesNoError': { id: 'Jawab "ya" atau "tidak" (y/t)', en: 'Answer "yes" or "no" (y/n)' },

  // Commander's remaining words in help
  'cli.help.optionsPlaceholder': { id: '[opsi]', en: '[options]' },
  'cli.help.commandPlaceholder': { id: '[perintah]', en: '[command]' },
  'cli.help.helpCommand': { id: 'tampilkan bantuan untuk perintah', en: 'display help for command' },

  // -o with a format the command does not write
  'render.error.extension': {
    id: '{file}: render tidak menulis format ini; ekstensi yang didukung: {extensions} (PDF: buka berkas .html atau .docx lalu cetak/simpan sebagai PDF)',
    en: '{file}: render does not write this format; supported extensions: {extensions} (PDF: open the .html or .docx file and print/save it as PDF)',
  },

  'report.error.unsupportedExtension': {
    id: '{file}: report tidak menulis format ini; ekstensi yang didukung: {extensions} (untuk Excel: .csv)',
    en: '{file}: report does not write this format; supported extensions: {extensions} (for Excel: .csv)',
  },

  // Key hints under the prompts
  'typing.key.navigate': { id: 'pindah', en: 'navigate' },
  'typing.key.select': { id: 'pilih', en: 'select' },
  'typing.key.toggle': { id: 'centang', en: 'select' },
  'typing.key.submit': { id: 'selesai', en: 'submit' },
  'typing.key.all': { id: 'semua', en: 'all' },
  'typing.key.invert': { id: 'balik', en: 'invert' },
  'typing.key.space': { id: 'spasi', en: 'space' },

  // Lists: entries kept, edited or removed from a menu; continuing an interrupted step
  'wizard.list.menu': { id: 'Sudah ada {count} isian. Pilih satu untuk diubah atau dihapus, atau lanjut:', en: '{count} entries already. Choose one to edit or remove, or go on:' },
  'wizard.list.itemAction': { id: '{item}: ubah atau hapus?', en: '{item}: edit or remove?' },
  'wizard.list.done': { id: 'Lanjut (yang lain tetap seperti adanya)', en: 'Go on (the others stay as they are)' },
  'wizard.list.resumed': { id: 'Melanjutkan: {count} isian sudah tersimpan ({items}).', en: 'Continuing: {count} entries already saved ({items}).' },

  'wizard.existing.inProgress': { id: '{step}, dilanjutkan dari isian terakhir yang tersimpan', en: '{step}, continued from the last saved entry' },
  'wizard.file.inProgress': {
    id: 'Langkah ini belum selesai; "kemitraan init" pada berkas ini melanjutkannya.',
    en: 'This step is not finished; "kemitraan init" on this file continues it.',
  },

  // Step 8: measured values; step 7: what was done
  'wizard.monitoring.measure': {
    id: 'Kegiatan sudah berjalan. Catat capaian (nilai terukur) {count} indikator sekarang? Nilai baru ditambahkan ke riwayat pengukuran, nilai lama tidak ditimpa.',
    en: 'Work has started. Record measured values (achievements) for the {count} indicators now? New values are added to the measurement history; earlier ones are kept.',
  },
  'wizard.q.measureValue': { id: 'Capaian terukur: {name}{unit}{last}', en: 'Measured value: {name}{unit}{last}' },
  'wizard.q.measureLast': { id: '; terakhir {value} pada {date}', en: '; last {value} on {date}' },
  'wizard.q.measureDate': { id: 'Tanggal pengukuran (TTTT-BB-HH)', en: 'Date measured (YYYY-MM-DD)' },
  'wizard.q.logDone': { id: 'Apa yang dilakukan dan hasilnya (mis. 32 kader dilatih, modul disepakati)', en: 'What was done and what came of it (e.g. 32 cadres trained, module agreed)' },

  // Going back
  'typing.back.choice': { id: '« Kembali ke pertanyaan sebelumnya', en: '« Back to the previous question' },
  'typing.back.hint': {
    id: 'Ketik < lalu Enter (atau pilih "« Kembali") untuk kembali ke pertanyaan sebelumnya.',
    en: 'Type < and Enter (or choose "« Back") to go back to the previous question.',
  },
  'typing.back.first': { id: 'Ini pertanyaan pertama langkah ini.', en: 'This is the step\'s first question.' },
} satisfies Record<string, Text>);
