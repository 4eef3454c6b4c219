/**
 * A finding of a family that is no step (`plan/dates-order`) but that points into a step's section counts for
 * that step: an activity ending before it starts leaves step 6 incomplete, and is what to fix first.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkLoaded, nextAdvice } from '../src/check/engine.js';
import { loadPlanText } from '../src/plan/load.js';
import { EXAMPLES } from './helpers/cli.js';

describe('the step of a finding', () => {
  test('an activity\'s dates out of order: step 6 incomplete, named as the next thing to fix', () => {
    const text = readFileSync(path.join(EXAMPLES, 'stunting-sumedang.yaml'), 'utf8')
      .replace('when: { start: 2026-02-03, end: 2026-02-03 }', 'when: { start: 2026-02-05, end: 2026-02-03 }');
    expect(text).toContain('start: 2026-02-05, end: 2026-02-03');
    const r = checkLoaded(loadPlanText('x.yaml', text), { lang: 'id', today: '2026-11-22' });
    expect(r.findings.map((f) => [f.ruleId, f.pointer])).toContainEqual(['plan/dates-order', expect.stringMatching(/^\/workplan\/activities\/\d+\/when\/end$/)]);
    expect(r.summary!.find((s) => s.step === 'workplan')).toMatchObject({ status: 'incomplete', counts: { error: 1 } });
    expect(r.summary!.filter((s) => s.status !== 'complete').map((s) => s.step)).toEqual(['workplan']);
    expect(nextAdvice(r.summary!, r.findings)?.finding?.ruleId).toBe('plan/dates-order');
  });
});
