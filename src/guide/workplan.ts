import type { CatalogItem } from './types.js';

/** What a work plan holds (step 6). */
export const WORKPLAN_CONTENT: readonly CatalogItem[] = [
  { id: 'program-kerja', kind: 'workplan-content', source: '002', label: { id: 'Program kerja', en: 'Work program' } },
  { id: 'rencana-aksi', kind: 'workplan-content', source: '002', label: { id: 'Rencana aksi: tujuan, kegiatan masing-masing mitra, waktu serta peran anggota jejaring kemitraan', en: 'Action plan: goals, each partner\'s activities, timing and the roles of network members' } },
  { id: 'mekanisme-jejaring', kind: 'workplan-content', source: '002', label: { id: 'Mekanisme kerja jejaring kemitraan', en: 'Working mechanism of the partnership network' } },
];

/** The two things to attend to when planning (step 6). */
export const WORKPLAN_CONCERNS: readonly CatalogItem[] = [
  {
    id: 'peningkatan-kapasitas', kind: 'workplan-concern', source: '002',
    label: { id: 'Peningkatan kapasitas mitra', en: 'Building partner capacity' },
    description: {
      id: 'Orientasi, seminar, workshop atau lokakarya tentang program kesehatan terkait, untuk meningkatkan pemahaman mitra tentang peran masing-masing.',
      en: 'Orientation, seminars, workshops or lokakarya on the related health program, to deepen partners\' understanding of their roles.',
    },
  },
  {
    id: 'komunikasi-koordinasi', kind: 'workplan-concern', source: '002',
    label: { id: 'Komunikasi dan koordinasi', en: 'Communication and coordination' },
    description: {
      id: 'Komunikasi dan koordinasi secara terus menerus dengan para mitra agar pelaksanaan berjalan baik dan hasilnya optimal.',
      en: 'Continuous communication and coordination with the partners so that implementation goes well and results are optimal.',
    },
  },
];

/** Methods of capacity building named by the guide. */
export const CAPACITY_METHODS: readonly CatalogItem[] = [
  { id: 'orientasi', kind: 'capacity-method', source: '002', label: { id: 'Orientasi', en: 'Orientation' } },
  { id: 'seminar', kind: 'capacity-method', source: '002', label: { id: 'Seminar', en: 'Seminar' } },
  { id: 'workshop', kind: 'capacity-method', source: '002', label: { id: 'Workshop', en: 'Workshop' } },
  { id: 'lokakarya', kind: 'capacity-method', source: '002', label: { id: 'Lokakarya', en: 'Lokakarya (participatory workshop)' } },
];

export interface FiveW1H extends CatalogItem {
  kind: '5w1h';
  /** The activity field in the plan that answers this question. */
  field: 'what' | 'why' | 'who' | 'where' | 'when' | 'how';
}

/** 5W (What, When, Where, Who, Why) and 1H (How): tujuan kegiatan, sasaran, waktu, metode dan lokasi. */
export const FIVE_W_ONE_H: readonly FiveW1H[] = [
  { id: 'what', field: 'what', kind: '5w1h', source: '002', label: { id: 'Apa (What): kegiatan', en: 'What: the activity' } },
  { id: 'why', field: 'why', kind: '5w1h', source: '002', label: { id: 'Mengapa (Why): tujuan kegiatan', en: 'Why: the aim of the activity' } },
  { id: 'who', field: 'who', kind: '5w1h', source: '002', label: { id: 'Siapa (Who): pelaksana dan sasaran', en: 'Who: who carries it out, and for whom' } },
  { id: 'where', field: 'where', kind: '5w1h', source: '002', label: { id: 'Di mana (Where): lokasi', en: 'Where: the location' } },
  { id: 'when', field: 'when', kind: '5w1h', source: '002', label: { id: 'Kapan (When): waktu', en: 'When: the time' } },
  { id: 'how', field: 'how', kind: '5w1h', source: '002', label: { id: 'Bagaimana (How): metode', en: 'How: the method' } },
];

/** Kinds of work-plan activity; capacity building and coordination are the guide's two concerns. */
export const ACTIVITY_KINDS: readonly CatalogItem[] = [
  { id: 'program', kind: 'activity-kind', label: { id: 'Kegiatan program', en: 'Program activity' } },
  { id: 'peningkatan-kapasitas', kind: 'activity-kind', source: '002', label: { id: 'Peningkatan kapasitas mitra', en: 'Partner capacity building' } },
  { id: 'koordinasi', kind: 'activity-kind', source: '002', label: { id: 'Pertemuan komunikasi dan koordinasi', en: 'Communication and coordination meeting' } },
];
