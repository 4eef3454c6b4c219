import type { CatalogItem } from './types.js';

/** The three checklists of the guide: a good idea (step 1), a potential partner (step 2), self-preparation (step 4). */
export type CriterionSet = 'idea' | 'partner' | 'readiness';

export interface Criterion extends CatalogItem {
  kind: 'criterion';
  set: CriterionSet;
}

const c = (set: CriterionSet, id: string, idText: string, en: string): Criterion => ({
  id, kind: 'criterion', set, source: '002', label: { id: idText, en },
});

/** "Gagasan kemitraan yang baik, bila:" (10). */
export const IDEA_CRITERIA: readonly Criterion[] = [
  c('idea', 'relevan-visi-misi', 'Relevan dengan visi dan misi dari pihak-pihak yang bermitra', 'Relevant to the vision and mission of the partnering parties'),
  c('idea', 'payung-hukum', 'Memiliki payung hukum yang berlaku, termasuk acuan ilmu pengetahuan (landasan teori) yang sesuai', 'Has a valid legal basis, including an appropriate scientific reference (theoretical basis)'),
  c('idea', 'manfaat-bersama', 'Mengandung manfaat atau keuntungan bagi semua pihak yang bermitra', 'Brings benefit or advantage to every partnering party'),
  c('idea', 'selaras-upaya', 'Memiliki kesamaan atau kemiripan dengan upaya yang sedang dilakukan oleh masing-masing pihak yang bermitra', 'Is similar to efforts each partnering party is already making'),
  c('idea', 'berbobot', 'Kegiatan yang dilakukan dapat meyakinkan dan berbobot, baik dari aspek keilmuan maupun dari aspek program', 'Its activities are convincing and substantial, scientifically and programmatically'),
  c('idea', 'investasi-memadai', 'Dihasilkan dari kerja keras dan dengan investasi sumber daya yang memadai', 'Results from hard work with an adequate investment of resources'),
  c('idea', 'sistematis', 'Dirancang, disusun dan dikemas dengan baik dan sistematis sesuai dengan kaidah-kaidah keilmuan dan program', 'Designed, composed and packaged well and systematically, following scientific and program rules'),
  c('idea', 'teknologi', 'Dikemas dengan teknologi canggih dalam berbagai bentuk', 'Packaged with advanced technology in various forms'),
  c('idea', 'uji-coba', 'Dapat diuji coba dalam skala kecil atau terbatas untuk mengetahui tingkat kelayakannya', 'Can be piloted on a small or limited scale to test its feasibility'),
  c('idea', 'dapat-dimodifikasi', 'Dapat dimodifikasi dan atau dibuat segmen-segmen tanpa kehilangan esensinya, apabila diperlukan (misalnya dengan pentahapan pelaksanaan program)', 'Can be modified or split into segments without losing its essence when needed (e.g. by phasing the program)'),
];

/** "Calon mitra yang dicari sebaiknya:" (13). */
export const PARTNER_CRITERIA: readonly Criterion[] = [
  c('partner', 'peduli-masalah', 'Peduli terhadap masalah yang dihadapi, termasuk aspek pemecahan masalah', 'Cares about the problem faced, including how to solve it'),
  c('partner', 'komunikasi-dua-arah', 'Bersedia mengembangkan komunikasi dua arah', 'Willing to develop two-way communication'),
  c('partner', 'sistematis', 'Memiliki pemikiran dan cara kerja yang sistematis', 'Thinks and works systematically'),
  c('partner', 'koordinasi-internal', 'Secara internal memiliki pembagian kerja dan koordinasi yang baik', 'Has a good internal division of work and coordination'),
  c('partner', 'ketulusan', 'Memiliki ketulusan untuk membantu pelaksanaan kegiatan kemitraan', 'Sincerely wants to help carry out the partnership activities'),
  c('partner', 'saran-konstruktif', 'Siap memberikan saran dan dukungan yang konstruktif bagi terlaksananya gagasan kemitraan', 'Ready to give constructive advice and support for realising the idea'),
  c('partner', 'fleksibel', 'Fleksibel, informal dan mudah dihubungi', 'Flexible, informal and easy to reach'),
  c('partner', 'menyediakan-sumber-daya', 'Bersedia dan dapat menyediakan waktu, tenaga, dan sumber daya lain untuk kepentingan kemitraan', 'Willing and able to provide time, staff and other resources for the partnership'),
  c('partner', 'pengalaman-bermitra', 'Mengetahui cara-cara bermitra, lebih baik lagi jika memiliki pengalaman bermitra', 'Knows how to partner, preferably with partnership experience'),
  c('partner', 'kontribusi-gagasan', 'Bersedia dan dapat memberikan kontribusi berupa gagasan atau "proyek kemitraan" sesuai dengan kesepakatan', 'Willing and able to contribute ideas or a "partnership project" as agreed'),
  c('partner', 'relasi-baik', 'Memiliki relasi yang baik atau bersedia membangun kedekatan, baik secara sosial maupun psikologis, termasuk membantu kesiapan akses', 'Has good relations or is willing to build social and psychological closeness, including helping with access'),
  c('partner', 'tim-solid', 'Bersedia bergabung dalam tim yang solid, satu konsep dan satu bahasa', 'Willing to join a solid team with one concept and one language'),
  c('partner', 'berkelanjutan', 'Kontribusinya berkelanjutan dan taat kepada kesepakatan yang telah dirumuskan bersama', 'Contributes continuously and keeps to the agreements made together'),
];

/** Step 4, "mengupayakan agar pihak yang berinisiatif:" (11). */
export const READINESS_CRITERIA: readonly Criterion[] = [
  c('readiness', 'komunikasi-dua-arah', 'Dapat mengembangkan komunikasi dua arah dengan calon mitra', 'Can develop two-way communication with prospective partners'),
  c('readiness', 'memahami-hambatan', 'Dapat lebih memahami masalah atau hambatan yang mungkin dihadapi oleh calon mitra dan pemecahannya dikaitkan dengan gagasan bermitra', 'Understands the problems or obstacles prospective partners may face, and their solutions in relation to the idea'),
  c('readiness', 'rencana-kerja', 'Memiliki rencana kerja yang sistematis berkaitan dengan pelaksanaan gagasan kemitraan', 'Has a systematic work plan for carrying out the idea'),
  c('readiness', 'pembagian-kerja', 'Secara tim memiliki pembagian kerja dan koordinasi yang baik', 'Has a team with a good division of work and coordination'),
  c('readiness', 'tidak-superior', 'Tidak merasa superior dan memiliki kesediaan untuk dibantu oleh pihak lain', 'Does not feel superior and is willing to be helped by others'),
  c('readiness', 'menerima-saran', 'Siap untuk menerima saran perbaikan dari pihak lain dan bersedia berubah ke arah perbaikan', 'Ready to accept suggestions for improvement and willing to change for the better'),
  c('readiness', 'fleksibel', 'Fleksibel, informal dan mudah dihubungi', 'Flexible, informal and easy to reach'),
  c('readiness', 'mengerahkan-sumber-daya', 'Memiliki kemampuan mengerahkan berbagai sumber daya yang diperlukan dan bersedia menginvestasikannya dalam "proyek kerja sama"', 'Can mobilise the resources needed and is willing to invest them in the "joint project"'),
  c('readiness', 'memberi-imbalan', 'Bersedia dan dapat memberikan imbalan kepada pihak yang diajak bermitra, dalam bentuk uang atau materi, pengakuan, penghargaan atau bentuk lainnya', 'Willing and able to reward the partners, in money or material, recognition, awards or other forms'),
  c('readiness', 'kekompakan', 'Dapat membina kekompakan, kesamaan konsep dan kesatuan bahasa berkaitan dengan gagasan kemitraan', 'Can build cohesion, a shared concept and a common language about the idea'),
  c('readiness', 'sinkronisasi', 'Dapat menjamin sinkronisasi dan keharmonisan dalam menggalang kerja sama satu sama lain secara berkelanjutan', 'Can ensure synchronisation and harmony in building cooperation, sustainably'),
];

/** How a criterion is assessed in a plan. A criterion absent from the plan is "not assessed". */
export const ASSESSMENTS = ['met', 'partial', 'unmet'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];
