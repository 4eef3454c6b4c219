/** Builds plan texts for tests from the complete example, changed by a function, and checks them in-process. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsyaml from 'js-yaml';
import { loadPlanText } from '../../src/plan/load.js';
import { checkLoaded, type FileResult } from '../../src/check/engine.js';
import type { Plan } from '../../src/plan/types.js';
import type { Lang } from '../../src/guide/types.js';
import { EXAMPLES } from './cli.js';

export const EXAMPLE_FILE = path.join(EXAMPLES, 'stunting-sumedang.yaml');

/**
 * Read once per test file, by the tool's own reader (the reader's tests hold it to `yaml`'s data); each caller
 * gets its own deep copy to change.
 */
let example: Plan | undefined;
export function examplePlan(): Plan {
  example ??= loadPlanText(EXAMPLE_FILE, readFileSync(EXAMPLE_FILE, 'utf8')).data as Plan;
  return structuredClone(example);
}

/**
 * The example, changed by `edit`, as YAML text (block style, so every value has its own line). Written with
 * js-yaml, five times faster than `yaml` here: the rule tests build several hundred of these.
 */
export function planText(edit: (p: Plan) => void = () => {}): string {
  const plan = examplePlan();
  edit(plan);
  return jsyaml.dump(plan, { lineWidth: -1, noRefs: true, schema: jsyaml.CORE_SCHEMA, quotingType: '"' });
}

export function checkText(text: string, options: { lang?: Lang; today?: string; file?: string } = {}): FileResult {
  return checkLoaded(loadPlanText(options.file ?? 'plan.yaml', text), { lang: options.lang ?? 'id', today: options.today ?? '2026-11-22' });
}

export function checkPlan(edit: (p: Plan) => void, options: { lang?: Lang; today?: string } = {}): { result: FileResult; text: string } {
  const text = planText(edit);
  return { result: checkText(text, options), text };
}

/** The source line a finding points at. */
export function lineOf(text: string, line: number): string {
  return text.split('\n')[line - 1] ?? '';
}
