/** Builds plan texts for tests from the complete example, changed by a function, and checks them in-process. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { loadPlanText } from '../../src/plan/load.js';
import { checkLoaded, type FileResult } from '../../src/check/engine.js';
import type { Plan } from '../../src/plan/types.js';
import type { Lang } from '../../src/guide/types.js';
import { EXAMPLES } from './cli.js';

export const EXAMPLE_FILE = path.join(EXAMPLES, 'stunting-sumedang.yaml');

export function examplePlan(): Plan {
  return parse(readFileSync(EXAMPLE_FILE, 'utf8')) as Plan;
}

/** The example, changed by `edit`, as YAML text (block style, so every value has its own line). */
export function planText(edit: (p: Plan) => void = () => {}): string {
  const plan = examplePlan();
  edit(plan);
  return stringify(plan, { lineWidth: 0 });
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
