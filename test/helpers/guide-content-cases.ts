/**
 * Situations for the rules that read what 0.1 ignored: target group and mechanism (step 6), the initiator as a
 * party and the SK of the right head of region (step 5), indicator classes (step 8), money and transparency,
 * organisation types, and the principles read from the plan.
 */
import type { Partner, Plan } from '../../src/plan/types.js';
import type { RuleCases } from './rule-tester.js';

const partner = (p: Plan, id: string): Partner => p.partners!.find((x) => x.id === id)!;
const activity = (p: Plan, id: string) => p.workplan!.activities!.find((a) => a.id === id)!;

export const GUIDE_CONTENT_CASES: Record<string, RuleCases> = {
  'workplan/no-target-group': {
    invalid: [{ name: 'an activity without its sasaran', edit: (p) => { delete activity(p, 'kelas-ibu').targetGroup; }, line: 'id: kelas-ibu', message: ['kelas-ibu'] }],
    valid: [{ name: 'every activity names its target group', edit: () => {} }],
  },
  'workplan/no-mechanism': {
    invalid: [{ name: 'activities but no network mechanism', edit: (p) => { delete p.workplan!.mechanism; }, line: 'workplan:' }],
    valid: [
      { name: 'a mechanism', edit: () => {} },
      { name: 'step 6 not started', edit: (p) => { delete p.workplan; delete p.implementation; delete p.monitoring; } },
    ],
  },
  'agreement/initiator-not-party': {
    invalid: [
      { name: 'the initiator left out of the parties', edit: (p) => { p.agreement!.parties = p.agreement!.parties!.filter((x) => x.partner !== 'dinkes'); }, line: 'parties:', message: ['Dinas Kesehatan Kabupaten Sumedang', 'initiator.partner'] },
      { name: 'the initiator is not among the partners at all', edit: (p) => { delete p.initiator.partner; }, line: 'parties:' },
    ],
    valid: [{ name: 'the initiator signs', edit: () => {} }],
  },
  'agreement/sk-region-mismatch': {
    invalid: [
      { name: 'SK Walikota in a kabupaten', edit: (p) => { p.agreement!.form = 'sk-walikota'; }, line: 'form: sk-walikota', message: ['Kabupaten Sumedang', 'sk-bupati', 'region.regency'] },
      { name: 'SK Bupati in a kota', edit: (p) => { p.agreement!.form = 'sk-bupati'; p.region.regency = 'Kota Bandung'; }, line: 'form: sk-bupati', message: ['sk-walikota'] },
    ],
    valid: [
      { name: 'SK Bupati in a kabupaten', edit: (p) => { p.agreement!.form = 'sk-bupati'; } },
      { name: 'SK Walikota in a kota', edit: (p) => { p.agreement!.form = 'sk-walikota'; p.region.regency = 'Kota Makassar'; } },
      { name: 'a Nota Kesepahaman in a kota', edit: (p) => { p.region.regency = 'Kota Makassar'; } },
      { name: 'a regency name without Kabupaten/Kota', edit: (p) => { p.agreement!.form = 'sk-walikota'; p.region.regency = 'Sumedang'; } },
    ],
  },
  'agreement/sk-camat-no-district': {
    invalid: [{ name: 'SK Camat without a kecamatan', edit: (p) => { p.agreement!.form = 'sk-camat'; delete p.region.district; }, line: 'form: sk-camat' }],
    valid: [{ name: 'SK Camat with its kecamatan', edit: (p) => { p.agreement!.form = 'sk-camat'; } }],
  },
  'monitoring/ref-class-mismatch': {
    invalid: [{ name: 'a process-class indicator measuring partners joined', edit: (p) => { p.monitoring!.indicators![0]!.class = 'process'; }, line: 'class: process', message: ['mitra-bergabung', 'input.partners_joined', 'input'] }],
    valid: [
      { name: 'classes match their references', edit: () => {} },
      { name: 'an indicator without a reference', edit: (p) => { delete p.monitoring!.indicators![0]!.ref; p.monitoring!.indicators![0]!.class = 'input'; } },
    ],
  },
  // Funders that are parties are judged by agreement-form.ts (issue 12); these rules judge the others.
  'workplan/budget-funder-no-money': {
    invalid: [{ name: 'a funder (not a party) that committed no Rupiah', edit: (p) => { activity(p, 'kelas-ibu').budget!.fundedBy = 'unicef'; delete p.goals!.partnerRoles!.find((e) => e.partner === 'unicef')!.contributions![0]!.amountIdr; }, line: 'fundedBy: unicef', message: ['unicef', 'kelas-ibu'] }],
    valid: [
      { name: 'funders backed by their commitments', edit: () => {} },
      { name: 'a party that committed no Rupiah (the agreement rules say it)', edit: (p) => { activity(p, 'kelas-ibu').budget!.fundedBy = 'aisyiyah'; } },
    ],
  },
  'workplan/budget-above-commitment': {
    invalid: [{ name: 'more budget than the funder (not a party) committed', edit: (p) => { activity(p, 'kelas-ibu').budget!.fundedBy = 'unicef'; activity(p, 'kelas-ibu').budget!.amountIdr = 90_000_000; }, line: 'fundedBy: unicef', message: ['unicef', '90', '75', 'goals.partnerRoles[5]'] }],
    valid: [
      { name: 'within the commitment', edit: (p) => { activity(p, 'kelas-ibu').budget!.fundedBy = 'unicef'; } },
      { name: 'exactly the commitment', edit: (p) => { activity(p, 'kelas-ibu').budget!.fundedBy = 'unicef'; activity(p, 'kelas-ibu').budget!.amountIdr = 75_000_000; } },
      { name: 'a party over its commitment (the agreement rules say it)', edit: (p) => { activity(p, 'pmt-lokal').budget!.amountIdr = 300_000_000; } },
    ],
  },
  'implementation/delivery-above-commitment': {
    invalid: [
      { name: '208% of a money commitment delivered', edit: (p) => { p.implementation!.deliveries!.find((d) => d.contribution === 'bjb-csr')!.amountIdr = 520_000_000; }, line: 'partner: bjb', message: ['208', 'bjb-csr'] },
      { name: 'more people than committed', edit: (p) => { p.implementation!.deliveries!.find((d) => d.contribution === 'kader-posyandu')!.quantity = 75; }, line: 'partner: forum-kader', message: ['75 orang', '60 orang'] },
    ],
    valid: [
      { name: 'deliveries within the commitments', edit: () => {} },
      { name: 'delivered in two parts that add up to the commitment', edit: (p) => { p.implementation!.deliveries!.push({ partner: 'dinkes', contribution: 'dinkes-dana', date: '2026-09-30', amountIdr: 60_000_000 }); } },
    ],
  },
  'partners/organisation-type-other': {
    invalid: [{ name: '"lainnya" without saying what', edit: (p) => { partner(p, 'unpad').organisationType = 'lainnya'; }, line: 'organisationType: lainnya', message: ['unpad'] }],
    valid: [{ name: '"lainnya" with its description', edit: (p) => { const u = partner(p, 'unpad'); u.organisationType = 'lainnya'; u.organisationTypeOther = 'Lembaga penelitian'; } }],
  },
  'goals/no-benefit': {
    invalid: [{ name: 'a partner without roles states no benefit either', edit: (p) => { const e = p.goals!.partnerRoles!.find((x) => x.partner === 'unicef')!; e.roles = []; delete e.benefit; }, line: 'partner: unicef' }],
    valid: [{ name: 'a withdrawn partner', edit: (p) => { const u = partner(p, 'unicef'); u.status = 'withdrawn'; u.statusDates!.withdrawn = '2026-10-01'; delete p.goals!.partnerRoles!.find((x) => x.partner === 'unicef')!.benefit; } }],
  },
  'principles/equity-activities': {
    invalid: [{ name: 'one partner responsible for nearly everything', edit: (p) => { for (const a of p.workplan!.activities!) { a.responsible = 'dinkes'; if (!a.who!.includes('dinkes')) a.who!.push('dinkes'); } }, line: 'activities:', message: ['dinkes', '6'] }],
    valid: [{ name: 'responsibility shared', edit: () => {} }],
  },
  'principles/equity-roles': {
    invalid: [{ name: 'one partner holding most roles', edit: (p) => { p.goals!.partnerRoles![0]!.roles.push('advokator', 'katalisator', 'donatur', 'dinamisator', 'komunikator', 'motivator', 'pembimbing-teknis', 'penggerak-masyarakat', 'pengembang-model', 'pendukung-sumber-daya'); p.goals!.partnerRoles![0]!.roles = [...new Set(p.goals!.partnerRoles![0]!.roles)]; }, line: /roles:|- inisiator/, message: ['dinkes'] }],
    valid: [{ name: 'roles spread over the partners', edit: () => {} }],
  },
  'principles/partner-commits-nothing': {
    invalid: [{ name: 'a signed partner that commits nothing', edit: (p) => { delete p.goals!.partnerRoles!.find((e) => e.partner === 'aisyiyah')!.contributions; }, line: 'partner: aisyiyah', message: ['aisyiyah'] }],
    valid: [
      { name: 'every joined partner contributes', edit: () => {} },
      { name: 'an invited partner with no contribution yet', edit: (p) => { const u = partner(p, 'unicef'); u.status = 'invited'; delete u.statusDates!.committed; delete p.goals!.partnerRoles!.find((e) => e.partner === 'unicef')!.contributions; } },
    ],
  },
  'principles/budget-undisclosed': {
    invalid: [{ name: 'a budget that does not say where the money comes from', edit: (p) => { delete activity(p, 'kelas-ibu').budget!.source; }, line: /budget:|amountIdr/, message: ['kelas-ibu'] }],
    valid: [
      { name: 'every budget names its source', edit: () => {} },
      { name: 'money from outside the partnership (a source, no funding partner)', edit: (p) => { delete activity(p, 'kelas-ibu').budget!.fundedBy; } },
    ],
  },
};
