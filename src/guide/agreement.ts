import type { CatalogItem } from './types.js';

/** Forms an agreement can take (step 5). */
export const AGREEMENT_FORMS: readonly CatalogItem[] = [
  { id: 'mou', kind: 'agreement-form', source: '002', label: { id: 'Memorandum of Understanding (MoU)', en: 'Memorandum of Understanding (MoU)' } },
  { id: 'nota-kesepahaman', kind: 'agreement-form', source: '002', label: { id: 'Nota Kesepahaman', en: 'Memorandum of understanding (Nota Kesepahaman)' } },
  { id: 'sk-bupati', kind: 'agreement-form', source: '002', label: { id: 'Surat Keputusan Bupati', en: 'Decree of the Regent (SK Bupati)' } },
  { id: 'sk-walikota', kind: 'agreement-form', source: '002', label: { id: 'Surat Keputusan Walikota', en: 'Decree of the Mayor (SK Walikota)' } },
  { id: 'sk-camat', kind: 'agreement-form', source: '002', label: { id: 'Surat Keputusan Camat', en: 'Decree of the Sub-district Head (SK Camat)' } },
];
