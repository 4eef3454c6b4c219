/**
 * Each readiness rule fires on a plan that breaks it, points at the offending node, and stays quiet on the
 * complete example. Plans are the example with one thing changed.
 */
import { describe, expect, test } from '@jest/globals';
import type { Plan } from '../src/plan/types.js';
import { RULE_IDS, type RuleId } from '../src/guide/messages/rules.js';
import { RULE_SEVERITIES } from '../src/commands/rules.js';
import { checkPlan, checkText, lineOf, planText } from './helpers/plans.js';
import { JUDGEMENT_CASES } from './helpers/judgement-cases.js';
import { GUIDE_CONTENT_CASES } from './helpers/guide-content-cases.js';
import { AGREEMENT_FORM_CASES } from './helpers/agreement-form-cases.js';

function findingsOf(edit: (p: Plan) => void, ruleId: string) {
  const { result, text } = checkPlan(edit);
  const hits = result.findings.filter((f) => f.ruleId === ruleId);
  return { hits, text, all: result.findings };
}

describe('the complete example', () => {
  test('has no findings and every step complete', () => {
    // With the partners' assessments named (their files are read by the command, not by these pure rules).
    const r = checkText(planText((p) => { p.monitoring!.assessments = ['penilaian/']; }));
    expect(r.findings).toEqual([]);
    expect(r.summary?.map((s) => s.status)).toEqual(Array(8).fill('complete'));
  });
});

type Case = [ruleId: RuleId, edit: (p: Plan) => void, lineContains: string | RegExp];

const cases: Case[] = [
  ['plan/program-name', (p) => { p.program = 'lainnya'; }, 'program: lainnya'],
  ['plan/dates-order', (p) => { p.dates!.end = '2025-01-01'; }, 'end: 2025-01-01'],
  ['plan/initiator-partner', (p) => { p.initiator.partner = 'nobody'; }, 'partner: nobody'],
  ['region/province-unknown', (p) => { p.region.province = 'Jawa Barta'; }, 'province: Jawa Barta'],
  ['region/regency-unknown', (p) => { p.region.regency = 'Kabupaten Sumednag'; }, 'regency: Kabupaten Sumednag'],
  ['region/regency-province', (p) => { p.region.regency = 'Kabupaten Gianyar'; }, 'regency: Kabupaten Gianyar'],
  ['region/code-format', (p) => { p.region.regencyCode = 32.1; }, 'regencyCode: 32.1'],
  ['region/code-unknown', (p) => { p.region.regencyCode = '32.99'; }, 'regencyCode: "32.99"'],
  ['region/code-mismatch', (p) => { p.region.provinceCode = '33'; }, 'provinceCode: "33"'],
  ['region/code-missing', (p) => { delete p.region.regencyCode; }, 'region:'],
  ['idea/incomplete', (p) => { delete p.idea!.target; }, 'idea:'],
  ['idea/criteria-unassessed', (p) => { delete p.idea!.criteria!['uji-coba']; }, 'criteria:'],
  ['idea/criterion-unmet', (p) => { p.idea!.criteria!['teknologi'] = 'unmet'; }, 'teknologi: unmet'],
  ['partners/none', (p) => { p.partners = []; }, 'partners: []'],
  ['partners/duplicate-id', (p) => { p.partners![2]!.id = 'unpad'; }, 'id: unpad'],
  ['partners/potential-sector', (p) => { p.partners![1]!.potentials!.push('swasta.dana-csr'); }, 'swasta.dana-csr'],
  ['partners/criteria-unassessed', (p) => { delete p.partners![1]!.criteria!['fleksibel']; }, 'criteria:'],
  ['partners/criterion-unmet', (p) => { p.partners![4]!.criteria!['fleksibel'] = 'unmet'; }, 'fleksibel: unmet'],
  ['partners/status-dates-order', (p) => { p.partners![1]!.statusDates!.signed = '2025-11-01'; }, 'signed: 2025-11-01'],
  ['partners/single-sector', (p) => { for (const x of p.partners!) x.sector = 'pemerintah'; p.partners!.forEach((x) => { x.potentials = []; }); }, 'partners:'],
  ['goals/incomplete', (p) => { delete p.goals!.general; }, 'goals:'],
  ['goals/unknown-partner', (p) => { p.goals!.partnerRoles![0]!.partner = 'ghost'; }, 'partner: ghost'],
  ['goals/duplicate-partner', (p) => { p.goals!.partnerRoles![1]!.partner = 'dinkes'; }, 'partner: dinkes'],
  ['goals/partner-without-role', (p) => { p.goals!.partnerRoles = p.goals!.partnerRoles!.filter((e) => e.partner !== 'aisyiyah'); }, '- id: aisyiyah'],
  ['goals/no-benefit', (p) => { delete p.goals!.partnerRoles![3]!.benefit; }, '- partner: forum-kader'],
  ['goals/role-uncovered', (p) => { p.goals!.requiredRoles!.push('advokator'); }, '- advokator'],
  ['goals/duplicate-contribution', (p) => { p.goals!.partnerRoles![1]!.contributions![0]!.id = 'dinkes-dana'; }, 'id: dinkes-dana'],
  ['goals/money-without-amount', (p) => { delete p.goals!.partnerRoles![4]!.contributions![0]!.amountIdr; }, 'id: bjb-csr'],
  ['readiness/criteria-unassessed', (p) => { delete p.readiness!.criteria!['fleksibel']; }, 'criteria:'],
  ['readiness/criterion-unmet', (p) => { p.readiness!.criteria!['kekompakan'] = 'unmet'; }, 'kekompakan: unmet'],
  ['agreement/incomplete', (p) => { delete p.agreement!.subject; }, 'agreement:'],
  ['agreement/party-not-partner', (p) => { p.agreement!.parties![2]!.partner = 'pkk'; }, 'partner: pkk'],
  ['agreement/party-withdrawn', (p) => { p.partners![2]!.status = 'withdrawn'; }, 'partner: aisyiyah'],
  ['agreement/signed-partner-not-party', (p) => { p.partners![5]!.status = 'signed'; }, 'status: signed'],
  ['agreement/too-few-parties', (p) => { p.agreement!.parties = p.agreement!.parties!.slice(0, 1); }, 'parties:'],
  ['agreement/party-no-address', (p) => { delete p.partners![1]!.address; }, '- id: unpad'],
  ['agreement/no-signatory', (p) => { delete p.agreement!.parties![1]!.signatory; }, '- partner: unpad'],
  ['workplan/incomplete', (p) => { p.workplan!.activities = []; }, 'workplan:'],
  ['workplan/duplicate-activity', (p) => { p.workplan!.activities![1]!.id = 'orientasi-mitra'; }, 'id: orientasi-mitra'],
  ['workplan/missing-5w1h', (p) => { delete p.workplan!.activities![3]!.where; delete p.workplan!.activities![3]!.how; }, 'id: kelas-ibu'],
  ['workplan/no-responsible', (p) => { delete p.workplan!.activities![0]!.responsible; }, 'id: orientasi-mitra'],
  ['workplan/unknown-partner', (p) => { p.workplan!.activities![0]!.who!.push('dinsos'); }, '- dinsos'],
  ['workplan/responsible-not-in-who', (p) => { p.workplan!.activities![0]!.responsible = 'bjb'; }, 'responsible: bjb'],
  ['workplan/unknown-goal', (p) => { p.workplan!.activities![1]!.goals = ['t9']; }, '- t9'],
  ['workplan/no-capacity-building', (p) => { for (const a of p.workplan!.activities!) if (a.kind === 'peningkatan-kapasitas') a.kind = 'program'; }, 'activities:'],
  ['workplan/no-coordination', (p) => { for (const a of p.workplan!.activities!) if (a.kind === 'koordinasi') a.kind = 'program'; delete p.workplan!.plannedMeetingsPerMonth; }, 'activities:'],
  ['workplan/outside-period', (p) => { p.workplan!.activities![0]!.when!.start = '2025-12-01'; }, 'start: 2025-12-01'],
  ['implementation/before-agreement', (p) => { p.implementation!.log![0]!.date = '2026-01-10'; }, 'date: 2026-01-10'],
  ['implementation/unknown-activity', (p) => { p.implementation!.log![0]!.activity = 'senam-sehat'; }, 'activity: senam-sehat'],
  ['implementation/unknown-partner', (p) => { p.implementation!.deliveries![0]!.partner = 'baznas'; }, 'partner: baznas'],
  ['implementation/unknown-contribution', (p) => { p.implementation!.deliveries![0]!.contribution = 'bjb-csr'; }, 'contribution: bjb-csr'],
  ['implementation/future-date', (p) => { p.implementation!.log![1]!.date = '2027-01-05'; }, 'date: 2027-01-05'],
  ['monitoring/missing-class', (p) => { p.monitoring!.indicators = p.monitoring!.indicators!.filter((i) => i.class !== 'input'); }, 'indicators:'],
  ['monitoring/no-target', (p) => { delete p.monitoring!.indicators!.find((i) => i.id === 'baduta-ditimbang')!.target; }, 'id: baduta-ditimbang'],
  ['monitoring/duplicate-indicator', (p) => { p.monitoring!.indicators![2]!.id = 'mitra-bergabung'; }, 'id: mitra-bergabung'],
  ['monitoring/no-schedule', (p) => { delete p.monitoring!.schedule; }, 'monitoring:'],
  ['monitoring/questions-unanswered', (p) => { delete p.monitoring!.questions!['permasalahan']; }, 'questions:'],
  ['monitoring/no-assessment', () => {}, 'monitoring:'],
];

describe('each rule fires where the problem is', () => {
  test.each(cases)('%s', (ruleId, edit, lineContains) => {
    const { hits, text } = findingsOf(edit, ruleId);
    expect(hits.length).toBeGreaterThan(0);
    const hit = hits[0]!;
    expect(hit.severity).toBe(RULE_SEVERITIES[ruleId]);
    expect(hit.message).not.toMatch(/\{\w+\}|undefined/);
    expect(hit.hint).not.toMatch(/\{\w+\}|undefined/);
    const line = lineOf(text, hit.line);
    if (typeof lineContains === 'string') expect(line).toContain(lineContains);
    else expect(line).toMatch(lineContains);
  });

  test('every readiness rule in the catalog has a case here', () => {
    // Rules with their own valid/invalid table (RuleTester style) count too.
    const tested = new Set([...cases.map((c) => c[0]), ...Object.keys(JUDGEMENT_CASES), ...Object.keys(AGREEMENT_FORM_CASES), ...Object.keys(GUIDE_CONTENT_CASES)]);
    // Rules about assessment files (and about reading a plan's assessment files) are tested in assess-*.test.ts.
    const readinessRules = RULE_IDS.filter((id) => !id.startsWith('parse/') && !id.startsWith('schema/') && !id.startsWith('assess/') && !id.startsWith('monitoring/assessment-'));
    expect(readinessRules.filter((id) => !tested.has(id))).toEqual([]);
  });
});

describe('rule details', () => {
  test('an uncovered role names the sectors whose potentials could fill it', () => {
    const { hits } = findingsOf((p) => { p.goals!.requiredRoles!.push('advokator'); }, 'goals/role-uncovered');
    expect(hits[0]!.hint).toContain('cso');
    expect(hits[0]!.hint).toContain('swasta');
  });

  test('a withdrawn partner does not count as covering a role', () => {
    const { hits } = findingsOf((p) => { p.partners!.find((x) => x.id === 'bjb')!.status = 'withdrawn'; p.agreement!.parties = p.agreement!.parties!.filter((x) => x.partner !== 'bjb'); }, 'goals/role-uncovered');
    expect(hits.map((h) => h.message).join()).toContain('donatur');
  });

  test('an early plan (steps 1-2 only) is not flooded with warnings about later steps', () => {
    const { result } = checkPlan((p) => {
      for (const k of ['goals', 'readiness', 'agreement', 'workplan', 'implementation', 'monitoring'] as const) delete p[k];
      // Before step 5 nobody has signed yet.
      for (const x of p.partners!) if (x.status === 'signed') { x.status = 'committed'; delete x.statusDates!.signed; }
    });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(result.summary!.map((s) => s.status)).toEqual(['complete', 'complete', 'empty', 'empty', 'empty', 'empty', 'empty', 'empty']);
  });

  test('a later step begun makes the missing earlier step a finding', () => {
    const { result } = checkPlan((p) => { delete p.readiness; });
    expect(result.findings.map((f) => f.ruleId)).toContain('readiness/criteria-unassessed');
    expect(result.summary!.find((s) => s.step === 'readiness')!.status).toBe('empty');
  });

  test('a PKS whose term ends before it starts is a dates-order error at its end (its Pasal Jangka Waktu prints both)', () => {
    const { hits, text } = findingsOf((p) => { p.agreement!.pks!.period = { start: '2026-12-31', end: '2026-02-02' }; }, 'plan/dates-order');
    expect(hits.map((h) => h.message)).toEqual([expect.stringContaining('agreement.pks.period.end')]);
    expect(lineOf(text, hits[0]!.line)).toContain('2026-02-02');
  });

  test('an agreement signed after its term ended is a dates-order error at the end of the term', () => {
    const { hits, text } = findingsOf((p) => { p.agreement!.signedDate = '2027-02-01'; }, 'plan/dates-order');
    expect(hits.map((h) => h.message)).toEqual([expect.stringContaining('agreement.signedDate')]);
    expect(lineOf(text, hits[0]!.line)).toContain('end: 2026-12-31');
  });

  test('messages exist in English too', () => {
    const { result } = checkPlan((p) => { p.idea!.criteria!['teknologi'] = 'unmet'; }, { lang: 'en' });
    expect(result.findings[0]!.message).toBe('Idea criterion not met: teknologi (Packaged with advanced technology in various forms)');
  });

  test('criteria counts in the summary', () => {
    const { result } = checkPlan((p) => { p.idea!.criteria!['teknologi'] = 'partial'; delete p.idea!.criteria!['uji-coba']; });
    expect(result.summary!.find((s) => s.step === 'idea')!.criteria).toEqual({ met: 8, total: 10, needed: 5 });
  });
});
