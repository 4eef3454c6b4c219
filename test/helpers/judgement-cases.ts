/**
 * The table of situations (from the guide, one change to the complete example at a time) for the rules that
 * judge partner status, signing and criteria thresholds. Used by test/rules-judgement.test.ts; rules.test.ts
 * counts these as covered.
 */
import type { Partner, Plan } from '../../src/plan/types.js';
import type { RuleCases } from './rule-tester.js';

const partner = (p: Plan, id: string): Partner => p.partners!.find((x) => x.id === id)!;
/** bjb leaves the monthly coordination meetings too (they run to the end of the year). */
const dropFromMeetings = (p: Plan, id: string) => {
  const a = p.workplan!.activities!.find((x) => x.id === 'rapat-koordinasi')!;
  a.who = a.who!.filter((x) => x !== id);
};
const allSignedUnsigned = (p: Plan) => {
  delete p.agreement!.signedDate;
  for (const x of p.partners!) if (x.status === 'signed') { x.status = 'committed'; delete x.statusDates!.signed; }
};

export const JUDGEMENT_CASES: Record<string, RuleCases> = {
  'partners/not-joined-carries': {
    invalid: [
      { name: 'an invited partner is responsible for an activity', edit: (p) => { const u = partner(p, 'unicef'); u.status = 'invited'; delete u.statusDates!.committed; }, line: /unicef/, message: ['unicef', 'orientasi-mitra', 'partners[5]'] },
      { name: 'a candidate pays for an activity', edit: (p) => { const b = partner(p, 'bjb'); b.status = 'candidate'; delete b.statusDates; p.agreement!.parties = p.agreement!.parties!.filter((x) => x.partner !== 'bjb'); }, line: 'fundedBy: bjb' },
    ],
    valid: [
      { name: 'the complete example (every doer has joined)', edit: () => {} },
      { name: 'an invited partner with expected roles but no activity', edit: (p) => { p.partners!.push({ id: 'pkk', name: 'TP PKK Kabupaten Sumedang', sector: 'masyarakat', status: 'invited', statusDates: { invited: '2026-10-01' } }); } },
    ],
  },
  'partners/withdrawn-carries': {
    invalid: [
      { name: 'a partner that withdrew still pays for and carries a later activity', edit: (p) => { const b = partner(p, 'bjb'); b.status = 'withdrawn'; b.statusDates!.withdrawn = '2026-06-01'; p.implementation!.log = p.implementation!.log!.filter((l) => l.activity !== 'pmt-lokal'); }, line: /responsible: forum-kader|- bjb|fundedBy: bjb/, message: ['bjb', '2026-06-01', 'pmt-lokal', '2026-09-30'] },
    ],
    valid: [
      { name: 'the partner withdrew after its activity ended', edit: (p) => { dropFromMeetings(p, 'bjb'); const b = partner(p, 'bjb'); b.status = 'withdrawn'; b.statusDates!.withdrawn = '2026-10-10'; } },
      { name: 'the activity was done before the partner withdrew', edit: (p) => { dropFromMeetings(p, 'bjb'); const b = partner(p, 'bjb'); b.status = 'withdrawn'; b.statusDates!.withdrawn = '2026-09-20'; p.implementation!.log!.find((l) => l.activity === 'pmt-lokal')!.date = '2026-09-15'; } },
      { name: 'the activity was cancelled', edit: (p) => { dropFromMeetings(p, 'bjb'); const b = partner(p, 'bjb'); b.status = 'withdrawn'; b.statusDates!.withdrawn = '2026-06-01'; p.implementation!.log!.find((l) => l.activity === 'pmt-lokal')!.status = 'cancelled'; } },
    ],
  },
  'goals/role-holder-not-joined': {
    invalid: [
      { name: 'the only donor is still invited', edit: (p) => { const b = partner(p, 'bjb'); b.status = 'invited'; b.statusDates = { invited: '2025-11-20' }; }, line: '- donatur', message: ['donatur', 'bjb'] },
    ],
    valid: [
      { name: 'another holder of the role has joined', edit: (p) => { const b = partner(p, 'bjb'); b.status = 'invited'; b.statusDates = { invited: '2025-11-20' }; p.goals!.partnerRoles![0]!.roles.push('donatur'); } },
    ],
  },
  'implementation/delivery-not-joined': {
    invalid: [
      { name: 'delivered before the partner committed', edit: (p) => { partner(p, 'unicef').statusDates!.committed = '2026-04-01'; }, line: 'date: 2026-03-12', message: ['unicef', '2026-03-12'] },
      { name: 'delivered after the partner withdrew', edit: (p) => { const u = partner(p, 'unicef'); u.status = 'withdrawn'; u.statusDates!.withdrawn = '2026-03-01'; }, line: 'date: 2026-03-12', message: ['statusDates.withdrawn'] },
    ],
    valid: [{ name: 'delivered after committing', edit: () => {} }],
  },
  'implementation/meeting-after-withdrawal': {
    invalid: [
      { name: 'listed at a meeting after withdrawing', edit: (p) => { const u = partner(p, 'unicef'); u.status = 'withdrawn'; u.statusDates!.withdrawn = '2026-07-01'; }, line: '- unicef', message: ['2026-08-04', '2026-07-01'] },
    ],
    valid: [
      { name: 'meetings before the withdrawal', edit: (p) => { const u = partner(p, 'unicef'); u.status = 'withdrawn'; u.statusDates!.withdrawn = '2026-08-10'; } },
      { name: 'an invited partner at a preparatory meeting', edit: (p) => { p.implementation!.meetings!.unshift({ date: '2025-12-15', topic: 'Penjajakan', attendees: ['dinkes', 'unicef'] }); } },
    ],
  },
  'implementation/log-partner-not-joined': {
    invalid: [
      // UNICEF (not a party) carries the training in this case only: the example makes a party responsible (issue 12).
      { name: 'work logged before the responsible partner committed', edit: (p) => { p.workplan!.activities!.find((a) => a.id === 'pelatihan-kader')!.responsible = 'unicef'; partner(p, 'unicef').statusDates!.committed = '2026-03-20'; }, line: 'date: 2026-03-12', message: ['pelatihan-kader', 'unicef'] },
    ],
    valid: [{ name: 'work logged by joined partners', edit: () => {} }],
  },
  'agreement/party-withdrawn': {
    invalid: [
      { name: 'a party withdrew', edit: (p) => { const a = partner(p, 'aisyiyah'); a.status = 'withdrawn'; a.statusDates!.withdrawn = '2026-06-01'; }, line: 'partner: aisyiyah', message: ['2026-06-01', 'partners[2].statusDates.withdrawn'] },
    ],
    valid: [{ name: 'all parties active', edit: () => {} }],
  },
  'agreement/party-not-committed-at-signing': {
    invalid: [
      { name: 'a party committed only after the signing', edit: (p) => { const u = partner(p, 'unpad'); u.status = 'committed'; u.statusDates = { invited: '2025-11-20', committed: '2026-02-01' }; }, line: 'partner: unpad', message: ['2026-01-15', 'agreement.signedDate'] },
    ],
    valid: [{ name: 'every party committed before signing', edit: () => {} }],
  },
  'agreement/party-not-joined': {
    invalid: [
      { name: 'a draft agreement lists a partner still invited', edit: (p) => { allSignedUnsigned(p); const u = partner(p, 'unpad'); u.status = 'invited'; u.statusDates = { invited: '2025-11-20' }; }, line: 'partner: unpad' },
    ],
    valid: [{ name: 'a draft agreement whose parties all committed', edit: allSignedUnsigned }],
  },
  'partners/signed-without-agreement-date': {
    invalid: [
      { name: 'partners marked signed, agreement undated', edit: (p) => { delete p.agreement!.signedDate; }, line: 'agreement:', count: 1, message: ['dinkes'] },
    ],
    valid: [
      { name: 'signed partners and a signing date', edit: () => {} },
      { name: 'committed partners and no signing date', edit: allSignedUnsigned },
    ],
  },
  'partners/signed-date-differs': {
    invalid: [
      { name: 'a partner signed on another day', edit: (p) => { partner(p, 'unpad').statusDates!.signed = '2026-01-16'; }, line: 'signed: 2026-01-16', message: ['2026-01-15'] },
    ],
    valid: [{ name: 'the same day', edit: () => {} }],
  },
  'partners/status-date-future': {
    invalid: [
      { name: 'a commitment dated after today', edit: (p) => { partner(p, 'unicef').statusDates!.committed = '2026-12-01'; }, line: 'committed: 2026-12-01', message: ['2026-11-22'] },
    ],
    valid: [{ name: 'all status dates in the past', edit: () => {} }],
  },
  'partners/status-behind-dates': {
    invalid: [
      { name: 'status committed with a signing date recorded', edit: (p) => { partner(p, 'unicef').statusDates!.signed = '2026-03-01'; }, line: 'status: committed', message: ['2026-03-01'] },
      { name: 'status signed with a withdrawal date recorded', edit: (p) => { partner(p, 'bjb').statusDates!.withdrawn = '2026-10-20'; }, line: 'status: signed' },
    ],
    valid: [{ name: 'a withdrawn partner keeps its earlier dates', edit: (p) => { const b = partner(p, 'bjb'); b.status = 'withdrawn'; b.statusDates!.withdrawn = '2026-10-20'; } }],
  },
  'partners/status-dates-order': {
    invalid: [
      { name: 'withdrawn before committed', edit: (p) => { const b = partner(p, 'bjb'); b.status = 'withdrawn'; b.statusDates = { invited: '2025-11-20', committed: '2025-12-20', withdrawn: '2025-12-01' }; }, line: 'withdrawn: 2025-12-01' },
    ],
    valid: [{ name: 'in order', edit: () => {} }],
  },
  'implementation/before-agreement': {
    invalid: [
      { name: 'an activity carried out before signing', edit: (p) => { p.implementation!.log![0]!.date = '2026-01-10'; }, line: 'date: 2026-01-10', message: ['2026-01-15', 'agreement.signedDate'] },
      { name: 'a contribution delivered before signing', edit: (p) => { p.implementation!.deliveries![1]!.date = '2026-01-05'; }, line: 'date: 2026-01-05' },
    ],
    valid: [
      { name: 'a preparatory meeting before signing', edit: (p) => { p.implementation!.meetings!.unshift({ date: '2025-12-15', topic: 'Penyamaan persepsi', attendees: ['dinkes', 'unpad'] }); } },
      { name: 'a coordination activity before signing', edit: (p) => { p.implementation!.log!.push({ activity: 'rapat-koordinasi', date: '2026-01-06', status: 'done' }); } },
      { name: 'the agreement not signed yet (said once at the agreement instead)', edit: allSignedUnsigned },
    ],
  },
  'implementation/agreement-unsigned': {
    invalid: [
      { name: 'work logged, agreement not signed: one finding', edit: allSignedUnsigned, line: 'agreement:', count: 1, message: ['13', '2026-02-03'] },
    ],
    valid: [
      { name: 'signed', edit: () => {} },
      { name: 'only meetings so far', edit: (p) => { allSignedUnsigned(p); p.implementation = { meetings: p.implementation!.meetings! }; } },
    ],
  },
  'idea/criteria-mostly-unmet': {
    invalid: [
      { name: 'every criterion partial', edit: (p) => { for (const k of Object.keys(p.idea!.criteria!)) p.idea!.criteria![k] = 'partial'; }, line: 'criteria:', message: ['0', '10', '5'] },
    ],
    valid: [
      { name: 'half met', edit: (p) => { Object.keys(p.idea!.criteria!).slice(0, 5).forEach((k) => { p.idea!.criteria![k] = 'partial'; }); } },
      { name: 'few assessed yet (that is criteria-unassessed)', edit: (p) => { p.idea!.criteria = { 'relevan-visi-misi': 'met' }; } },
    ],
  },
  'readiness/criteria-mostly-unmet': {
    invalid: [
      { name: 'most criteria unmet or partial', edit: (p) => { Object.keys(p.readiness!.criteria!).slice(0, 7).forEach((k, i) => { p.readiness!.criteria![k] = i % 2 ? 'unmet' : 'partial'; }); }, line: 'criteria:' },
    ],
    valid: [{ name: 'all met', edit: () => {} }],
  },
  'partners/criteria-mostly-unmet': {
    invalid: [
      { name: 'a partner with every criterion partial', edit: (p) => { const u = partner(p, 'unpad'); for (const k of Object.keys(u.criteria!)) u.criteria![k] = 'partial'; }, line: 'criteria:', message: ['unpad'] },
    ],
    valid: [{ name: 'mostly met', edit: () => {} }],
  },
  'partners/joined-unassessed': {
    invalid: [
      { name: 'a signed partner never assessed', edit: (p) => { delete partner(p, 'unpad').criteria; }, line: '- id: unpad', message: ['unpad', '13'] },
    ],
    valid: [
      { name: 'a candidate not assessed yet (an info, criteria-unassessed)', edit: (p) => { p.partners!.push({ id: 'pkk', name: 'TP PKK', sector: 'masyarakat', status: 'candidate' }); } },
      { name: 'a signed partner partly assessed (criteria-unassessed)', edit: (p) => { delete partner(p, 'unpad').criteria!['fleksibel']; } },
    ],
  },
};
