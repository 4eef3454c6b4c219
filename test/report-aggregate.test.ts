/**
 * Many plans: on a generated set, totals are the sums of the plans' values and every rate is the summed numerator
 * over the summed denominator (never an average of rates); --by groups add up to the total.
 */
import { describe, expect, test } from '@jest/globals';
import { generatePlans } from '../bench/generate.js';
import { loadPlanText } from '../src/plan/load.js';
import type { Plan } from '../src/plan/types.js';
import { buildReport } from '../src/report/build.js';
import { examplePlan } from './helpers/plans.js';
import type { Indicator, Report } from '../src/report/types.js';

const generated = generatePlans(60, { seed: 11 });
const inputs = generated.map(({ name, text }) => ({ file: name, plan: loadPlanText(name, text).data as Plan }));
const AS_OF = '2026-06-30';
const build = (by?: 'sector' | 'program' | 'region' | 'partner'): Report =>
  buildReport(inputs, [], { asOf: AS_OF, lang: 'en', version: 't', ...(by ? { by } : {}) });
const total = build();

const of = (list: readonly Indicator[], id: string) => list.find((i) => i.id === id)!;
const perPlan = (id: string) => total.plans.map((p) => of(p.indicators, id));
const sum = (ns: readonly number[]) => ns.reduce((a, b) => a + b, 0);

const COUNTS = [
  'input.partners_listed', 'input.partners_joined', 'input.resources_committed', 'process.meetings_held',
  'process.activities_planned', 'process.activities_done', 'process.partners_active', 'output.products',
];
const RATES = ['process.contributions_delivered', 'process.meetings_per_month', 'process.activities_on_schedule', 'output.target_achievement'];

describe('aggregation over 60 generated plans', () => {
  test('the set is varied enough to mean something', () => {
    expect(new Set(inputs.map((i) => i.plan.region.province)).size).toBeGreaterThan(5);
    expect(new Set(inputs.map((i) => i.plan.program)).size).toBeGreaterThan(3);
    expect(sum(perPlan('process.contributions_delivered').map((i) => (i.value === null ? 0 : 1)))).toBeGreaterThan(10);
  });

  test.each(COUNTS)('%s: the total is the sum of the plans', (id) => {
    expect(of(total.indicators, id).value).toBe(sum(perPlan(id).map((i) => i.value ?? 0)));
  });

  test.each(RATES)('%s: the rate is summed numerators / summed denominators, not the mean of rates', (id) => {
    const plans = perPlan(id);
    const num = sum(plans.map((i) => i.numerator ?? 0));
    const den = sum(plans.map((i) => i.denominator ?? 0));
    const t = of(total.indicators, id);
    expect(t.numerator).toBeCloseTo(num, 6);
    expect(t.denominator).toBeCloseTo(den, 2);
    const scale = id === 'process.meetings_per_month' ? 1 : 100;
    expect(t.value).toBeCloseTo((num / den) * scale, 1);
    // The mean of the plans' rates is a different number on this set: averaging would have been caught.
    const rates = plans.filter((i) => i.value !== null).map((i) => i.value!);
    expect(Math.abs(sum(rates) / rates.length - t.value!)).toBeGreaterThan(0.01);
  });

  test('sector counts add up across plans', () => {
    const bySector = of(total.indicators, 'input.partners_by_sector').breakdown!;
    for (const row of bySector) {
      const fromPlans = sum(perPlan('input.partners_by_sector').map((i) => i.breakdown!.find((b) => b.key === row.key)?.value ?? 0));
      expect([row.key, row.value]).toEqual([row.key, fromPlans]);
    }
  });

  test('program targets and health indicators of every plan are listed in the total', () => {
    expect(of(total.indicators, 'output.target_achievement').items!.length).toBe(sum(perPlan('output.target_achievement').map((i) => i.items!.length)));
    expect(of(total.indicators, 'outcome.health_indicators').items!.length).toBe(sum(perPlan('outcome.health_indicators').map((i) => i.items!.length)));
  });

  test('a target for the set exists only when every plan set one', () => {
    // Every generated plan that reaches monitoring sets a partners_joined target, but early-stage plans do not.
    const withTarget = perPlan('input.partners_joined').filter((i) => i.target !== undefined);
    expect(withTarget.length).toBeGreaterThan(0);
    expect(withTarget.length).toBeLessThan(inputs.length);
    expect(of(total.indicators, 'input.partners_joined').target).toBeUndefined();
    const subset = buildReport(inputs.filter((_, i) => total.plans[i]!.indicators.find((x) => x.id === 'input.partners_joined')!.target !== undefined), [], { asOf: AS_OF, lang: 'en', version: 't' });
    expect(of(subset.indicators, 'input.partners_joined').target).toBe(sum(withTarget.map((i) => i.target!)));
  });

  test.each(['program', 'region'] as const)('--by %s: groups partition the plans and add up to the total', (by) => {
    const r = build(by);
    expect(sum(r.groups!.map((g) => g.plans))).toBe(inputs.length);
    for (const id of COUNTS) expect([id, sum(r.groups!.map((g) => of(g.indicators, id).value ?? 0))]).toEqual([id, of(total.indicators, id).value]);
    for (const id of RATES) {
      expect(sum(r.groups!.map((g) => of(g.indicators, id).numerator!))).toBeCloseTo(of(total.indicators, id).numerator!, 6);
    }
  });

  test.each(['sector', 'partner'] as const)('--by %s: partner-level indicators add up to the total', (by) => {
    const r = build(by);
    for (const id of ['input.partners_listed', 'input.partners_joined', 'input.resources_committed', 'process.partners_active']) {
      expect([id, sum(r.groups!.map((g) => of(g.indicators, id).value ?? 0))]).toEqual([id, of(total.indicators, id).value]);
    }
    const delivered = r.groups!.map((g) => of(g.indicators, 'process.contributions_delivered'));
    expect(sum(delivered.map((d) => d.numerator!))).toBe(of(total.indicators, 'process.contributions_delivered').numerator);
    expect(sum(delivered.map((d) => d.denominator!))).toBe(of(total.indicators, 'process.contributions_delivered').denominator);
    expect(r.groups![0]!.indicators.map((i) => i.id)).not.toContain('process.meetings_held');
  });

  test('the region breakdown uses provinces when the set spans several', () => {
    const provinces = new Set(inputs.map((i) => i.plan.region.province));
    expect(build('region').groups!.map((g) => g.label.replace(/ \(\d+\)$/, '')).sort()).toEqual([...provinces].sort());
  });

  test('regions are grouped by their Kemendagri code, whatever way the name is written', () => {
    const groups = build('region').groups!;
    expect(groups.every((g) => /^\d{2}$/.test(g.key) && g.label.endsWith(`(${g.key})`))).toBe(true);
    const other = examplePlan();
    other.region = { province: 'Jawa Barat', regency: 'Kab. Sumedang' }; // no codes: found by the name
    const sumedang = [{ file: 'a.yaml', plan: examplePlan() }, { file: 'b.yaml', plan: other }];
    const report = buildReport(sumedang, [], { asOf: '2026-06-30', lang: 'id', version: 'test', by: 'region' });
    expect(report.groups!.map((g) => [g.key, g.label, g.plans])).toEqual([['32.11', 'Kabupaten Sumedang (32.11)', 2]]);
  });
});
