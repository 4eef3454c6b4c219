/**
 * A whole plan answered through the fake prompter, question by question (ids as the wizard asks them).
 * Questions not named here get what Enter gives. Used by the in-process step and command tests.
 */
import { IDEA_CRITERIA, PARTNER_CRITERIA, READINESS_CRITERIA } from '../../src/guide/criteria.js';
import { many } from './fake-prompter.js';

export const ALL_IDEA = IDEA_CRITERIA.map((c) => c.id);
export const ALL_PARTNER = PARTNER_CRITERIA.map((c) => c.id);
export const ALL_READINESS = READINESS_CRITERIA.map((c) => c.id);

export function fullScript(): Record<string, unknown> {
  return {
    // basics
    program: 'stunting',
    'region.province': 'Jawa Barat',
    'region.regency': 'Kabupaten Sumedang',
    'region.district': 'Sumedang Utara',
    'dates.start': '2026-01-01',
    'dates.end': '2026-12-31',
    // 1 idea
    'idea.problem': 'Prevalensi stunting 22,4% (SSGI 2024)',
    'idea.target': 'Turun menjadi 18% pada akhir 2026',
    'idea.criteria.met': ALL_IDEA,
    'idea.criteria.addNotes': true,
    'idea.criteria.notes': ['payung-hukum'],
    'idea.criteria.payung-hukum.note': 'Perpres 72/2021',
    // 2 partners: the initiator first, then two more
    'partners.needs': ['donatur', 'pembimbing-teknis'],
    'partners.initiator': true,
    'partners.name': many('Dinas Kesehatan Kabupaten Sumedang', 'Fakultas Kedokteran Universitas Padjadjaran', 'PT Bank BJB Cabang Sumedang'),
    'partners.id': many('dinkes', 'unpad', 'bjb'),
    'partners.address': many('Jl. Kutamaya No. 21, Sumedang', 'Jl. Ir. Soekarno km. 21, Jatinangor', 'Jl. Prabu Geusan Ulun No. 41, Sumedang'),
    'partners.sector': many('pemerintah', 'akademisi', 'swasta'),
    'partners.potentials': many(['pemerintah.prioritas-anggaran', 'pemerintah.dana-personalia'], ['akademisi.penguatan-kapasitas'], ['swasta.dana-csr']),
    'partners.status': many('committed', 'committed', 'candidate'),
    'partners.statusDates.committed': many('2025-12-01', '2025-12-10'),
    'partners.criteria.met': many(ALL_PARTNER, ALL_PARTNER, ALL_PARTNER),
    'partners.add': many(true, true, false),
    // 3 goals
    'goals.general': 'Mempercepat penurunan stunting di Kabupaten Sumedang',
    'goals.specific.add': many(true, false),
    'goals.specific.text': '100% baduta di desa lokus ditimbang setiap bulan',
    'goals.specific.roles': ['donatur'],
    'goals.partnerRoles.contributions.add': many(true, false, true, false, true, false),
    'goals.partnerRoles.contributions.type': many('dana', 'keahlian', 'dana'),
    'goals.partnerRoles.contributions.description': many('Dana BOK untuk posyandu', 'Kajian model edukasi gizi', 'Dana CSR untuk PMT lokal'),
    'goals.partnerRoles.contributions.amountIdr': many('150.000.000', '40.000.000', '250000000'),
    'goals.partnerRoles.benefit': many('Capaian SPM', 'Lokasi penelitian', 'Laporan TJSL terukur'),
    // 4 readiness
    'readiness.criteria.met': ALL_READINESS,
    'readiness.team.add': many(true, false),
    'readiness.team.name': 'dr. Rina Kartikasari',
    // 5 agreement
    'agreement.form': 'nota-kesepahaman',
    'agreement.parties.signatory.name': many('dr. H. Ahmad Fauzi', 'Prof. Siti Rahmawati'),
    'agreement.parties.signatory.position': many('Kepala Dinas Kesehatan', 'Dekan Fakultas Kedokteran'),
    // Each signatory's authority; the Kepala Dinas acts for the regency (offered by the wizard, Enter takes it),
    // and personal data flows (offered as "ya" for stunting, Enter takes it).
    'agreement.parties.signatory.authority.kind': many('sk', 'surat-kuasa'),
    'agreement.parties.signatory.authority.issuedBy': many('Bupati Sumedang', 'Rektor Universitas Padjadjaran'),
    'agreement.parties.signatory.authority.number': many('821.2/Kep.45-BKPSDM/2024', '1234/UN6.RKT/KP/2025'),
    'agreement.parties.signatory.authority.date': many('2024-03-04', '2025-11-03'),
    'agreement.scope.item': many('Edukasi gizi keluarga', 'Penguatan kapasitas kader', ''),
    // 6 workplan
    'workplan.mechanism': 'Sekretariat di Dinas Kesehatan; rapat koordinasi bulanan; laporan mitra tiap tanggal 5',
    'workplan.plannedMeetingsPerMonth': '1',
    'workplan.activities.add': many(true, true, false),
    'workplan.activities.kind': many('peningkatan-kapasitas', 'program'),
    'workplan.activities.what': many('Orientasi program bagi para mitra', 'Kelas ibu hamil di desa lokus'),
    'workplan.activities.why': many('Menyamakan persepsi', 'Meningkatkan pengetahuan gizi'),
    'workplan.activities.who': many(['dinkes', 'unpad'], ['dinkes']),
    'workplan.activities.where': many('Aula Dinas Kesehatan', 'Posyandu desa lokus'),
    'workplan.activities.when.start': many('2026-02-03', '2026-03-01'),
    'workplan.activities.how': many('Paparan dan diskusi', 'Ceramah dan demo masak'),
    'workplan.activities.targetGroup': many('Perwakilan seluruh mitra', 'Ibu hamil di desa lokus'),
    // The Dinkes money committed in step 3 is budgeted here (check compares commitments with the budget).
    'workplan.activities.budget.amountIdr': many('15.000.000', '90.000.000'),
    'workplan.activities.budget.source': many('APBD', 'BOK'),
    'workplan.activities.budget.fundedBy': many('dinkes', 'dinkes'),
    // 7 implementation: skipped while planning
    'implementation.gate': 'skip',
    // 8 monitoring
    'monitoring.indicators.input.pick': ['input.partners_joined'],
    'monitoring.indicators.input.baseline': '0',
    'monitoring.indicators.input.target': '3',
    'monitoring.indicators.process.pick': ['process.meetings_held'],
    'monitoring.indicators.process.target': '11',
    'monitoring.indicators.output.pick': ['output.target_achievement'],
    'monitoring.indicators.output.target': '100',
    'monitoring.indicators.outcome.add': many(true, false),
    'monitoring.indicators.outcome.name': 'Prevalensi stunting balita',
    'monitoring.indicators.outcome.direction': 'decrease',
    'monitoring.indicators.outcome.baseline': '22,4',
    'monitoring.indicators.outcome.target': '18',
  };
}

/**
 * The partners' own assessment (kemitraan assess) is made outside the wizard, after signing: its info is off in
 * whole-plan wizard tests, which check that no other rule gives any finding at all.
 */
import type { RuleConfig } from '../../src/check/engine.js';

export const OUTSIDE_THE_WIZARD: RuleConfig = {
  rules: { 'monitoring/no-assessment': 'off' },
};
