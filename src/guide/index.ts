/**
 * The guide's catalog: everything in "Panduan Menggalang Kemitraan Bidang Kesehatan" (2019) and the related
 * texts that a plan is checked, prompted or reported against. Pure data; stable ids; Indonesian and English.
 */
import type { CatalogItem } from './types.js';
import { STEPS } from './steps.js';
import { IDEA_CRITERIA, PARTNER_CRITERIA, READINESS_CRITERIA } from './criteria.js';
import { ROLES } from './roles.js';
import { SECTORS, POTENTIALS } from './sectors.js';
import {
  PROGRAMS, IDENTIFICATION_METHODS, INITIATOR_NOTE, GOAL_PARTS, PARTNER_STATUSES, CONTRIBUTION_TYPES, ORGANISATION_TYPES,
} from './programs.js';
import { AGREEMENT_FORMS } from './agreement.js';
import { WORKPLAN_CONTENT, WORKPLAN_CONCERNS, CAPACITY_METHODS, FIVE_W_ONE_H, ACTIVITY_KINDS } from './workplan.js';
import { IMPLEMENTATION_ACTIVITIES, IMPLEMENTATION_PRINCIPLES, ACTIVITY_STATUSES } from './implementation.js';
import {
  MONITORING_QUESTIONS, INDICATOR_CLASSES, GUIDE_INDICATORS, REPORT_INDICATORS, REVIEW_FREQUENCIES,
} from './monitoring.js';
import {
  KEY_WORDS, PREREQUISITES, PRINCIPLES, PARTNERSHIP_GOALS, FRAMEWORK, ELEMENTS, PILLARS, PARTNERSHIP_SYSTEM,
  GENERAL_ROLES, SPECIFIC_ROLES, BENEFITS, CHALLENGES, FIELDS, PARTNERSHIP_TYPES, SUCCESS_PRINCIPLES,
} from './foundations.js';

export * from './types.js';
export * from './steps.js';
export * from './criteria.js';
export * from './roles.js';
export * from './sectors.js';
export * from './programs.js';
export * from './agreement.js';
export * from './workplan.js';
export * from './implementation.js';
export * from './monitoring.js';
export * from './foundations.js';
export * from './origins.js';

export const GUIDE_SOURCE = {
  id: 'Panduan Menggalang Kemitraan Bidang Kesehatan, Direktorat Promosi Kesehatan dan Pemberdayaan Masyarakat, Kementerian Kesehatan RI, 2019',
  en: 'Guide to Building Health Partnerships (Panduan Menggalang Kemitraan Bidang Kesehatan), Directorate of Health Promotion and Community Empowerment, Ministry of Health of Indonesia, 2019',
};

/** Catalog items grouped the way `kemitraan guide` shows them: the steps' own content, then the foundations. */
export const CATALOG_GROUPS: readonly { id: string; step?: string; label: { id: string; en: string }; items: readonly CatalogItem[] }[] = [
  { id: 'steps', label: { id: '8 langkah menggalang kemitraan', en: 'The 8 steps of building a partnership' }, items: STEPS },
  { id: 'programs', step: 'idea', label: { id: 'Contoh program', en: 'Example programs' }, items: PROGRAMS },
  { id: 'idea-criteria', step: 'idea', label: { id: 'Kriteria gagasan kemitraan yang baik', en: 'Criteria of a good partnership idea' }, items: IDEA_CRITERIA },
  { id: 'identification', step: 'partners', label: { id: 'Cara identifikasi calon mitra', en: 'How to identify partners' }, items: [...IDENTIFICATION_METHODS, INITIATOR_NOTE] },
  { id: 'partner-criteria', step: 'partners', label: { id: 'Kriteria calon mitra potensial', en: 'Criteria of a potential partner' }, items: PARTNER_CRITERIA },
  { id: 'sectors', step: 'partners', label: { id: 'Sektor mitra', en: 'Partner sectors' }, items: SECTORS },
  { id: 'potentials', step: 'partners', label: { id: 'Potensi mitra per sektor', en: 'Partner potentials by sector' }, items: POTENTIALS },
  { id: 'partner-statuses', step: 'partners', label: { id: 'Status mitra', en: 'Partner status' }, items: PARTNER_STATUSES },
  { id: 'organisation-types', step: 'partners', label: { id: 'Jenis organisasi', en: 'Organisation types' }, items: ORGANISATION_TYPES },
  { id: 'goal-parts', step: 'goals', label: { id: 'Bagian perumusan tujuan', en: 'Parts of the goals' }, items: GOAL_PARTS },
  { id: 'roles', step: 'goals', label: { id: 'Peran mitra', en: 'Partner roles' }, items: ROLES },
  { id: 'contribution-types', step: 'goals', label: { id: 'Jenis kontribusi', en: 'Contribution types' }, items: CONTRIBUTION_TYPES },
  { id: 'readiness-criteria', step: 'readiness', label: { id: 'Kriteria menyiapkan diri', en: 'Self-preparation criteria' }, items: READINESS_CRITERIA },
  { id: 'agreement-forms', step: 'agreement', label: { id: 'Bentuk kesepakatan', en: 'Agreement forms' }, items: AGREEMENT_FORMS },
  { id: 'workplan-content', step: 'workplan', label: { id: 'Isi rencana kerja', en: 'Work-plan content' }, items: WORKPLAN_CONTENT },
  { id: 'workplan-concerns', step: 'workplan', label: { id: 'Hal yang harus diperhatikan', en: 'Things to attend to' }, items: WORKPLAN_CONCERNS },
  { id: 'capacity-methods', step: 'workplan', label: { id: 'Bentuk peningkatan kapasitas', en: 'Capacity-building methods' }, items: CAPACITY_METHODS },
  { id: '5w1h', step: 'workplan', label: { id: '5W1H', en: '5W1H' }, items: FIVE_W_ONE_H },
  { id: 'activity-kinds', step: 'workplan', label: { id: 'Jenis kegiatan', en: 'Activity kinds' }, items: ACTIVITY_KINDS },
  { id: 'implementation-principles', step: 'implementation', label: { id: 'Prinsip pelaksanaan', en: 'Implementation principles' }, items: IMPLEMENTATION_PRINCIPLES },
  { id: 'implementation-activities', step: 'implementation', label: { id: 'Kegiatan besar yang perlu dukungan mitra', en: 'Major activities needing partner support' }, items: IMPLEMENTATION_ACTIVITIES },
  { id: 'activity-statuses', step: 'implementation', label: { id: 'Status kegiatan', en: 'Activity statuses' }, items: ACTIVITY_STATUSES },
  { id: 'monitoring-questions', step: 'monitoring', label: { id: 'Pertanyaan pemantauan dan penilaian', en: 'Monitoring and evaluation questions' }, items: MONITORING_QUESTIONS },
  { id: 'indicator-classes', step: 'monitoring', label: { id: 'Kelas indikator', en: 'Indicator classes' }, items: INDICATOR_CLASSES },
  { id: 'guide-indicators', step: 'monitoring', label: { id: 'Indikator keberhasilan kemitraan', en: 'Partnership success indicators' }, items: GUIDE_INDICATORS },
  { id: 'report-indicators', step: 'monitoring', label: { id: 'Indikator laporan', en: 'Report indicators' }, items: REPORT_INDICATORS },
  { id: 'review-frequencies', step: 'monitoring', label: { id: 'Frekuensi peninjauan', en: 'Review frequencies' }, items: REVIEW_FREQUENCIES },
  { id: 'key-words', label: { id: 'Kata kunci kemitraan', en: 'Key words of partnership' }, items: KEY_WORDS },
  { id: 'prerequisites', label: { id: 'Persyaratan kemitraan', en: 'Prerequisites of partnership' }, items: PREREQUISITES },
  { id: 'principles', label: { id: 'Prinsip kemitraan', en: 'Principles of partnership' }, items: PRINCIPLES },
  { id: 'partnership-goals', label: { id: 'Tujuan kemitraan', en: 'Goals of partnership' }, items: PARTNERSHIP_GOALS },
  { id: 'framework', label: { id: 'Kerangka berpikir/langkah kemitraan', en: 'Framework steps of partnership' }, items: FRAMEWORK },
  { id: 'elements', label: { id: 'Kerangka konsep: unsur kemitraan', en: 'Elements of partnership' }, items: ELEMENTS },
  { id: 'pillars', label: { id: 'Pilar kemitraan', en: 'Pillars of partnership' }, items: PILLARS },
  { id: 'system', label: { id: 'Kemitraan sebagai suatu sistem', en: 'Partnership as a system' }, items: PARTNERSHIP_SYSTEM },
  { id: 'general-roles', label: { id: 'Peran umum mitra', en: 'General partner roles' }, items: GENERAL_ROLES },
  { id: 'specific-roles', label: { id: 'Peran spesifik menurut jenis organisasi', en: 'Specific roles by organisation type' }, items: SPECIFIC_ROLES },
  { id: 'benefits', label: { id: 'Manfaat kemitraan', en: 'Benefits of partnership' }, items: BENEFITS },
  { id: 'challenges', label: { id: 'Tantangan kemitraan', en: 'Challenges of partnership' }, items: CHALLENGES },
  { id: 'fields', label: { id: 'Bidang kemitraan', en: 'Fields of partnership' }, items: FIELDS },
  { id: 'partnership-types', label: { id: 'Jenis kemitraan', en: 'Types of partnership' }, items: PARTNERSHIP_TYPES },
  { id: 'success-principles', label: { id: 'Prinsip kemitraan kesehatan yang sukses', en: 'Principles of a successful health partnership' }, items: SUCCESS_PRINCIPLES },
];

/** Every catalog item, once per group it appears in. */
export function allCatalogItems(): CatalogItem[] {
  return CATALOG_GROUPS.flatMap((g) => g.items);
}

