/**
 * The quick validator (src/check/schema-quick.ts) may only say "valid" where ajv says so: it is asked first, and
 * a plan it accepts gets no schema findings. Held to ajv's generated validator on the examples, generated plans,
 * and mutations of them that break every kind of keyword the schema uses (fast-check); and it must accept the
 * valid plans, or it would be of no use.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { load as yamlLoad } from 'js-yaml';
import { generatePlans } from '../bench/generate.js';
import { loadPlanText } from '../src/plan/load.js';
import { planValidatorInfo, validatePlanSchema, validationSchema } from '../src/check/schema.js';
import { ajvFormats, compileQuickValidator, isFullDate } from '../src/check/schema-quick.js';
import { exampleFiles } from './hostile/corpus.js';

const schema = validationSchema();
const quick = compileQuickValidator(schema, ajvFormats())!;
/**
 * ajv's validator as the build generated it from this schema (test/schema-validator.test.ts holds it to one
 * compiled now from src/; compiling another here cost ~0.4 s of CPU).
 */
const { validate: ajv, source } = planValidatorInfo();

const exampleTexts = exampleFiles().map((f) => ({ name: f, text: readFileSync(f, 'utf8') }));
const examples = exampleTexts.map((f) => loadPlanText(f.name, f.text).data);
const generated = generatePlans(60, { seed: 5 }).map((p) => loadPlanText(p.name, p.text).data);
const plans = [...examples, ...generated];

describe('quick schema validator', () => {
  test('is made for the plan schema, and accepts every valid example and generated plan', () => {
    expect(quick).toBeDefined();
    expect(source).toBe('generated');
    expect(plans.length).toBeGreaterThan(60);
    for (const [i, plan] of plans.entries()) {
      expect([i, ajv(plan)]).toEqual([i, true]);
      expect([i, quick(plan)]).toEqual([i, true]);
    }
  });

  /** Every path to a value in the data: [[key, …], value]. */
  function paths(v: unknown, at: (string | number)[] = [], out: [(string | number)[], unknown][] = []): [(string | number)[], unknown][] {
    out.push([at, v]);
    if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
    return out;
  }

  /**
   * Changes the plan in place at `at` — sets the value, deletes it, adds an unknown key or item, or repeats the
   * first item — and returns how to undo it (cloning a plan per run made the test ten times slower).
   */
  function mutate(plan: unknown, at: (string | number)[], value: unknown, mode: 'set' | 'delete' | 'extra' | 'duplicate'): () => void {
    const nothing = () => {};
    if (at.length === 0) return nothing;
    let parent = plan as Record<string | number, unknown>;
    for (const seg of at.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
    const last = at[at.length - 1]!;
    const old = parent[last];
    if (mode === 'set' || (mode === 'delete' && !Array.isArray(parent))) {
      if (mode === 'set') parent[last] = value;
      else delete parent[last];
      return () => {
        parent[last] = old;
      };
    }
    if (mode === 'delete') {
      (parent as unknown as unknown[]).splice(Number(last), 1);
      return () => (parent as unknown as unknown[]).splice(Number(last), 0, old);
    }
    if (Array.isArray(old) && (mode === 'extra' || old.length > 0)) {
      old.push(mode === 'extra' ? value : old[0]);
      return () => old.pop();
    }
    if (mode === 'extra' && old !== null && typeof old === 'object') {
      const key = String(value);
      if (Object.hasOwn(old, key)) return nothing;
      (old as Record<string, unknown>)[key] = 'x';
      return () => delete (old as Record<string, unknown>)[key];
    }
    return nothing;
  }

  const oddValues = fc.constantFrom<unknown>(
    '', 'x', 'ya', 'met', 'partial', 'stunting', 'signed', 'dana', '2024-02-30', '2024-02-29', '2023-02-29', '2024-13-01', '2024-1-01', '24-01-01',
    '2024-01-01', 'a@b.co', 'not an email', '+62 812 3456 7890', 'Abc', 'a_b', '-a', 0, -1, 1, 1.5, 2 ** 53, Number.NaN, Infinity, true, false, null,
    [], ['x'], {}, { status: 'met' }, { status: 'nope' }, { status: 'met', extra: 1 }, { note: 'n' }, '__proto__', 'constructor', 'toString',
  );

  const planPaths: [(string | number)[], unknown][][] = [];

  test('never accepts what ajv rejects: mutated plans (fast-check)', () => {
    let rejected = 0;
    let accepted = 0;
    fc.assert(
      fc.property(fc.nat(plans.length - 1), fc.nat(100_000), oddValues, fc.constantFrom('set', 'delete', 'extra', 'duplicate'), (p, pick, value, mode) => {
        const plan = plans[p];
        const all = (planPaths[p] ??= paths(plan));
        const [at] = all[pick % all.length]!;
        const undo = mutate(plan, at, value, mode as 'set');
        const ajvValid = ajv(plan);
        const quickValid = quick(plan);
        undo();
        if (quickValid) accepted++;
        if (!ajvValid) rejected++;
        // The one direction that matters: quick's yes must be ajv's yes.
        return !quickValid || ajvValid;
      }),
      { numRuns: 500, seed: 16 },
    );
    // The mutations reach both verdicts (not a vacuous run).
    expect(rejected).toBeGreaterThan(90);
    expect(accepted).toBeGreaterThan(40);
  });

  test('agrees on plans read by js-yaml (dates and other types as js-yaml gives them) and on odd roots', () => {
    for (const f of exampleTexts) {
      const data = yamlLoad(f.text);
      expect([f.name, quick(data) && !ajv(data)]).toEqual([f.name, false]);
    }
    for (const root of [null, 1, 'plan', [], [{}], {}, { schemaVersion: 1 }]) expect(quick(root)).toBe(false);
    // `const`: the one keyword on a single field, which random mutations seldom reach.
    const plan = examples[0] as Record<string, unknown>;
    for (const version of [2, '1', 1.5, null]) {
      const other = { ...plan, schemaVersion: version };
      expect([version, ajv(other), quick(other)]).toEqual([version, false, false]);
    }
  });

  test('an inherited key is checked as ajv checks it', () => {
    const plan = structuredClone(examples[0]) as Record<string, unknown>;
    const withProto = Object.assign(Object.create({ surplus: 1 }), plan);
    expect(ajv(withProto)).toBe(false);
    expect(quick(withProto)).toBe(false);
  });

  test('a schema with anything it does not handle gets no quick validator', () => {
    const formats = ajvFormats();
    const object = (extra: Record<string, unknown>) => ({ type: 'object', properties: { a: { type: 'string' } }, ...extra });
    expect(compileQuickValidator(object({}), formats)).toBeDefined();
    for (const bad of [
      object({ oneOf: [{ type: 'object' }] }),
      object({ additionalProperties: { type: 'string' } }),
      { type: 'object', properties: { constructor: { type: 'string' } } },
      { type: 'object', required: ['toString'] },
      { type: 'string', format: 'uri-template-unknown' },
      { minimum: 1 },
      { type: ['string', 'null'] },
      { if: { type: 'string', minLength: 2 }, then: { enum: ['ab'] } },
      { $ref: '#/$defs/missing' },
      { type: 'array', items: [{ type: 'string' }] },
      { enum: [{ a: 1 }] },
    ]) expect([bad, compileQuickValidator(bad, formats)]).toEqual([bad, undefined]);
  });

  test('validatePlanSchema gives the same findings once the quick validator is asked first', () => {
    // Past the first plans of a thread validatePlanSchema asks the quick validator first.
    for (let i = 0; i < 40; i++) validatePlanSchema(examples[i % examples.length]);
    const broken = structuredClone(examples[0]) as Record<string, unknown>;
    broken.title = 5;
    expect(validatePlanSchema(broken)).toEqual(validatePlanSchema(broken, ajv));
    expect(validatePlanSchema(broken).length).toBeGreaterThan(0);
    for (const plan of plans) expect(validatePlanSchema(plan)).toEqual([]);
  });

  test('reads dates exactly as ajv-formats does', () => {
    const ajvDate = (ajvFormats().date as { validate: (s: string) => boolean }).validate;
    const fixed = ['2024-02-29', '2023-02-29', '2000-02-29', '1900-02-29', '2024-04-31', '2024-12-31', '2024-00-10', '2024-13-01', '2024-01-00', '0000-01-01', '9999-12-31',
      '2024-1-01', '2024-01-1', '20240101', '2024/01/01', ' 2024-01-01', '2024-01-01 ', '2024-01-01\n', '２０２４-01-01', '2024-0a-01', '', '2024-01-01T00:00:00Z'];
    for (const d of fixed) expect([d, isFullDate(d)]).toEqual([d, ajvDate(d)]);
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '9', '-', 'x', '٣'), minLength: 8, maxLength: 11 });
    const dates = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(fc.property(fc.oneof(digits, dates), (d) => isFullDate(d) === ajvDate(d)), { numRuns: 3000, seed: 16 });
  });
});
