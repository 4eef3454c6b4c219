import type { CatalogItem } from './types.js';

/** The major activities that need partner support (step 7). */
export const IMPLEMENTATION_ACTIVITIES: readonly CatalogItem[] = [
  { id: 'advokasi', kind: 'implementation-activity', source: '002', label: { id: 'Advokasi', en: 'Advocacy' } },
  { id: 'pemberdayaan-masyarakat', kind: 'implementation-activity', source: '002', label: { id: 'Pemberdayaan masyarakat', en: 'Community empowerment' } },
  { id: 'dukungan-sosial', kind: 'implementation-activity', source: '002', label: { id: 'Dukungan sosial', en: 'Social support' } },
  { id: 'kie', kind: 'implementation-activity', source: '002', label: { id: 'Komunikasi, Informasi dan Edukasi (KIE): kampanye, pameran', en: 'Communication, information and education (KIE): campaigns, exhibitions' } },
];

/** The principle and aim of step 7. */
export const IMPLEMENTATION_PRINCIPLES: readonly CatalogItem[] = [
  {
    id: 'keterpaduan', kind: 'implementation-principle', source: '002',
    label: { id: 'Keterpaduan', en: 'Integration' },
    description: { id: 'Pelaksanaan berdasarkan rencana aksi dan kesepakatan yang telah dibuat, dengan prinsip keterpaduan.', en: 'Carry out the work according to the action plan and agreement, in an integrated way.' },
  },
  {
    id: 'spm', kind: 'implementation-principle', source: '002',
    label: { id: 'Mendukung tercapainya SPM Kabupaten/Kota', en: 'Support reaching the district/city Minimum Service Standards (SPM)' },
  },
];

/** Statuses of an activity in the implementation log. */
export const ACTIVITY_STATUSES: readonly CatalogItem[] = [
  { id: 'done', kind: 'activity-status', label: { id: 'Terlaksana', en: 'Done' } },
  { id: 'in-progress', kind: 'activity-status', label: { id: 'Sedang berjalan', en: 'In progress' } },
  { id: 'postponed', kind: 'activity-status', label: { id: 'Ditunda', en: 'Postponed' } },
  { id: 'cancelled', kind: 'activity-status', label: { id: 'Dibatalkan', en: 'Cancelled' } },
];
