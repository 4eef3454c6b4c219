/**
 * The tests check plans with the validator `npm run build` generates (jest.config.js maps it to dist/), as users'
 * `kemitraan check` does, instead of compiling the schema with ajv in every test file. This holds that mapping
 * honest: the built validator comes from the schema now in src/, and it judges plans exactly as the schema
 * compiled at run time (src/check/schema.ts's fallback) does.
 */
import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { buildPlanSchema } from '../src/plan/schema.js';
import type { ErrorObject } from 'ajv';
import { createAjv, planValidatorInfo, splitForOptimising, validatePlanSchema, validationSchema } from '../src/check/schema.js';
import { ROOT } from './helpers/cli.js';
import { exampleFiles, hostileFiles } from './hostile/corpus.js';
import { examplePlan } from './helpers/plans.js';

const BUILD_INFO = path.join(ROOT, 'dist', 'build-info.json');

describe('the generated plan validator the tests use', () => {
  test('dist/ was built from the plan schema now in src/ (else: npm run build)', () => {
    expect(existsSync(BUILD_INFO)).toBe(true);
    const built = (JSON.parse(readFileSync(BUILD_INFO, 'utf8')) as { schemaHash: string }).schemaHash;
    const current = createHash('sha256').update(JSON.stringify(buildPlanSchema())).digest('hex');
    if (built !== current) throw new Error('dist/ holds a validator built from another plan schema than src/plan/schema.ts: run `npm run build` before the tests.');
  });

  test('is the one loaded under the tests', () => {
    expect(planValidatorInfo().source).toBe('generated');
  });

  test('judges plans as the schema compiled at run time does: examples, hostile files and broken plans', () => {
    const runtime = createAjv().compile(validationSchema());
    const generated = planValidatorInfo().validate;
    const plans: unknown[] = [];
    for (const f of [...exampleFiles(), ...hostileFiles()]) {
      try {
        plans.push(parse(readFileSync(f, 'utf8')));
      } catch {
        // Not YAML at all: nothing for the schema to judge.
      }
    }
    const broken = examplePlan() as unknown as Record<string, unknown>;
    broken.title = 42;
    broken.extra = true;
    delete broken.program;
    (broken.partners as Record<string, unknown>[])[0]!.status = 'maybe';
    plans.push(broken, {}, [], 'text');
    let failing = 0;
    for (const plan of plans) {
      const fromRuntime = validatePlanSchema(plan, runtime);
      expect(validatePlanSchema(plan, generated)).toEqual(fromRuntime);
      if (fromRuntime.length > 0) failing++;
    }
    expect(failing).toBeGreaterThan(3);
  });

  test('is split into functions V8 optimises, and reports exactly what one function for the whole schema does', () => {
    const validation = validationSchema();
    const defs = Object.keys(validation.$defs as object);
    // The large sections and list items each have a function of their own.
    expect(defs).toEqual(expect.arrayContaining(['assessment', 'partners._items', 'partners._items.criteria', 'agreement', 'workplan.activities._items']));
    // The same schema unsplit: the parts put back where their references stand.
    const unsplit = (s: unknown): unknown => {
      if (Array.isArray(s)) return s.map(unsplit);
      if (s === null || typeof s !== 'object') return s;
      const ref = (s as { $ref?: string }).$ref;
      if (ref && ref !== '#/$defs/assessment') return unsplit((validation.$defs as Record<string, unknown>)[ref.slice('#/$defs/'.length)]);
      return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, k === '$defs' ? { assessment: unsplit((v as Record<string, unknown>).assessment) } : unsplit(v)]));
    };
    expect(JSON.stringify(unsplit(validation))).not.toContain('._items');
    const whole = createAjv().compile(unsplit(validation) as Record<string, unknown>);
    const split = planValidatorInfo().validate;
    const plans: unknown[] = [];
    for (const f of [...exampleFiles(), ...hostileFiles()]) {
      try {
        plans.push(parse(readFileSync(f, 'utf8')));
      } catch {
        // Not YAML at all.
      }
    }
    // Something wrong in every part, several times over.
    const broken = examplePlan() as unknown as Record<string, unknown>;
    broken.typo = 1;
    for (const value of Object.values(broken)) {
      if (Array.isArray(value)) value.push(7, { bad: true }, value[0]);
      else if (value && typeof value === 'object') Object.assign(value, { extraField: 'x', [Object.keys(value)[0]!]: [1] });
    }
    (broken.partners as Record<string, unknown>[])[1]!.criteria = { 'peduli-masalah': { status: 'met', extra: 1 }, nope: 'met' };
    plans.push(broken, examplePlan(), {}, [], 'text');
    // Everything but schemaPath, which starts at the part that reports it.
    const shown = (errors: ErrorObject[] | null | undefined) => (errors ?? []).map(({ schemaPath: _, ...e }) => e);
    let errors = 0;
    for (const plan of plans) {
      expect(split(plan)).toBe(whole(plan));
      expect(shown(split.errors)).toEqual(shown(whole.errors));
      errors += whole.errors?.length ?? 0;
    }
    expect(errors).toBeGreaterThan(50);
    expect(splitForOptimising({ type: 'object', properties: { a: { type: 'string' } } })).toEqual({ type: 'object', properties: { a: { type: 'string' } }, $defs: {} });
  });

  test('an unknown field in an assessment object lists the fields it may have', () => {
    const plan = examplePlan() as unknown as { idea: { criteria: Record<string, unknown> } };
    plan.idea.criteria['payung-hukum'] = { status: 'met', catatan: 'Perda 4/2019' };
    expect(validatePlanSchema(plan)).toEqual([
      expect.objectContaining({ ruleId: 'schema/additional-property', pointer: '/idea/criteria/payung-hukum/catatan', params: expect.objectContaining({ allowed: 'status, note' }) }),
    ]);
  });
});
