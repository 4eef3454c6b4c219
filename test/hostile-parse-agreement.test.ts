/**
 * The two readings of a plan agree. `kemitraan check` reads with js-yaml (fast) and builds the `yaml` document
 * only to locate findings; whole-`yaml` reading is the reference. On the whole test corpus — examples, generated
 * plans, hostile files, generated hostile texts — both give the same data (deep, strict equality) and the same
 * findings, positions included.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPlanText, decodeText } from '../src/plan/load.js';
import { fastLoad, fastPathEligible } from '../src/plan/fast-load.js';
import { indexPositions } from '../src/plan/fast-locate.js';
import { checkLoaded } from '../src/check/engine.js';
import { generatePlans } from '../bench/generate.js';
import { exampleFiles, generatedHostileTexts, hostileFiles } from './hostile/corpus.js';
import { linearTimes } from './helpers/cpu-time.js';

const OPTIONS = { lang: 'en' as const, today: '2026-11-22' };

/**
 * A strict, complete picture of a value for comparison: key order, -0, NaN, Infinity, undefined, prototypes.
 * (Jest's toStrictEqual compares `constructor` properties, which a hostile plan may define as keys.)
 */
function canonical(v: unknown): string {
  if (typeof v === 'number') return Object.is(v, -0) ? 'n:-0' : `n:${String(v)}`;
  if (v === undefined) return 'undefined';
  if (v === null || typeof v !== 'object') return `${typeof v}:${JSON.stringify(v)}`;
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const proto = Object.getPrototypeOf(v) === Object.prototype ? 'Object' : Object.getPrototypeOf(v) === null ? 'null' : 'other';
  const keys = Object.getOwnPropertyNames(v);
  return `${proto}{${keys.map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
}

function corpus(): [string, string][] {
  const out: [string, string][] = [];
  for (const f of [...exampleFiles(), ...hostileFiles()]) {
    const text = decodeText(readFileSync(f));
    if (text !== undefined) out.push([path.relative(process.cwd(), f), text]);
  }
  for (const [name, text] of Object.entries(generatedHostileTexts())) out.push([`generated/${name}`, text]);
  for (const p of generatePlans(60, { seed: 7 })) out.push([`bench/${p.name}`, p.text]);
  return out;
}

const CORPUS = corpus();

/** Every JSON pointer into the data, and one missing child under each node (located at its deepest ancestor). */
function pointers(v: unknown, prefix = '', out: string[] = ['']): string[] {
  const seg = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');
  if (Array.isArray(v)) v.forEach((x, i) => { out.push(`${prefix}/${i}`); pointers(x, `${prefix}/${i}`, out); });
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) { out.push(`${prefix}/${seg(k)}`); pointers(x, `${prefix}/${seg(k)}`, out); }
  }
  out.push(`${prefix}/missing-child`);
  return out;
}

/** Both readings of a corpus text, made once for the two tests that compare them. */
const readings = new Map<string, { reference: ReturnType<typeof loadPlanText>; fast: ReturnType<typeof loadPlanText> }>();
function read(name: string, text: string) {
  let r = readings.get(name);
  if (!r) readings.set(name, (r = { reference: loadPlanText(name, text, { parser: 'yaml' }), fast: loadPlanText(name, text) }));
  return r;
}

describe('js-yaml fast path and the yaml package read the same', () => {
  test.each(CORPUS)('%s: same data, same findings', (name, text) => {
    const { reference, fast } = read(name, text);
    const referenceData = canonical(reference.data);
    expect(canonical(fast.data)).toBe(referenceData);
    expect(fast.problems).toEqual(reference.problems);
    expect(canonical(checkLoaded(fast, OPTIONS))).toBe(canonical(checkLoaded(reference, OPTIONS)));
    // Wherever the fast path is taken, yaml must find no error in the text and read the very same data.
    if (fastPathEligible(text)) {
      const direct = fastLoad(text);
      if (direct.ok && !reference.problems.some((p) => p.ruleId === 'parse/empty')) {
        expect(reference.problems.filter((p) => p.ruleId !== 'parse/json' && p.ruleId !== 'parse/empty')).toEqual([]);
        expect(canonical(direct.data)).toBe(referenceData);
      }
    }
  });

  test.each(CORPUS)('%s: every pointer (value and key, existing or not) is located where yaml locates it', (name, text) => {
    const { reference, fast } = read(name, text);
    if (reference.data === undefined) return;
    for (const p of pointers(reference.data)) {
      for (const at of ['value', 'key'] as const) {
        const expected = reference.locate(p, at);
        const actual = fast.locate(p, at);
        if (actual.line !== expected.line || actual.column !== expected.column) {
          throw new Error(`${name} ${p} (${at}): fast ${actual.line}:${actual.column}, yaml ${expected.line}:${expected.column}`);
        }
      }
    }
  });

  test('a quoted scalar continued on a line less indented than its key is yaml\'s to judge (js-yaml took it as data)', () => {
    const text = 'schemaVersion: 1\npartners:\n  - id: a\n    contact:\n      email: "---\nbappeda@jayapura.example.org"\n';
    expect(fastPathEligible(text)).toBe(false);
    const fast = loadPlanText('q.yaml', text);
    expect(fast.problems.map((p) => p.ruleId)).toContain('parse/syntax');
    expect(canonical(checkLoaded(fast, OPTIONS))).toBe(canonical(checkLoaded(loadPlanText('q.yaml', text, { parser: 'yaml' }), OPTIONS)));
    // Quotes closed on their line, quotes inside values, '' and \" keep the fast path.
    expect(fastPathEligible('a: "x: y"\nb: \'it\'\'s\'\nc: say "hi\nd:\n  - "q \\" q"\n')).toBe(true);
  });

  test('a flow collection continued on a line less indented than its key is yaml\'s to judge (js-yaml took it as data)', () => {
    // Found by test/property-check.test.ts: a line break inserted inside `- { indicator: …, target: 240 }`.
    const text = 'schemaVersion: 1\nmonitoring:\n  indicators:\n    - { id: i1, name: Balita\n, target: 240, unit: anak }\n';
    expect(fastPathEligible(text)).toBe(false);
    const fast = loadPlanText('f.yaml', text);
    expect(fast.problems.map((p) => p.ruleId)).toContain('parse/syntax');
    expect(canonical(checkLoaded(fast, OPTIONS))).toBe(canonical(checkLoaded(loadPlanText('f.yaml', text, { parser: 'yaml' }), OPTIONS)));
    // Collections closed on their line, brackets inside words or quoted text, and comments keep the fast path.
    expect(fastPathEligible('a: [x, "]", \'[\']\nb: { c: 1, d: [2, 3] }\ne: Anggaran [draft\nf: x # [open\n')).toBe(true);
  });

  test('deciding the fast path stays linear on many lines without a key (was quadratic)', () => {
    // CPU time, best of three: the clock also counts other Jest workers holding the cores (a 25 ms scan once
    // took 1.6 s of clock under load). The large text is timed again only while over the bound (linearTimes).
    const texts = new Map([20_000, 160_000].map((lines) => [lines, '- a\n'.repeat(lines) + 'k: "v"\n']));
    // 8x the lines: a linear scan takes about 8x the time, a quadratic one 64x.
    const { time, bound } = linearTimes((lines) => fastPathEligible(texts.get(lines)!), 20_000, 160_000, 24);
    expect(time).toBeLessThan(bound);
  });

  test('the fast path is really taken for plans (the agreement above is not vacuous)', () => {
    const plans = CORPUS.filter(([name]) => name.startsWith('bench/') || name.startsWith('examples'));
    expect(plans.length).toBeGreaterThan(60);
    for (const [, text] of plans) {
      expect(fastPathEligible(text)).toBe(true);
      expect(fastLoad(text).ok).toBe(true);
      expect(indexPositions(text)).toBeDefined();
    }
  });

  test('scalars resolve as in the yaml core schema, where js-yaml on its own would differ', () => {
    const text = 'a: 0b101\nb: -0x1F\nc: 1_000\nd: -.5\ne: 1e400\nf: -0\ng: 0o17\nh: .NaN\ni: +.inf\nj: 2025-01-01\nk: yes\nl: 012\n';
    const reference = loadPlanText('x', text, { parser: 'yaml' }).data;
    const fast = fastLoad(text);
    expect(canonical(fast.ok && fast.data)).toBe(canonical(reference));
    expect(canonical(reference)).toBe(canonical({ a: '0b101', b: '-0x1F', c: '1_000', d: -0.5, e: Infinity, f: -0, g: 15, h: NaN, i: Infinity, j: '2025-01-01', k: 'yes', l: 12 }));
  });
});
