import type { CatalogItem } from './types.js';
import { SECTORS } from './sectors.js';

export interface Role extends CatalogItem {
  kind: 'role';
  /**
   * Sector potentials (ids from sectors.ts) that suggest a partner can take this role. Used to suggest roles
   * for a partner from the potentials it brings, and sectors for a role nobody covers yet.
   */
  suggestedBy: readonly string[];
}

const r = (id: string, idText: string, en: string, descId: string, descEn: string, suggestedBy: string[]): Role => ({
  id, kind: 'role', source: '000', label: { id: idText, en }, description: { id: descId, en: descEn }, suggestedBy,
});

/** "Peran mitra dalam pembangunan kesehatan diharapkan dapat menjadi:" (12, seed 000). */
export const ROLES: readonly Role[] = [
  r('inisiator', 'Inisiator', 'Initiator',
    'Memprakarsai kemitraan dan mengidentifikasi calon mitra.', 'Starts the partnership and identifies prospective partners.',
    ['pemerintah.pengembangan-program', 'pemerintah.prioritas-anggaran', 'cso.program-delivery']),
  r('advokator', 'Advokator', 'Advocate',
    'Mengadvokasi pengambil kebijakan dan pemangku kepentingan agar mendukung program.', 'Advocates to policy makers and stakeholders for support of the program.',
    ['cso.advokasi-kampanye', 'cso.advokasi-kebijakan', 'swasta.advokasi-diseminasi']),
  r('katalisator', 'Katalisator', 'Catalyst',
    'Mempercepat proses dan pencapaian target program.', 'Speeds up the process and the reaching of program targets.',
    ['pemerintah.kebijakan-kmp', 'internasional.penguatan-organisasi', 'swasta.jaringan-value-chain']),
  r('fasilitator', 'Fasilitator', 'Facilitator',
    'Memfasilitasi pertemuan, proses dan hubungan antarmitra.', 'Facilitates meetings, processes and relations between partners.',
    ['akademisi.fasilitator-kemitraan', 'cso.fasilitator-kemitraan', 'internasional.fasilitator-kemitraan', 'akademisi.pendampingan-pemerintah']),
  r('donatur', 'Donatur', 'Donor',
    'Memberikan dukungan dana.', 'Provides funding.',
    ['pemerintah.prioritas-anggaran', 'swasta.dana-csr', 'internasional.dukungan-dana']),
  r('pendukung-sumber-daya', 'Pendukung sumber daya', 'Resource supporter',
    'Menyediakan tenaga, sarana, barang atau sumber daya lain.', 'Provides staff, facilities, goods or other resources.',
    ['pemerintah.dana-personalia', 'swasta.kemampuan-delivery', 'swasta.dana-csr', 'masyarakat.dukungan-lapangan', 'internasional.dukungan-dana']),
  r('penggerak-masyarakat', 'Penggerak masyarakat', 'Community mobiliser',
    'Menggerakkan masyarakat agar ikut serta dalam kegiatan.', 'Mobilises the community to take part in the activities.',
    ['masyarakat.sasaran-lokal', 'masyarakat.dukungan-lapangan', 'cso.pendampingan-capacity-building']),
  r('dinamisator', 'Dinamisator', 'Dynamiser',
    'Menjaga agar kemitraan tetap aktif dan berkelanjutan.', 'Keeps the partnership active and continuing.',
    ['cso.pemantauan-akuntabilitas', 'pemerintah.kebijakan-kmp', 'internasional.penguatan-organisasi']),
  r('komunikator', 'Komunikator', 'Communicator',
    'Menyampaikan informasi dan pesan kesehatan kepada masyarakat dan antarmitra.', 'Carries information and health messages to the public and between partners.',
    ['cso.diseminasi-informasi', 'swasta.advokasi-diseminasi', 'swasta.kerja-sama-pihak']),
  r('motivator', 'Motivator', 'Motivator',
    'Memotivasi mitra dan masyarakat untuk berperilaku hidup bersih dan sehat.', 'Motivates partners and the public towards clean and healthy living.',
    ['masyarakat.sasaran-lokal', 'cso.diseminasi-informasi', 'akademisi.pendidikan-tpb']),
  r('pembimbing-teknis', 'Pembimbing teknis', 'Technical adviser',
    'Memberikan bimbingan teknis, pelatihan dan pendampingan.', 'Gives technical guidance, training and mentoring.',
    ['akademisi.penguatan-kapasitas', 'akademisi.pendampingan-pemerintah', 'cso.pendampingan-capacity-building', 'swasta.penguatan-kapasitas', 'internasional.penguatan-kapasitas']),
  r('pengembang-model', 'Pengembang model promosi kesehatan', 'Health-promotion model developer',
    'Mengembangkan dan menguji model promosi kesehatan yang dapat direplikasi.', 'Develops and tests health-promotion models that can be replicated.',
    ['akademisi.penelitian-pemantauan', 'akademisi.provider-penelitian', 'cso.pemantauan-program']),
];

/** Sectors whose potentials suggest a role, for advice on roles nobody covers. */
export function sectorsForRole(roleId: string): string[] {
  const role = ROLES.find((r) => r.id === roleId);
  if (!role) return [];
  return SECTORS.filter((s) => s.potentials.some((p) => role.suggestedBy.includes(p.id))).map((s) => s.id);
}

/** Roles suggested by the potentials a partner brings (or by its whole sector when none are listed). */
export function rolesForPotentials(potentials: readonly string[]): string[] {
  return ROLES.filter((r) => r.suggestedBy.some((p) => potentials.includes(p))).map((r) => r.id);
}
