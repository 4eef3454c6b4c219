import type { CatalogItem } from './types.js';

/** The plan section that holds each step's content; also the step's id and the prefix of its rule ids. */
export type StepId =
  | 'idea'
  | 'partners'
  | 'goals'
  | 'readiness'
  | 'agreement'
  | 'workplan'
  | 'implementation'
  | 'monitoring';

export interface Step extends CatalogItem {
  kind: 'step';
  id: StepId;
  number: number;
  /** Indonesian short name a user may type instead of the id (e.g. `--step gagasan`). */
  alias: string;
}

/** The 8 steps of "Langkah Menggalang Kemitraan" (seed 002). */
export const STEPS: readonly Step[] = [
  {
    id: 'idea', kind: 'step', number: 1, alias: 'gagasan', source: '002',
    label: { id: 'Menentukan gagasan kemitraan', en: 'Determine the partnership idea' },
    description: {
      id: 'Tentukan program kesehatan yang memerlukan kontribusi positif dari satu atau beberapa pihak guna mempercepat pencapaian target program, dan samakan persepsi tentang gagasan atau isu kesehatan yang diangkat.',
      en: 'Choose the health program that needs positive contributions from one or more parties to speed up reaching its targets, and build a shared perception of the idea or health issue raised.',
    },
  },
  {
    id: 'partners', kind: 'step', number: 2, alias: 'mitra', source: '002',
    label: { id: 'Identifikasi calon mitra potensial', en: 'Identify potential partners' },
    description: {
      id: 'Kenali dan tetapkan pihak-pihak yang sesuai untuk diajak bermitra. Keluarannya adalah daftar pihak yang akan diajak bermitra; perlu ada inisiator yang melakukan identifikasi melalui studi kepustakaan dan studi lapangan, serta menggali potensi atau program mitra yang dapat diselaraskan dengan program kesehatan.',
      en: 'Recognise and decide which parties are suitable partners. The output is a list of parties to invite; an initiator identifies them through literature and field study and explores which of their potentials or programs can be aligned with the health program.',
    },
  },
  {
    id: 'goals', kind: 'step', number: 3, alias: 'tujuan', source: '002',
    label: { id: 'Merumuskan tujuan dan peran mitra', en: 'Formulate goals and partner roles' },
    description: {
      id: 'Rumuskan tujuan umum kemitraan dan peran atau kontribusi yang diharapkan dari para mitra; peran mitra menjadi acuan dalam merumuskan tujuan khusus.',
      en: 'Formulate the general goal of the partnership and the role or contribution expected of each partner; the partner roles are the basis for the specific goals.',
    },
  },
  {
    id: 'readiness', kind: 'step', number: 4, alias: 'persiapan', source: '002',
    label: { id: 'Menyiapkan diri', en: 'Prepare oneself' },
    description: {
      id: 'Pihak yang berinisiatif melakukan persiapan diri melalui konsolidasi internal, mengacu kepada landasan kemitraan.',
      en: 'The initiating party prepares itself through internal consolidation, based on the foundations of partnership.',
    },
  },
  {
    id: 'agreement', kind: 'step', number: 5, alias: 'kesepakatan', source: '002',
    label: { id: 'Membangun kesepakatan kerja sama kemitraan', en: 'Build the partnership agreement' },
    description: {
      id: 'Bangun kesepakatan dan ikatan antara pihak yang berinisiatif dengan pihak yang diajak bermitra, dalam bentuk Memorandum of Understanding (MoU), Nota Kesepahaman atau Surat Keputusan Bupati/Walikota/Camat.',
      en: 'Build an agreement binding the initiating party and the invited partners, as a Memorandum of Understanding (MoU), a Nota Kesepahaman or a decree (SK) of the Bupati/Walikota/Camat.',
    },
  },
  {
    id: 'workplan', kind: 'step', number: 6, alias: 'rencana-kerja', source: '002',
    label: { id: 'Merumuskan rencana kerja kemitraan', en: 'Formulate the partnership work plan' },
    description: {
      id: 'Susun program kerja dan rencana aksi (tujuan, kegiatan masing-masing mitra, waktu, peran anggota jejaring) dengan uraian 5W1H, serta sepakati mekanisme kerja jejaring kemitraan.',
      en: 'Draw up the work program and action plan (goals, each partner\'s activities, timing, roles of network members) described with 5W1H, and agree on how the partnership network works.',
    },
  },
  {
    id: 'implementation', kind: 'step', number: 7, alias: 'pelaksanaan', source: '002',
    label: { id: 'Melaksanakan kerja sama', en: 'Carry out the cooperation' },
    description: {
      id: 'Laksanakan kegiatan berdasarkan rencana aksi dan kesepakatan dengan prinsip keterpaduan, untuk mendukung tercapainya SPM Kabupaten/Kota.',
      en: 'Carry out the activities according to the action plan and the agreement, on the principle of integration, to support reaching the district/city Minimum Service Standards (SPM).',
    },
  },
  {
    id: 'monitoring', kind: 'step', number: 8, alias: 'pemantauan', source: '002',
    label: { id: 'Pemantauan dan penilaian kegiatan kemitraan', en: 'Monitoring and evaluation of the partnership' },
    description: {
      id: 'Pantau dan nilai kemitraan dengan indikator masukan, proses dan luaran, dan jawab empat pertanyaan pemantauan.',
      en: 'Monitor and evaluate the partnership with input, process and output indicators, and answer the four monitoring questions.',
    },
  },
];

export const STEP_IDS: readonly StepId[] = STEPS.map((s) => s.id);

/** Finds a step by id, Indonesian alias or number ("idea", "gagasan", "1"). */
export function findStep(key: string): Step | undefined {
  const k = key.trim().toLowerCase();
  return STEPS.find((s) => s.id === k || s.alias === k || String(s.number) === k);
}
