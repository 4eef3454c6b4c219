import type { CatalogItem } from './types.js';

export type SectorId = 'pemerintah' | 'akademisi' | 'cso' | 'masyarakat' | 'swasta' | 'internasional';

export interface Potential extends CatalogItem {
  kind: 'potential';
  sector: SectorId;
}

export interface Sector extends CatalogItem {
  kind: 'sector';
  id: SectorId;
  potentials: readonly Potential[];
}

const p = (sector: SectorId, id: string, idText: string, en: string): Potential => ({
  id: `${sector}.${id}`, kind: 'potential', sector, source: '000', label: { id: idText, en },
});

/** The 6 partner sectors and what each can offer ("Potensi Mitra", seed 000): 7 + 6 + 8 + 2 + 6 + 4 = 33. */
export const SECTORS: readonly Sector[] = [
  {
    id: 'pemerintah', kind: 'sector', source: '000',
    label: { id: 'Pemerintah', en: 'Government' },
    potentials: [
      p('pemerintah', 'prioritas-anggaran', 'Penetapan prioritas dan alokasi anggaran', 'Setting priorities and allocating budgets'),
      p('pemerintah', 'pengembangan-program', 'Pengembangan program', 'Program development'),
      p('pemerintah', 'kebijakan-kmp', 'Penyediaan kebijakan dan aturan yang mendukung Kemitraan Multi Pihak (KMP)', 'Providing policies and rules that support multi-stakeholder partnerships (KMP)'),
      p('pemerintah', 'data-pembangunan', 'Penyediaan data pembangunan (capaian dan defisit)', 'Providing development data (achievements and deficits)'),
      p('pemerintah', 'konteks-lokal', 'Lebih mengetahui konteks dan melokalkan', 'Knowing the context and localising'),
      p('pemerintah', 'dana-personalia', 'Mengelola dana dan personalia', 'Managing funds and personnel'),
      p('pemerintah', 'pelaksanaan-pengadaan', 'Terbiasa melaksanakan program sendiri atau pengadaan barang dengan swasta', 'Used to running programs itself or procuring goods with the private sector'),
    ],
  },
  {
    id: 'akademisi', kind: 'sector', source: '000',
    label: { id: 'Akademisi', en: 'Academia' },
    potentials: [
      p('akademisi', 'penelitian-pemantauan', 'Penelitian pemantauan', 'Monitoring research'),
      p('akademisi', 'penguatan-kapasitas', 'Penguatan kapasitas', 'Capacity strengthening'),
      p('akademisi', 'provider-penelitian', 'Menjadi provider penelitian untuk pemerintah dan swasta', 'Research provider for government and business'),
      p('akademisi', 'pendampingan-pemerintah', 'Pendampingan pemerintah', 'Mentoring government'),
      p('akademisi', 'pendidikan-tpb', 'Pendidikan TPB (Tujuan Pembangunan Berkelanjutan)', 'Education on the SDGs (Tujuan Pembangunan Berkelanjutan)'),
      p('akademisi', 'fasilitator-kemitraan', 'Fasilitator kemitraan', 'Partnership facilitator'),
    ],
  },
  {
    id: 'cso', kind: 'sector', source: '000',
    label: { id: 'Organisasi masyarakat sipil (CSO)', en: 'Civil society organisations (CSO)' },
    potentials: [
      p('cso', 'diseminasi-informasi', 'Diseminasi informasi membangun pemahaman publik', 'Disseminating information to build public understanding'),
      p('cso', 'program-delivery', 'Kemampuan teknis program delivery', 'Technical skill in program delivery'),
      p('cso', 'pendampingan-capacity-building', 'Kemampuan pendampingan dan capacity building untuk kemitraan yang melibatkan masyarakat', 'Mentoring and capacity building for partnerships that involve communities'),
      p('cso', 'pemantauan-program', 'Pemantauan program', 'Program monitoring'),
      p('cso', 'pemantauan-akuntabilitas', 'Pemantauan proses kemitraan-akuntabilitas', 'Monitoring the partnership process and accountability'),
      p('cso', 'advokasi-kampanye', 'Mengelola advokasi dan kampanye sosial', 'Managing advocacy and social campaigns'),
      p('cso', 'advokasi-kebijakan', 'Pengalaman advokasi perubahan kebijakan', 'Experience in advocating policy change'),
      p('cso', 'fasilitator-kemitraan', 'Fasilitator kemitraan', 'Partnership facilitator'),
    ],
  },
  {
    id: 'masyarakat', kind: 'sector', source: '000',
    label: { id: 'Masyarakat/Komunitas', en: 'Community' },
    potentials: [
      p('masyarakat', 'sasaran-lokal', 'Target sasaran kemitraan yang memahami konteks lokalitas dan kebutuhan di lapangan', 'The partnership\'s target group, who understand the local context and needs on the ground'),
      p('masyarakat', 'dukungan-lapangan', 'Dukungan pelaksanaan kerja sama di lapangan', 'Support for carrying out the cooperation in the field'),
    ],
  },
  {
    id: 'swasta', kind: 'sector', source: '000',
    label: { id: 'Sektor Swasta', en: 'Private sector' },
    potentials: [
      p('swasta', 'kemampuan-delivery', 'Kemampuan delivery', 'Delivery capability'),
      p('swasta', 'jaringan-value-chain', 'Kemampuan jaringan dan pemahaman value chains untuk kemitraan pelaksanaan', 'Networks and understanding of value chains for implementation partnerships'),
      p('swasta', 'advokasi-diseminasi', 'Advokasi dan diseminasi', 'Advocacy and dissemination'),
      p('swasta', 'penguatan-kapasitas', 'Penguatan kapasitas', 'Capacity strengthening'),
      p('swasta', 'dana-csr', 'Dukungan dana dan mengelola dana CSR', 'Funding and managing CSR funds'),
      p('swasta', 'kerja-sama-pihak', 'Berkaitan dan bekerja sama dengan berbagai pihak', 'Connected with and working with many parties'),
    ],
  },
  {
    id: 'internasional', kind: 'sector', source: '000',
    label: { id: 'Organisasi Internasional/Development Partners', en: 'International organisations / development partners' },
    potentials: [
      p('internasional', 'dukungan-dana', 'Dukungan dana', 'Funding'),
      p('internasional', 'penguatan-kapasitas', 'Penguatan kapasitas melalui pendampingan, pemahaman isu dan jaringan', 'Capacity strengthening through mentoring, issue knowledge and networks'),
      p('internasional', 'penguatan-organisasi', 'Penguatan organisasi kemitraan', 'Strengthening the partnership organisation'),
      p('internasional', 'fasilitator-kemitraan', 'Fasilitator kemitraan', 'Partnership facilitator'),
    ],
  },
];

export const SECTOR_IDS: readonly SectorId[] = SECTORS.map((s) => s.id);
export const POTENTIALS: readonly Potential[] = SECTORS.flatMap((s) => s.potentials);
