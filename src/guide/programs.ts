import type { CatalogItem } from './types.js';

export interface Program extends CatalogItem {
  kind: 'program';
}

const pr = (id: string, idText: string, en: string): Program => ({ id, kind: 'program', source: '002', label: { id: idText, en } });

/** Example programs named in step 1, plus "lainnya" for any other program. */
export const PROGRAMS: readonly Program[] = [
  pr('stunting', 'Pencegahan stunting', 'Stunting prevention'),
  pr('imunisasi', 'Imunisasi', 'Immunisation'),
  pr('tbc', 'Penanggulangan Tuberkulosis (TBC)', 'Tuberculosis (TB) control'),
  pr('phbs-rumah-tangga', 'Pembinaan PHBS di tatanan rumah tangga', 'Clean and healthy living (PHBS) in households'),
  pr('phbs-sekolah', 'Pembinaan PHBS di tatanan sekolah', 'Clean and healthy living (PHBS) in schools'),
  pr('lainnya', 'Program lainnya', 'Other program'),
];

/** Ways to identify prospective partners (step 2), who must be led by an initiator. */
export const IDENTIFICATION_METHODS: readonly CatalogItem[] = [
  { id: 'studi-kepustakaan', kind: 'identification-method', source: '002', label: { id: 'Studi kepustakaan', en: 'Literature study' } },
  { id: 'studi-lapangan', kind: 'identification-method', source: '002', label: { id: 'Studi lapangan', en: 'Field study' } },
];

export const INITIATOR_NOTE: CatalogItem = {
  id: 'perlu-inisiator', kind: 'identification-note', source: '002',
  label: { id: 'Perlu ada inisiator untuk melakukan identifikasi calon mitra', en: 'An initiator is needed to identify prospective partners' },
};

/** The three parts of step 3. */
export const GOAL_PARTS: readonly CatalogItem[] = [
  { id: 'tujuan-umum', kind: 'goal-part', source: '002', label: { id: 'Tujuan umum kemitraan', en: 'General goal of the partnership' } },
  { id: 'peran-kontribusi', kind: 'goal-part', source: '002', label: { id: 'Peran atau kontribusi yang diharapkan dari para mitra', en: 'Role or contribution expected of each partner' } },
  { id: 'tujuan-khusus', kind: 'goal-part', source: '002', label: { id: 'Tujuan khusus kemitraan (mengacu pada peran mitra)', en: 'Specific goals of the partnership (based on the partner roles)' } },
];

/** Where a partner stands, in order. */
export const PARTNER_STATUSES: readonly CatalogItem[] = [
  { id: 'candidate', kind: 'partner-status', label: { id: 'Calon mitra', en: 'Candidate' } },
  { id: 'invited', kind: 'partner-status', label: { id: 'Diundang', en: 'Invited' } },
  { id: 'committed', kind: 'partner-status', label: { id: 'Bersedia/berkomitmen', en: 'Committed' } },
  { id: 'signed', kind: 'partner-status', label: { id: 'Menandatangani kesepakatan', en: 'Signed' } },
  { id: 'withdrawn', kind: 'partner-status', label: { id: 'Mengundurkan diri', en: 'Withdrawn' } },
];

/** Kinds of committed contribution. */
export const CONTRIBUTION_TYPES: readonly CatalogItem[] = [
  { id: 'dana', kind: 'contribution-type', label: { id: 'Dana (Rupiah)', en: 'Money (Rupiah)' } },
  { id: 'tenaga', kind: 'contribution-type', label: { id: 'Tenaga/SDM', en: 'Staff' } },
  { id: 'keahlian', kind: 'contribution-type', label: { id: 'Keahlian', en: 'Expertise' } },
  { id: 'fasilitas', kind: 'contribution-type', label: { id: 'Fasilitas/sarana', en: 'Facilities' } },
  { id: 'barang', kind: 'contribution-type', label: { id: 'Barang/logistik', en: 'Goods/supplies' } },
  { id: 'lainnya', kind: 'contribution-type', label: { id: 'Lainnya', en: 'Other' } },
];

/** Organisation types a partner may be (seed 003 names hospital, clinic, non-profit and business). */
export const ORGANISATION_TYPES: readonly CatalogItem[] = [
  { id: 'dinas', kind: 'organisation-type', label: { id: 'Dinas/instansi pemerintah', en: 'Government office' } },
  { id: 'puskesmas', kind: 'organisation-type', label: { id: 'Puskesmas', en: 'Community health centre (Puskesmas)' } },
  { id: 'rumah-sakit', kind: 'organisation-type', source: '003', label: { id: 'Rumah sakit', en: 'Hospital' } },
  { id: 'klinik', kind: 'organisation-type', source: '003', label: { id: 'Klinik', en: 'Clinic' } },
  { id: 'perguruan-tinggi', kind: 'organisation-type', label: { id: 'Perguruan tinggi', en: 'University' } },
  { id: 'lsm', kind: 'organisation-type', source: '003', label: { id: 'LSM/organisasi nirlaba', en: 'NGO / non-profit' } },
  { id: 'organisasi-profesi', kind: 'organisation-type', source: '001', label: { id: 'Organisasi profesi', en: 'Professional organisation' } },
  { id: 'organisasi-keagamaan', kind: 'organisation-type', label: { id: 'Organisasi keagamaan/ormas', en: 'Religious / mass organisation' } },
  { id: 'kelompok-masyarakat', kind: 'organisation-type', label: { id: 'Kelompok masyarakat/kader', en: 'Community group / volunteers' } },
  { id: 'perusahaan', kind: 'organisation-type', source: '003', label: { id: 'Perusahaan/bisnis', en: 'Company / business' } },
  { id: 'media', kind: 'organisation-type', label: { id: 'Media massa', en: 'Mass media' } },
  { id: 'organisasi-internasional', kind: 'organisation-type', label: { id: 'Organisasi internasional', en: 'International organisation' } },
  { id: 'lainnya', kind: 'organisation-type', label: { id: 'Lainnya', en: 'Other' } },
];
