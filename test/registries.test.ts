/**
 * One registry per extension point: output formats (check, report), indicators and rules. These tests hold the
 * registries to what the rest of the tool derives from them, so a new entry cannot be half-registered.
 */
import { describe, expect, test } from '@jest/globals';
import { CHECK_FORMATS, CHECK_FORMAT_NAMES, loadCheckFormatter } from '../src/check/format/index.js';
import { REPORT_FORMAT_NAMES, formatForExtension, loadReportFormatter } from '../src/report/format/index.js';
import { REPORT_INDICATORS, type ReportIndicator } from '../src/guide/monitoring.js';
import { emptyMetrics, type Metrics } from '../src/report/metrics.js';
import { sumMetrics } from '../src/report/aggregate.js';
import { indicatorsFrom, PARTNER_LEVEL_INDICATORS } from '../src/report/indicators.js';
import { buildProgram } from '../src/cli/main.js';
import type { CliIO } from '../src/commands/context.js';
import { RULE_SEVERITIES } from '../src/commands/rules.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers/cli.js';

const silentIo = { stdout: { write: () => true }, stderr: { write: () => true }, stdin: process.stdin, cwd: '/', env: {} } as unknown as CliIO;
const choicesOf = (command: string, flag: string): readonly string[] | undefined => {
  const program = buildProgram({ io: silentIo, lang: 'en', setExitCode: () => {} });
  return program.commands.find((c) => c.name() === command)?.options.find((o) => o.long === flag)?.argChoices;
};

describe('check output formats', () => {
  test('the CLI offers exactly the registered formats', () => {
    expect(choicesOf('check', '--format')).toEqual(CHECK_FORMAT_NAMES);
    expect(CHECK_FORMAT_NAMES).toEqual(Object.keys(CHECK_FORMATS));
  });
  test.each(CHECK_FORMAT_NAMES)('%s loads a formatter that writes a whole run', async (name) => {
    const formatter = await loadCheckFormatter(name);
    const stream = formatter({ lang: 'en', color: false, toolVersion: '0.0.0', rules: RULE_SEVERITIES, quiet: false }, 0);
    const text = stream.head + stream.end({ error: 0, warning: 0, info: 0, files: 0 });
    expect(typeof text).toBe('string');
  });
  test.each(CHECK_FORMAT_NAMES)('%s: a file\'s part is `between` and its first part, wherever it stands (when it says so)', async (name) => {
    const { checkInput } = await import('../src/check/engine.js');
    const bytes = readFileSync(path.join(ROOT, 'examples', 'stunting-sumedang.yaml'));
    const result = checkInput({ file: 'x.yaml', bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), size: bytes.length }, { lang: 'en', today: '2030-01-01' });
    expect(result.findings.length).toBeGreaterThan(0);
    for (const fileCount of [1, 3, 30]) {
      const stream = (await loadCheckFormatter(name))({ lang: 'en', color: true, toolVersion: '0.0.0', rules: RULE_SEVERITIES, quiet: false, stage: 'agreement' }, fileCount);
      if (stream.between === undefined) return expect(['sarif', 'junit']).toContain(name); // they keep count of what they wrote
      const first = stream.file(result, 0);
      expect(first.length).toBeGreaterThan(0);
      for (const index of [1, 2, 29]) expect(stream.file(result, index)).toBe(stream.between + first);
    }
  });
});

describe('report output formats', () => {
  test('the CLI offers exactly the registered formats', () => {
    expect(choicesOf('report', '--format')).toEqual(REPORT_FORMAT_NAMES);
  });
  test.each(REPORT_FORMAT_NAMES)('%s loads a formatter', async (name) => {
    expect(typeof (await loadReportFormatter(name))).toBe('function');
  });
  test('-o extensions choose their format; an unknown extension chooses none', () => {
    expect(formatForExtension('.HTML')).toBe('html');
    expect(formatForExtension('.md')).toBe('markdown');
    expect(formatForExtension('.csv')).toBe('csv');
    expect(formatForExtension('.json')).toBe('json');
    expect(formatForExtension('.pdf')).toBeUndefined();
  });
});

/** Every leaf of a metrics value: [path, value] for numbers, [path, length] for lists. */
function leaves(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return [[`${path}[]`, value.length]];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  throw new Error(`unexpected leaf at ${path}`);
}

/** Metrics with every numeric field set to `n` (records given one key), and every list holding `n` items. */
function filled(n: number): Metrics {
  const m = emptyMetrics() as unknown as Record<string, unknown>;
  const fill = (o: Record<string, unknown>): void => {
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'number') o[k] = n;
      else if (Array.isArray(v)) o[k] = Array.from({ length: n }, (_, i) => ({ i }));
      else if (typeof v === 'object' && v !== null) {
        const rec = v as Record<string, unknown>;
        if (Object.keys(rec).length === 0) rec.someKey = k === 'indicatorTargets' ? { plans: n, sum: n, weighted: n, weight: n } : n;
        else fill(rec);
      }
    }
  };
  fill(m);
  return m as unknown as Metrics;
}

describe('indicators', () => {
  test('sumMetrics sums every numeric field and concatenates every list, with none listed by hand', () => {
    const total = sumMetrics([filled(2), filled(3)]);
    const got = leaves(total);
    expect(got.length).toBeGreaterThan(30);
    for (const [path, value] of got) expect([path, value]).toEqual([path, 5]);
    // A field the aggregation has never heard of still sums.
    const extra = (n: number) => Object.assign(filled(1), { aNewCount: n, aNewRecord: { x: n } }) as Metrics;
    expect(sumMetrics([extra(1), extra(2)])).toMatchObject({ aNewCount: 3, aNewRecord: { x: 3 } });
  });

  test('every catalog indicator is computed, in catalog order', () => {
    const ids = indicatorsFrom(sumMetrics([]), 'en', { perPartner: true }).map((i) => i.id);
    expect(ids).toEqual(REPORT_INDICATORS.map((d) => d.id));
  });

  test("a rate's target is weighted by a numeric metric that exists", () => {
    const numeric = new Set(Object.entries(emptyMetrics()).filter(([, v]) => typeof v === 'number').map(([k]) => k));
    for (const def of REPORT_INDICATORS as readonly ReportIndicator[]) {
      if (def.target.kind === 'weighted') expect([def.id, numeric.has(def.target.denominator)]).toEqual([def.id, true]);
      if (def.target.kind === 'weighted') expect([def.id, def.measure]).toEqual([def.id, 'rate']);
    }
  });

  test('partner-level indicators are exactly the catalog entries marked so', () => {
    expect(PARTNER_LEVEL_INDICATORS).toEqual(REPORT_INDICATORS.filter((d) => d.partnerLevel).map((d) => d.id));
    expect(PARTNER_LEVEL_INDICATORS.length).toBeGreaterThan(0);
  });
});

// Rules: test/rule-declarations.test.ts.
