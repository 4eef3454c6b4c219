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
import { createAjv, planValidatorInfo, validatePlanSchema, validationSchema } from '../src/check/schema.js';
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

  test('an unknown field in an assessment object lists the fields it may have', () => {
    const plan = examplePlan() as unknown as { idea: { criteria: Record<string, unknown> } };
    plan.idea.criteria['payung-hukum'] = { status: 'met', catatan: 'Perda 4/2019' };
    expect(validatePlanSchema(plan)).toEqual([
      expect.objectContaining({ ruleId: 'schema/additional-property', pointer: '/idea/criteria/payung-hukum/catatan', params: expect.objectContaining({ allowed: 'status, note' }) }),
    ]);
  });
});
