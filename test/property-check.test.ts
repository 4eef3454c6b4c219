/**
 * Property-based tests of the check core (loadPlan + checkLoaded): valid plans mutated at random — keys deleted,
 * values of the wrong type, junk keys, shuffled order, random text inserted or cut — never make it throw, every
 * finding is located inside the file, rule ids are known, and the fast (js-yaml) and reference (yaml) readings
 * give the same findings. Runs are bounded so the suite stays fast; a failure prints the seed and the input.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { loadPlan, loadPlanText } from '../src/plan/load.js';
import { checkLoaded } from '../src/check/engine.js';
import { isRuleId } from '../src/guide/messages/rules.js';
import { generatePlans } from '../bench/generate.js';
import { EXAMPLE_FILE } from './hostile/corpus.js';
import { binaryString } from './helpers/any-code-point.js';

const OPTIONS = { lang: 'id' as const, today: '2026-11-22' };
const RUNS = Number(process.env.KEMITRAAN_PROPERTY_RUNS ?? 60);
const BASES = [readFileSync(EXAMPLE_FILE, 'utf8'), ...generatePlans(3, { seed: 11 }).map((p) => p.text)];
/** Each base read once; every run mutates its own deep copy. */
const BASE_DATA = BASES.map((text) => parse(text) as Json);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Every path to a value in the data (the root excluded). */
function paths(v: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(v)) v.forEach((x, i) => { out.push([...prefix, i]); paths(x, [...prefix, i], out); });
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push([...prefix, k]); paths(x, [...prefix, k], out); }
  return out;
}

function parentOf(root: Json, p: Path): { parent: Json; key: string | number } {
  let node = root;
  for (const seg of p.slice(0, -1)) node = (node as Record<string | number, Json>)[seg] as Json;
  return { parent: node, key: p[p.length - 1]! };
}

const junkValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.string(), binaryString({ maxLength: 40 }),
  fc.constant('2026-02-30'), fc.constant(''), fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 3 }),
) as fc.Arbitrary<Json>;

const junkKey = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '<<', 'id'));

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'retype'; at: number; value: Json }
  | { kind: 'junk-key'; at: number; key: string; value: Json }
  | { kind: 'shuffle'; at: number; seed: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value: junkValue }),
  fc.record({ kind: fc.constant('junk-key' as const), at: fc.nat(), key: junkKey, value: junkValue }),
  fc.record({ kind: fc.constant('shuffle' as const), at: fc.nat(), seed: fc.nat() }),
);

function mutate(data: Json, m: Mutation): void {
  const all = paths(data);
  if (all.length === 0) return;
  const p = all[m.at % all.length]!;
  const { parent, key } = parentOf(data, p);
  const container = parent as Record<string | number, Json>;
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete container[key];
      break;
    case 'retype':
      container[key] = m.value;
      break;
    case 'junk-key': {
      const target = container[key];
      const obj = target && typeof target === 'object' && !Array.isArray(target) ? target : (parent as Record<string, Json>);
      if (obj && typeof obj === 'object' && !Array.isArray(obj)) Object.defineProperty(obj, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      break;
    }
    case 'shuffle': {
      const target = container[key];
      if (Array.isArray(target)) target.sort((a, b) => (JSON.stringify(a).length * (m.seed + 1)) % 7 - (JSON.stringify(b).length * (m.seed + 1)) % 7);
      else if (target && typeof target === 'object') {
        const entries = Object.entries(target).reverse();
        for (const k of Object.keys(target)) delete (target as Record<string, Json>)[k];
        for (const [k, v] of entries) (target as Record<string, Json>)[k] = v;
      }
      break;
    }
  }
}

function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The invariants every input must keep. */
function assertInvariants(text: string): void {
  const bytes = new TextEncoder().encode(text);
  const loaded = loadPlan({ file: 'mutant.yaml', bytes, size: bytes.length });
  const result = checkLoaded(loaded, OPTIONS);
  const max = lineCount(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  // One expect for all the findings (five per finding cost seconds over the runs); the failing ones are shown.
  const broken = result.findings.filter((f) => !(f.line >= 1 && f.line <= max && f.column >= 1 && isRuleId(f.ruleId) && f.message !== ''));
  expect({ lines: max, broken }).toEqual({ lines: max, broken: [] });
  // Same findings whichever reader read the text.
  if (loaded.text === text || loaded.text === text.slice(1)) {
    const reference = checkLoaded(loadPlanText('mutant.yaml', loaded.text, { parser: 'yaml' }), OPTIONS);
    expect(JSON.stringify(result.findings)).toBe(JSON.stringify(reference.findings));
    expect(JSON.stringify(result.summary)).toBe(JSON.stringify(reference.summary));
  }
}

describe('check core under random mutation of valid plans', () => {
  test('data mutations (delete, retype, junk keys, shuffle), written back as block or flow YAML', () => {
    fc.assert(
      fc.property(fc.nat(BASES.length - 1), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.boolean(), (base, mutations, flow) => {
        const data = structuredClone(BASE_DATA[base]!);
        for (const m of mutations) mutate(data, m);
        const text = stringify(data, flow ? { collectionStyle: 'flow', lineWidth: 0 } : { lineWidth: 0 });
        assertInvariants(text);
      }),
      { numRuns: RUNS },
    );
  });

  test('text mutations (random text inserted, ranges cut, lines duplicated, indentation broken)', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(binaryString({ maxLength: 12 }), fc.constantFrom('\t', ':', '- ', '[', '{', '"', "'", '&a ', '*a', '!!str ', '? ', '#', '\r\n', '\u0000', '\ufeff', '\u202e', '\u200b', '%YAML 1.1\n', '---\n', '<<: ')) }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat(200) }),
      fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
    );
    fc.assert(
      fc.property(fc.nat(BASES.length - 1), fc.array(edit, { minLength: 1, maxLength: 4 }), (base, edits) => {
        let text = BASES[base]!;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          if (e.kind === 'insert') text = text.slice(0, at) + e.text + text.slice(at);
          else if (e.kind === 'cut') text = text.slice(0, at) + text.slice(at + e.length);
          else {
            const start = text.lastIndexOf('\n', at - 1) + 1;
            const end = text.indexOf('\n', at);
            const line = text.slice(start, end < 0 ? undefined : end + 1);
            if (e.kind === 'duplicate-line') text = text.slice(0, start) + line + text.slice(start);
            else text = text.slice(0, start) + (e.by > 0 ? ' '.repeat(e.by) + line : line.replace(new RegExp(`^ {0,${-e.by}}`), '')) + text.slice(start + line.length);
          }
        }
        assertInvariants(text);
      }),
      { numRuns: RUNS },
    );
  });
});
