/**
 * The tool's partnership-assessment instrument, built from what the guide asks of a partnership (seeds 001, 002):
 * the three principles, the six prerequisites, the eleven self-preparation criteria recast as statements about
 * the partnership, and the four monitoring questions as satisfaction items. Every partner rates every statement
 * on its own; the answers are then compared. Items marked `guide` restate the guide's own words; items marked
 * `tool` are the tool's wording of a principle the guide names without describing it.
 */
import type { Instrument, InstrumentItem, ItemOrigin } from './types.js';

const item = (id: string, dimension: string, origin: ItemOrigin, basis: string, seed: string, idText: string, en: string): InstrumentItem =>
  ({ id, dimension, origin, basis, seed, text: { id: idText, en } });

export const PANDUAN_2019: Instrument = {
  id: 'panduan-2019',
  version: 1,
  title: { id: 'Penilaian kemitraan oleh para mitra', en: 'Partnership assessment by the partners' },
  description: {
    id: 'Setiap mitra menilai kemitraan secara sendiri-sendiri; jawaban kemudian dibandingkan dan perbedaannya dibicarakan bersama.',
    en: 'Each partner rates the partnership on its own; the answers are then compared and the differences discussed together.',
  },
  attribution: {
    id: 'Disusun oleh kemitraan dari Panduan Menggalang Kemitraan Bidang Kesehatan (Kemenkes RI, 2019): prinsip, persyaratan, kriteria menyiapkan diri dan pertanyaan pemantauan. Pita skor dan ambang perbedaan adalah pilihan alat ini.',
    en: 'Built by kemitraan from the Ministry of Health guide (2019): principles, prerequisites, self-preparation criteria and monitoring questions. The score bands and the disagreement threshold are this tool\'s choices.',
  },
  scale: {
    points: [
      { value: 1, label: { id: 'Sangat tidak setuju', en: 'Strongly disagree' } },
      { value: 2, label: { id: 'Tidak setuju', en: 'Disagree' } },
      { value: 3, label: { id: 'Netral', en: 'Neutral' } },
      { value: 4, label: { id: 'Setuju', en: 'Agree' } },
      { value: 5, label: { id: 'Sangat setuju', en: 'Strongly agree' } },
    ],
    notApplicable: { value: 'na', label: { id: 'Tidak tahu / tidak berlaku', en: 'Don\'t know / not applicable' } },
  },
  bands: [
    { id: 'kuat', min: 4, label: { id: 'Kekuatan', en: 'Strength' }, advice: { id: 'Pertahankan.', en: 'Keep it up.' } },
    { id: 'perlu-perhatian', min: 3, label: { id: 'Perlu perhatian', en: 'Needs attention' }, advice: { id: 'Bicarakan dalam pertemuan mitra berikutnya.', en: 'Discuss at the next partners\' meeting.' } },
    { id: 'kekhawatiran', min: 1, label: { id: 'Mengkhawatirkan', en: 'Concern' }, advice: { id: 'Bicarakan segera dengan semua mitra dan sepakati langkah perbaikan.', en: 'Discuss with all partners soon and agree on what to change.' } },
  ],
  concernBand: 'kekhawatiran',
  disagreementThreshold: 3,
  minRespondentsForPartnerColumns: 3,
  bandsOrigin: 'tool',
  bandsNote: {
    id: 'Pita rata-rata (4,0 ke atas kekuatan; 3,0 sampai di bawah 4,0 perlu perhatian; di bawah 3,0 mengkhawatirkan) mengikuti pembacaan yang lazim dikutip untuk Wilder Collaboration Factors Inventory; ambang perbedaan 3 poin (misalnya 1 lawan 4) adalah pilihan alat ini. Panduan tidak menetapkan skor.',
    en: 'The bands of a mean (4.0 and above strength; 3.0 to below 4.0 needs attention; below 3.0 concern) follow the reading commonly cited for the Wilder Collaboration Factors Inventory; the 3-point disagreement threshold (e.g. 1 against 4) is this tool\'s choice. The guide sets no scores.',
  },
  dimensions: [
    {
      id: 'kesetaraan', origin: 'guide', basis: 'principle/kesetaraan',
      label: { id: 'Kesetaraan', en: 'Equity' },
      description: { id: 'Prinsip kemitraan: para mitra setara dalam mengambil keputusan.', en: 'Principle of partnership: partners are equal in making decisions.' },
    },
    {
      id: 'keterbukaan', origin: 'guide', basis: 'principle/keterbukaan',
      label: { id: 'Keterbukaan', en: 'Transparency' },
      description: { id: 'Prinsip kemitraan: informasi, dana dan masalah dibagi secara terbuka.', en: 'Principle of partnership: information, money and problems are shared openly.' },
    },
    {
      id: 'manfaat-bersama', origin: 'guide', basis: 'principle/saling-menguntungkan',
      label: { id: 'Manfaat bersama', en: 'Mutual benefit' },
      description: { id: 'Prinsip kemitraan: semua pihak yang bermitra mendapat manfaat.', en: 'Principle of partnership: every party benefits.' },
    },
    {
      id: 'persyaratan', origin: 'guide', basis: 'prerequisites',
      label: { id: 'Persyaratan kemitraan', en: 'Prerequisites of partnership' },
      description: { id: 'Persyaratan kemitraan menurut panduan.', en: 'The guide\'s prerequisites of a partnership.' },
    },
    {
      id: 'persiapan', origin: 'guide', basis: 'readiness-criteria',
      label: { id: 'Kesiapan pemrakarsa', en: 'Readiness of the initiator' },
      description: { id: 'Kriteria menyiapkan diri (langkah 4), dinilai oleh para mitra.', en: 'The self-preparation criteria (step 4), rated by the partners.' },
    },
    {
      id: 'pemantauan', origin: 'guide', basis: 'monitoring-questions',
      label: { id: 'Kepuasan atas hasil', en: 'Satisfaction with results' },
      description: { id: 'Empat pertanyaan pemantauan dan penilaian (langkah 8) sebagai pernyataan kepuasan.', en: 'The four monitoring questions (step 8) as statements of satisfaction.' },
    },
  ],
  items: [
    // The guide names the three principles without describing them: these statements are the tool's wording.
    item('kesetaraan-keputusan', 'kesetaraan', 'tool', 'principle/kesetaraan', '001',
      'Keputusan penting dalam kemitraan ini diambil bersama oleh semua mitra.',
      'Important decisions in this partnership are made jointly by all partners.'),
    item('kesetaraan-suara', 'kesetaraan', 'tool', 'principle/kesetaraan', '001',
      'Pendapat setiap mitra didengar dan dihargai, berapa pun besar kontribusinya.',
      'Every partner\'s view is heard and valued, whatever the size of its contribution.'),
    item('kesetaraan-usulan', 'kesetaraan', 'tool', 'principle/kesetaraan', '001',
      'Setiap mitra mempunyai kesempatan yang sama untuk mengusulkan kegiatan dan perubahan.',
      'Every partner has the same opportunity to propose activities and changes.'),
    item('keterbukaan-informasi', 'keterbukaan', 'tool', 'principle/keterbukaan', '001',
      'Para mitra saling berbagi informasi tentang rencana, kegiatan dan hasil secara terbuka.',
      'Partners openly share information about plans, activities and results.'),
    item('keterbukaan-dana', 'keterbukaan', 'tool', 'principle/keterbukaan', '001',
      'Penggunaan dana dan sumber daya kemitraan diketahui oleh semua mitra.',
      'All partners know how the partnership\'s money and resources are used.'),
    item('keterbukaan-masalah', 'keterbukaan', 'tool', 'principle/keterbukaan', '001',
      'Masalah dan hambatan dibicarakan secara terbuka di antara para mitra.',
      'Problems and obstacles are discussed openly among the partners.'),
    item('manfaat-semua-pihak', 'manfaat-bersama', 'guide', 'principle/saling-menguntungkan', '002',
      'Kemitraan ini mengandung manfaat atau keuntungan bagi semua pihak yang bermitra.',
      'This partnership brings benefits or gains to every party in it.'),
    item('manfaat-organisasi', 'manfaat-bersama', 'tool', 'principle/saling-menguntungkan', '001',
      'Organisasi saya mendapat manfaat dari kemitraan ini.',
      'My organisation benefits from this partnership.'),
    item('manfaat-sepadan', 'manfaat-bersama', 'tool', 'principle/saling-menguntungkan', '001',
      'Manfaat yang diterima organisasi saya sepadan dengan kontribusi yang diberikannya.',
      'What my organisation gains is in proportion to what it contributes.'),

    // The prerequisites (seed 001), each recast as a statement about this partnership.
    item('persyaratan-kesamaan-perhatian', 'persyaratan', 'guide', 'prerequisite/kesamaan-perhatian', '001',
      'Para mitra mempunyai kesamaan perhatian (common interest) terhadap masalah kesehatan yang ditangani.',
      'The partners share a common interest in the health problem being tackled.'),
    item('persyaratan-saling-percaya', 'persyaratan', 'guide', 'prerequisite/saling-percaya', '001',
      'Para mitra saling percaya dan saling menghormati.',
      'The partners trust and respect each other.'),
    item('persyaratan-menyadari-arti', 'persyaratan', 'guide', 'prerequisite/menyadari-arti', '001',
      'Para mitra menyadari pentingnya arti kemitraan ini.',
      'The partners are aware of why this partnership matters.'),
    item('persyaratan-kesepakatan-visi', 'persyaratan', 'guide', 'prerequisite/kesepakatan-visi', '001',
      'Para mitra telah bersepakat tentang visi, misi, tujuan dan nilai yang sama.',
      'The partners have agreed on a shared vision, mission, goals and values.'),
    item('persyaratan-landasan-sama', 'persyaratan', 'guide', 'prerequisite/landasan-sama', '001',
      'Para mitra berpijak pada landasan yang sama.',
      'The partners stand on the same foundation.'),
    item('persyaratan-bersedia-berkorban', 'persyaratan', 'guide', 'prerequisite/bersedia-berkorban', '001',
      'Setiap mitra bersedia berkorban untuk kemitraan ini.',
      'Every partner is willing to make sacrifices for this partnership.'),

    // The self-preparation criteria of step 4 (seed 002): what the initiator should be, rated by the partners.
    item('persiapan-komunikasi-dua-arah', 'persiapan', 'guide', 'readiness/komunikasi-dua-arah', '002',
      'Pemrakarsa mengembangkan komunikasi dua arah dengan para mitra.',
      'The initiator develops two-way communication with the partners.'),
    item('persiapan-memahami-hambatan', 'persiapan', 'guide', 'readiness/memahami-hambatan', '002',
      'Pemrakarsa memahami masalah atau hambatan yang dihadapi para mitra dan mengaitkan pemecahannya dengan gagasan kemitraan.',
      'The initiator understands the problems or obstacles the partners face and links their solutions to the partnership\'s idea.'),
    item('persiapan-rencana-kerja', 'persiapan', 'guide', 'readiness/rencana-kerja', '002',
      'Kemitraan ini mempunyai rencana kerja yang sistematis.',
      'This partnership has a systematic work plan.'),
    item('persiapan-pembagian-kerja', 'persiapan', 'guide', 'readiness/pembagian-kerja', '002',
      'Tim pemrakarsa mempunyai pembagian kerja dan koordinasi yang baik.',
      'The initiator\'s team has a good division of work and coordination.'),
    item('persiapan-tidak-superior', 'persiapan', 'guide', 'readiness/tidak-superior', '002',
      'Pemrakarsa tidak merasa superior dan bersedia dibantu oleh pihak lain.',
      'The initiator does not act superior and is willing to be helped by others.'),
    item('persiapan-menerima-saran', 'persiapan', 'guide', 'readiness/menerima-saran', '002',
      'Pemrakarsa siap menerima saran perbaikan dari pihak lain dan bersedia berubah ke arah perbaikan.',
      'The initiator accepts suggestions for improvement and is willing to change for the better.'),
    item('persiapan-fleksibel', 'persiapan', 'guide', 'readiness/fleksibel', '002',
      'Pemrakarsa fleksibel, informal dan mudah dihubungi.',
      'The initiator is flexible, informal and easy to reach.'),
    item('persiapan-mengerahkan-sumber-daya', 'persiapan', 'guide', 'readiness/mengerahkan-sumber-daya', '002',
      'Pemrakarsa mengerahkan sumber daya yang diperlukan dan menginvestasikannya dalam kerja sama ini.',
      'The initiator mobilises the resources needed and invests them in this joint work.'),
    item('persiapan-memberi-imbalan', 'persiapan', 'guide', 'readiness/memberi-imbalan', '002',
      'Para mitra mendapat imbalan atas kontribusinya, dalam bentuk uang atau materi, pengakuan, penghargaan atau bentuk lainnya.',
      'Partners are rewarded for their contribution, in money or material, recognition, awards or other forms.'),
    item('persiapan-kekompakan', 'persiapan', 'guide', 'readiness/kekompakan', '002',
      'Kemitraan ini kompak, dengan kesamaan konsep dan kesatuan bahasa tentang gagasan kemitraan.',
      'This partnership is cohesive, with a shared concept and a common language about its idea.'),
    item('persiapan-sinkronisasi', 'persiapan', 'guide', 'readiness/sinkronisasi', '002',
      'Kerja sama antarmitra berjalan selaras dan harmonis secara berkelanjutan.',
      'Cooperation among the partners stays synchronised and harmonious over time.'),

    // The four monitoring questions of step 8 (seed 002) as statements of satisfaction.
    item('pemantauan-sesuai-rencana', 'pemantauan', 'guide', 'monitoring-question/sesuai-rencana', '002',
      'Saya puas bahwa kegiatan yang dilakukan bersama para mitra berjalan sesuai dengan rencana yang telah ditetapkan.',
      'I am satisfied that the activities carried out with the partners follow the plan that was set.'),
    item('pemantauan-kinerja-spm', 'pemantauan', 'guide', 'monitoring-question/kinerja-spm', '002',
      'Saya puas dengan sejauh mana kemitraan ini meningkatkan kinerja dan mendukung pencapaian Standar Pelayanan Minimal (SPM) Kabupaten/Kota.',
      'I am satisfied with how far this partnership improves performance and supports reaching the district/city Minimum Service Standards (SPM).'),
    item('pemantauan-permasalahan', 'pemantauan', 'guide', 'monitoring-question/permasalahan', '002',
      'Saya puas dengan cara permasalahan dalam pelaksanaan kemitraan ini diatasi.',
      'I am satisfied with how problems in carrying out this partnership are being solved.'),
    item('pemantauan-keuntungan-mitra', 'pemantauan', 'guide', 'monitoring-question/keuntungan-mitra', '002',
      'Saya puas dengan keuntungan yang didapat para mitra dari hasil pelaksanaan program.',
      'I am satisfied with what the partners gain from the results of the program.'),
  ],
};
