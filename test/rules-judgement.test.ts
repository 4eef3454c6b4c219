/**
 * The guide's judgement of a plan, rule by rule: partner status followed through the plan, signing before
 * implementation, criteria thresholds. Each rule has plans it must fire on and plans it must leave alone, in
 * Indonesian and English (test/helpers/judgement-cases.ts).
 */
import { describe, expect, test } from '@jest/globals';
import { ruleTester } from './helpers/rule-tester.js';
import { JUDGEMENT_CASES } from './helpers/judgement-cases.js';
import { GUIDE_CONTENT_CASES } from './helpers/guide-content-cases.js';
import { checkPlan } from './helpers/plans.js';
import { nextAdvice, stageReadiness } from '../src/check/engine.js';

for (const [ruleId, cases] of Object.entries({ ...JUDGEMENT_CASES, ...GUIDE_CONTENT_CASES })) ruleTester(ruleId, cases);

describe('criteria threshold and readiness', () => {
  test('an idea with every criterion partial is not complete, and step 2 is not ready to begin', () => {
    const { result } = checkPlan((p) => { for (const k of Object.keys(p.idea!.criteria!)) p.idea!.criteria![k] = 'partial'; });
    const idea = result.summary!.find((s) => s.step === 'idea')!;
    expect(idea.status).toBe('incomplete');
    expect(idea.criteria).toEqual({ met: 0, total: 10, needed: 5 });
    expect(stageReadiness(result.summary!, 'partners').ready).toBe(false);
  });

  test('the message says the threshold is the tool\'s reading, in both languages', () => {
    const edit = (p: Parameters<Parameters<typeof checkPlan>[0]>[0]) => { for (const k of Object.keys(p.idea!.criteria!)) p.idea!.criteria![k] = 'partial'; };
    const id = checkPlan(edit).result.findings.find((f) => f.ruleId === 'idea/criteria-mostly-unmet')!;
    const en = checkPlan(edit, { lang: 'en' }).result.findings.find((f) => f.ruleId === 'idea/criteria-mostly-unmet')!;
    expect(id.message).toContain('bacaan alat');
    expect(en.message).toContain('this tool\'s reading');
  });

  test('a committed partner with no criteria assessed is a warning, not an info', () => {
    const { result } = checkPlan((p) => { delete p.partners![5]!.criteria; });
    const hits = result.findings.filter((f) => f.message.includes('unicef') && f.ruleId.startsWith('partners/'));
    expect(hits.map((h) => [h.ruleId, h.severity])).toEqual([['partners/joined-unassessed', 'warning']]);
  });
});

describe('organisation type is a catalog choice', () => {
  test('free text is a schema finding that lists the choices', () => {
    const { result } = checkPlan((p) => { p.partners![1]!.organisationType = 'universitas negeri'; });
    const hit = result.findings.find((f) => f.ruleId === 'schema/enum')!;
    expect(hit.pointer).toBe('/partners/1/organisationType');
    expect(hit.hint).toContain('perguruan-tinggi');
    expect(hit.hint).toContain('lainnya');
  });
});

describe('the "next step" advice points at the most serious open problem', () => {
  test('an error in a later step before an honestly unmet criterion of step 1', () => {
    const { result } = checkPlan((p) => {
      p.idea!.criteria!['teknologi'] = { status: 'unmet', note: 'Belum ada aplikasi; dicatat manual di buku KIA.' };
      p.workplan!.activities![0]!.who!.push('dinsos');
    });
    const next = nextAdvice(result.summary!, result.findings)!;
    expect(next.step.step).toBe('workplan');
    expect(next.finding!.ruleId).toBe('workplan/unknown-partner');
  });

  test('a warning that asks for a change before a criterion recorded as unmet', () => {
    const { result } = checkPlan((p) => {
      p.idea!.criteria!['teknologi'] = { status: 'unmet', note: 'Belum ada aplikasi.' };
      delete p.workplan!.mechanism;
    });
    expect(nextAdvice(result.summary!, result.findings)!.finding!.ruleId).toBe('workplan/no-mechanism');
  });

  test('among equals, the earliest step', () => {
    const { result } = checkPlan((p) => { delete p.workplan!.mechanism; delete p.goals!.general; });
    expect(nextAdvice(result.summary!, result.findings)!.step.step).toBe('goals');
  });

  test('with no findings, nothing to fix; an early plan gets the first step not started', () => {
    expect(nextAdvice(checkPlan(() => {}).result.summary!, [])).toBeUndefined();
    const { result } = checkPlan((p) => {
      for (const k of ['goals', 'readiness', 'agreement', 'workplan', 'implementation', 'monitoring'] as const) delete p[k];
      for (const x of p.partners!) if (x.status === 'signed') { x.status = 'committed'; delete x.statusDates!.signed; }
    });
    expect(nextAdvice(result.summary!, result.findings)).toEqual({ step: expect.objectContaining({ step: 'goals', status: 'empty' }) });
  });
});
