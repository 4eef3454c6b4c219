/**
 * `check --cache` keeps a result from one day to the next as long as no date of the plan lies in between. That
 * is only right while every rule uses today by comparing it with the plan's dates; this test holds every rule to
 * it (on the examples and generated plans, for days inside and at the edges of each gap between the plan's
 * dates), and shows the cache itself: a hit the next day, a miss once a plan date is passed, and results whose
 * words name today's date kept for that day only.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runRules, type FileResult } from '../src/check/engine.js';
import { loadPlan } from '../src/plan/load.js';
import type { Plan } from '../src/plan/types.js';
import { CheckCache, todayAmong } from '../src/commands/check/cache.js';
import { generatePlans } from '../bench/generate.js';
import { exampleFiles } from './hostile/corpus.js';

const encoder = new TextEncoder();

function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The rules' findings with today's date written as TODAY: what they decided, not the day they were asked. */
function decisions(plan: Plan, today: string): string {
  return JSON.stringify(runRules(plan, today)).replaceAll(today, 'TODAY');
}

const plans: [string, Uint8Array][] = [
  ...exampleFiles().map((f): [string, Uint8Array] => [path.basename(f), readFileSync(f)]),
  ...generatePlans(8, { seed: 5 }).map((p): [string, Uint8Array] => [p.name, encoder.encode(p.text)]),
];

describe('today in the rules and in the cache key', () => {
  test.each(plans.map(([n, b]) => [n, b] as const))('%s: days in the same gap between plan dates get the same findings', (name, bytes) => {
    const dates = [...new Set(Buffer.from(bytes).toString('latin1').match(/\d{4}-\d{2}-\d{2}/g) ?? [])].sort();
    const days = new Set<string>(['2020-01-01', '2035-06-30']);
    for (const d of dates) for (const k of [-1, 0, 1]) days.add(shift(d, k));
    const plan = loadPlan({ file: name, bytes, size: bytes.length }).data as Plan;
    const byBucket = new Map<string, string>();
    for (const today of [...days].sort()) {
      const got = decisions(plan, today);
      const bucket = todayAmong(bytes, today);
      const seen = byBucket.get(bucket);
      if (seen === undefined) byBucket.set(bucket, got);
      else expect([bucket, today, got]).toEqual([bucket, today, seen]);
    }
  });

  test('a result is reused the next day, not once a plan date has been passed, and a dated message only that day', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-cache-'));
    const file = path.join(dir, 'cache.tsv');
    const bytes = encoder.encode('dates:\n  start: 2026-12-01\n');
    const result: FileResult = { file: 'a.yaml', findings: [] };
    const dated: FileResult = { file: 'b.yaml', findings: [{ ruleId: 'plan/dates-order', severity: 'warning', message: 'setelah hari ini (2026-11-22)', hint: '', file: 'b.yaml', line: 1, column: 1, pointer: '' }] };
    const datedBytes = encoder.encode('dates:\n  start: 2026-12-02\n');

    const day1 = await CheckCache.open(file, '1', 'id', '2026-11-22');
    day1.set(day1.key(bytes, undefined), result);
    day1.set(day1.key(datedBytes, undefined), dated);
    await day1.save();

    const day2 = await CheckCache.open(file, '1', 'id', '2026-11-23');
    expect(day2.get(day2.key(bytes, undefined), 'a.yaml')).toEqual(result);
    expect(day2.get(day2.key(datedBytes, undefined), 'b.yaml')).toBeUndefined();
    const sameDay = await CheckCache.open(file, '1', 'id', '2026-11-22');
    expect(sameDay.get(sameDay.key(datedBytes, undefined), 'b.yaml')).toEqual(dated);

    const afterStart = await CheckCache.open(file, '1', 'id', '2026-12-02');
    expect(afterStart.get(afterStart.key(bytes, undefined), 'a.yaml')).toBeUndefined();
  });
});
