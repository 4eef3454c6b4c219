/**
 * The guide's judgement of a plan, rule by rule: partner status followed through the plan, signing before
 * implementation, criteria thresholds. Each rule has plans it must fire on and plans it must leave alone, in
 * Indonesian and English (test/helpers/judgement-cases.ts).
 */
import { describe, expect, test } from '@jest/globals';
import { ruleTester } from './helpers/rule-tester.js';
import { JUDGEMENT_CASES } from './helpers/judgement-cases.js';
import { checkPlan } from './helpers/plans.js';
import { stageReadiness } from '../src/check/engine.js';

for (const [ruleId, cases] of Object.entries(JUDGEMENT_CASES)) ruleTester(ruleId, cases);

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
