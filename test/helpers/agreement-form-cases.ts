/**
 * The signed agreement as a legal text and as the frame of the work plan (issue 12): each rule with plans it
 * must fire on and plans it must leave alone, one change to the complete example (Sumedang) at a time. Used by
 * test/rules-agreement-form.test.ts; rules.test.ts counts these as covered.
 */
import type { AgreementParty, Plan } from '../../src/plan/types.js';
import type { RuleCases } from './rule-tester.js';

const party = (p: Plan, id: string): AgreementParty => p.agreement!.parties!.find((x) => x.partner === id)!;
const activity = (p: Plan, id: string) => p.workplan!.activities!.find((a) => a.id === id)!;

export const AGREEMENT_FORM_CASES: Record<string, RuleCases> = {
  'agreement/no-authority': {
    invalid: [{ name: 'a signatory without an SK or surat kuasa', edit: (p) => { delete party(p, 'bjb').signatory!.authority; }, line: 'signatory:', message: ['bjb'] }],
    valid: [
      { name: 'the complete example', edit: () => {} },
      { name: 'a Keputusan asks nothing of its members', edit: (p) => { p.agreement!.form = 'sk-bupati'; p.agreement!.decree = { number: '188/1/2026', signatory: { name: 'Bupati' } }; delete party(p, 'bjb').signatory!.authority; } },
    ],
  },
  'agreement/acts-for-unit': {
    invalid: [{ name: 'a Kepala Dinas acting for the Dinas', edit: (p) => { delete party(p, 'dinkes').signatory!.actsFor; }, line: 'signatory:', message: ['dinkes'] }],
    valid: [
      { name: 'acting for the Pemerintah Kabupaten', edit: () => {} },
      { name: 'a private partner acts for itself', edit: (p) => { delete party(p, 'bjb').signatory!.actsFor; } },
    ],
  },
  'agreement/id-number-not-nip': {
    invalid: [{ name: 'a NIK in idNumber', edit: (p) => { party(p, 'bjb').signatory!.idNumber = '3211051203800002x'; }, line: 'idNumber' }],
    valid: [{ name: 'an 18-digit NIP', edit: () => {} }],
  },
  'agreement/decree-incomplete': {
    invalid: [{ name: 'an SK Bupati without its number and signatory', edit: (p) => { p.agreement!.form = 'sk-bupati'; }, line: 'form: sk-bupati', message: ['decree.number'] }],
    valid: [{ name: 'a Nota Kesepahaman needs no decree', edit: () => {} }],
  },
  'workplan/responsible-not-party': {
    invalid: [{ name: 'UNICEF (not a party) responsible for an activity', edit: (p) => { activity(p, 'pelatihan-kader').responsible = 'unicef'; }, line: 'responsible: unicef', message: ['pelatihan-kader', 'unicef'] }],
    valid: [{ name: 'every responsible partner is a party', edit: () => {} }],
  },
  'workplan/funder-not-party': {
    invalid: [{ name: 'UNICEF (not a party) funds an activity', edit: (p) => { activity(p, 'pelatihan-kader').budget!.fundedBy = 'unicef'; }, line: 'fundedBy: unicef', message: ['pelatihan-kader'] }],
    valid: [{ name: 'money from outside the parties has a source and no funder', edit: () => {} }],
  },
  'agreement/commitment-unbudgeted': {
    invalid: [{
      name: 'bjb promises CSR money no activity uses',
      edit: (p) => { activity(p, 'pmt-lokal').budget!.fundedBy = 'dinkes'; delete activity(p, 'pmt-lokal').budget!.items; },
      line: /bjb-csr/, message: ['bjb-csr'],
    }],
    valid: [{ name: 'every money commitment is budgeted', edit: () => {} }],
  },
  'workplan/budget-uncommitted': {
    invalid: [{ name: 'Aisyiyah funds an activity it never committed money to', edit: (p) => { activity(p, 'kelas-ibu').budget!.fundedBy = 'aisyiyah'; }, line: 'fundedBy: aisyiyah', message: ['aisyiyah'] }],
    valid: [{ name: 'each funder committed money', edit: () => {} }],
  },
  'workplan/budget-over-commitment': {
    invalid: [{ name: 'bjb funds more than it promised', edit: (p) => { p.goals!.partnerRoles!.find((r) => r.partner === 'bjb')!.contributions![0]!.amountIdr = 100_000_000; }, line: 'fundedBy: bjb', message: ['bjb'] }],
    valid: [{ name: 'budgets within commitments', edit: () => {} }],
  },
  'workplan/cost-items-mismatch': {
    invalid: [{ name: 'a cost line priced wrong', edit: (p) => { activity(p, 'pmt-lokal').budget!.items![1]!.unitPriceIdr = 300_000; }, line: 'items:', message: ['pmt-lokal'] }],
    valid: [{ name: '240 x 810.000 + 60 x 360.000 = 216.000.000', edit: () => {} }],
  },
  'agreement/personal-data-undeclared': {
    invalid: [{ name: 'a stunting programme that does not say whether child data flows', edit: (p) => { delete p.agreement!.personalData; }, line: 'agreement:' }],
    valid: [{ name: 'declared', edit: () => {} }, { name: 'declared false', edit: (p) => { p.agreement!.personalData = false; } }],
  },
};
