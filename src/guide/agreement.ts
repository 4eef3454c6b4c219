import type { CatalogItem } from './types.js';

/** Forms an agreement can take (step 5). */
export const AGREEMENT_FORMS: readonly CatalogItem[] = [
  { id: 'mou', kind: 'agreement-form', source: '002', label: { id: 'Memorandum of Understanding (MoU)', en: 'Memorandum of Understanding (MoU)' } },
  { id: 'nota-kesepahaman', kind: 'agreement-form', source: '002', label: { id: 'Nota Kesepahaman', en: 'Memorandum of understanding (Nota Kesepahaman)' } },
  { id: 'sk-bupati', kind: 'agreement-form', source: '002', label: { id: 'Surat Keputusan Bupati', en: 'Decree of the Regent (SK Bupati)' } },
  { id: 'sk-walikota', kind: 'agreement-form', source: '002', label: { id: 'Surat Keputusan Walikota', en: 'Decree of the Mayor (SK Walikota)' } },
  { id: 'sk-camat', kind: 'agreement-form', source: '002', label: { id: 'Surat Keputusan Camat', en: 'Decree of the Sub-district Head (SK Camat)' } },
];

/**
 * Government units that are not legal persons (source: tool, from Indonesian practice): their heads sign for the
 * regional government ("untuk dan atas nama Pemerintah Kabupaten ..."), not for the unit.
 */
export const GOVERNMENT_UNIT = /^(dinas|badan|uptd|upt|puskesmas|kecamatan|kelurahan|rsud|sekretariat daerah|bagian)\b/i;

/** Programmes that usually exchange health or children's data (source: tool; UU 27/2022: specific personal data). */
export const PERSONAL_DATA_PROGRAMS = /^(tbc|tb|imunisasi|stunting|gizi|kia|hiv|malaria|kusta|jiwa)/;

/** For whom a government unit's head signs: "Pemerintah Kabupaten Sumedang" from "Kabupaten Sumedang". */
export function regionalGovernment(regency: string): string {
  return `Pemerintah ${regency.trim()}`;
}
