import type { CatalogItem, Text } from './types.js';
import type { StepId } from './steps.js';

const item = (kind: string, source: string, id: string, idText: string, en: string, description?: Text): CatalogItem =>
  description ? { id, kind, source, label: { id: idText, en }, description } : { id, kind, source, label: { id: idText, en } };

/** "Ada 3 kata kunci dalam kemitraan" (seed 001). */
export const KEY_WORDS = [
  item('key-word', '001', 'kerja-sama', 'Kerja sama antara kelompok, organisasi dan individu', 'Cooperation between groups, organisations and individuals'),
  item('key-word', '001', 'tujuan-bersama', 'Bersama-sama mencapai tujuan', 'Reaching goals together'),
  item('key-word', '001', 'risiko-keuntungan', 'Menanggung risiko dan keuntungan', 'Sharing risks and benefits'),
];

/** "Persyaratan kemitraan" (seed 001). */
export const PREREQUISITES = [
  item('prerequisite', '001', 'kesamaan-perhatian', 'Kesamaan perhatian (common interest)', 'Common interest'),
  item('prerequisite', '001', 'saling-percaya', 'Saling percaya dan saling menghormati', 'Mutual trust and respect'),
  item('prerequisite', '001', 'menyadari-arti', 'Saling menyadari pentingnya arti kemitraan', 'Mutual awareness of why partnership matters'),
  item('prerequisite', '001', 'kesepakatan-visi', 'Kesepakatan visi, misi, tujuan dan nilai yang sama', 'Agreement on a shared vision, mission, goals and values'),
  item('prerequisite', '001', 'landasan-sama', 'Berpijak pada landasan yang sama', 'Standing on the same foundation'),
  item('prerequisite', '001', 'bersedia-berkorban', 'Kesediaan untuk berkorban', 'Willingness to make sacrifices'),
];

/** "Prinsip-prinsip kemitraan" (seed 001): equity, transparency, mutual benefit. */
export const PRINCIPLES = [
  item('principle', '001', 'kesetaraan', 'Kesetaraan (equity)', 'Equity'),
  item('principle', '001', 'keterbukaan', 'Keterbukaan (transparency)', 'Transparency'),
  item('principle', '001', 'saling-menguntungkan', 'Azas manfaat bersama (mutual benefit)', 'Mutual benefit'),
];

/** "Tujuan kemitraan" (seed 001). */
export const PARTNERSHIP_GOALS = [
  item('partnership-goal', '001', 'koordinasi', 'Meningkatkan koordinasi/kerja sama lintas program dan lintas sektor', 'Better coordination and cooperation across programs and sectors'),
  item('partnership-goal', '001', 'komunikasi', 'Meningkatkan komunikasi antar sektor pemerintah dan swasta tentang masalah kesehatan', 'Better communication between government and private sectors on health problems'),
  item('partnership-goal', '001', 'kemampuan-bersama', 'Meningkatkan kemampuan bersama untuk memaksimalkan manfaat dan keuntungan', 'Greater joint capability to maximise benefits'),
  item('partnership-goal', '001', 'komitmen-bersama', 'Meningkatkan apa yang menjadi komitmen bersama', 'Strengthening what is jointly committed'),
  item('partnership-goal', '001', 'efisien-efektif', 'Tercapainya upaya kesehatan yang efisien dan efektif (berdaya guna dan berhasil guna)', 'Efficient and effective health efforts'),
];

export interface FrameworkStep extends CatalogItem {
  /** The guide's 8 steps that this step of the slides' framework corresponds to. */
  steps: readonly StepId[];
}

/** "Kerangka berpikir/langkah kemitraan" (seed 001, 6 steps), mapped onto the guide's 8 steps. */
export const FRAMEWORK: readonly FrameworkStep[] = [
  { ...item('framework-step', '001', 'penjajakan', 'Penjajakan', 'Exploration'), steps: ['idea', 'partners'] },
  { ...item('framework-step', '001', 'penyamaan-persepsi', 'Penyamaan persepsi', 'Aligning perceptions'), steps: ['idea', 'readiness'] },
  { ...item('framework-step', '001', 'pengaturan-peran', 'Pengaturan peran', 'Arranging roles'), steps: ['goals', 'agreement'] },
  { ...item('framework-step', '001', 'komunikasi-intensif', 'Komunikasi intensif', 'Intensive communication'), steps: ['agreement', 'workplan'] },
  { ...item('framework-step', '001', 'melaksanakan-kegiatan', 'Melaksanakan kegiatan', 'Carrying out activities'), steps: ['implementation'] },
  { ...item('framework-step', '001', 'pemantauan-penilaian', 'Pemantauan dan penilaian', 'Monitoring and evaluation'), steps: ['monitoring'] },
];

/** "Kerangka konsep kemitraan" (seed 001). */
export const ELEMENTS = [
  item('element', '001', 'pemerintah', 'Unsur pemerintah', 'Government'),
  item('element', '001', 'dunia-usaha', 'Dunia usaha atau unsur swasta', 'Business / private sector'),
  item('element', '001', 'organisasi-non-pemerintah', 'Unsur organisasi non pemerintah', 'Non-government organisations'),
];

/** "Pilar-pilar kemitraan" (seed 001). */
export const PILLARS = [
  item('pillar', '001', 'lintas-program', 'Kemitraan lintas program di lingkungan sektor kesehatan sendiri', 'Across programs within the health sector'),
  item('pillar', '001', 'lintas-sektor', 'Kemitraan lintas sektor di lingkungan institusi pemerintahan', 'Across sectors within government'),
  item('pillar', '001', 'lebih-luas', 'Kemitraan yang lebih luas: unsur dunia usaha, unsur LSM dan organisasi massa, unsur organisasi profesi', 'Wider: business, NGOs and mass organisations, professional organisations'),
];

/** "Kemitraan sebagai suatu sistem" (seed 001): input, process, output, outcome. */
export const PARTNERSHIP_SYSTEM = [
  item('system-part', '001', 'input', 'Masukan: banyaknya mitra yang terlibat; sumber daya', 'Input: number of partners involved; resources'),
  item('system-part', '001', 'process', 'Proses: pertemuan, lokakarya, kesepakatan bersama, seminar', 'Process: meetings, workshops, joint agreements, seminars'),
  item('system-part', '001', 'output', 'Luaran: terbentuknya jaringan kerja; tersusunnya program dan pelaksanaan kegiatan', 'Output: a working network; programs drawn up and activities carried out'),
  item('system-part', '001', 'outcome', 'Hasil (outcome): membaiknya indikator derajat kesehatan', 'Outcome: better health-status indicators'),
];

/** "Peran umum mitra" (seed 003). */
export const GENERAL_ROLES = [
  item('general-role', '003', 'rencana-strategis', 'Mengembangkan dan melaksanakan rencana strategis', 'Develop and carry out a strategic plan'),
  item('general-role', '003', 'memberikan-sumber-daya', 'Memberikan sumber daya (keuangan, staf, keahlian)', 'Provide resources (finance, staff, expertise)'),
  item('general-role', '003', 'memfasilitasi-komunikasi', 'Memfasilitasi komunikasi antaranggota dan dengan pemangku kepentingan eksternal', 'Facilitate communication among members and with external stakeholders'),
  item('general-role', '003', 'mengevaluasi-kemajuan', 'Mengevaluasi kemajuan dan membuat penyesuaian', 'Evaluate progress and adjust'),
];

/** "Peran spesifik mitra" by organisation type (seed 003). */
export const SPECIFIC_ROLES = [
  item('specific-role', '003', 'rumah-sakit', 'Rumah sakit: layanan klinis, staf medis dan infrastruktur', 'Hospital: clinical services, medical staff and infrastructure'),
  item('specific-role', '003', 'klinik', 'Klinik: layanan kesehatan primer dan pencegahan, akses ke perawatan spesialis', 'Clinic: primary and preventive care, access to specialist care'),
  item('specific-role', '003', 'nirlaba', 'Organisasi nirlaba: keahlian advokasi, pendidikan kesehatan dan layanan sosial', 'Non-profit: advocacy, health education and social services'),
  item('specific-role', '003', 'bisnis', 'Bisnis: dukungan keuangan, barang, keahlian pemasaran dan pengembangan bisnis', 'Business: financial support, in-kind goods, marketing and business development'),
];

/** Benefits of partnership (seed 003). */
export const BENEFITS = [
  item('benefit', '003', 'akses-layanan', 'Peningkatan akses ke layanan kesehatan', 'Better access to health services'),
  item('benefit', '003', 'kualitas-layanan', 'Peningkatan kualitas layanan kesehatan', 'Better quality of health services'),
  item('benefit', '003', 'pengurangan-biaya', 'Pengurangan biaya perawatan kesehatan', 'Lower health-care costs'),
  item('benefit', '003', 'hasil-kesehatan', 'Peningkatan hasil kesehatan', 'Better health outcomes'),
  item('benefit', '004', 'akses-kualitas', 'Meningkatkan akses dan kualitas layanan kesehatan', 'Better access to and quality of health services'),
  item('benefit', '004', 'kesenjangan', 'Mengatasi kesenjangan kesehatan', 'Closing health gaps'),
  item('benefit', '004', 'efisiensi', 'Meningkatkan efisiensi', 'Greater efficiency'),
  item('benefit', '004', 'inovasi', 'Mempromosikan inovasi', 'Promoting innovation'),
];

/** Challenges of partnership (seed 003). */
export const CHALLENGES = [
  item('challenge', '003', 'perbedaan-organisasi', 'Perbedaan tujuan, budaya dan struktur organisasi', 'Differences in goals, culture and organisational structure'),
  item('challenge', '003', 'persaingan', 'Persaingan untuk mendapatkan sumber daya dan pengakuan', 'Competition for resources and recognition'),
  item('challenge', '003', 'kurang-akuntabilitas', 'Kurangnya akuntabilitas', 'Lack of accountability'),
];

/** Fields of partnership (seed 004). */
export const FIELDS = [
  item('field', '004', 'promosi', 'Promosi kesehatan', 'Health promotion'),
  item('field', '004', 'pencegahan', 'Pencegahan penyakit', 'Disease prevention'),
  item('field', '004', 'pengobatan', 'Pengobatan', 'Treatment'),
  item('field', '004', 'rehabilitasi', 'Rehabilitasi', 'Rehabilitation'),
  item('field', '004', 'penelitian', 'Penelitian', 'Research'),
];

/** Types of partnership (seed 004). */
export const PARTNERSHIP_TYPES = [
  item('partnership-type', '004', 'pemerintah-swasta', 'Kemitraan pemerintah-swasta', 'Public-private partnership'),
  item('partnership-type', '004', 'multi-sektor', 'Kemitraan multi-sektor', 'Multi-sector partnership'),
  item('partnership-type', '004', 'berbasis-masyarakat', 'Kemitraan berbasis masyarakat', 'Community-based partnership'),
  item('partnership-type', '004', 'internasional', 'Kemitraan internasional', 'International partnership'),
];

/** Principles of a successful health partnership (seed 004). */
export const SUCCESS_PRINCIPLES = [
  item('success-principle', '004', 'tujuan-bersama', 'Tujuan bersama', 'Shared goal'),
  item('success-principle', '004', 'saling-menghormati', 'Saling menghormati', 'Mutual respect'),
  item('success-principle', '004', 'kepercayaan', 'Kepercayaan', 'Trust'),
  item('success-principle', '004', 'komunikasi-efektif', 'Komunikasi yang efektif', 'Effective communication'),
  item('success-principle', '004', 'akuntabilitas', 'Akuntabilitas', 'Accountability'),
];
