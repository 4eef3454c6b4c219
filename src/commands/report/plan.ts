/**
 * One file of `kemitraan report`: read it, check it against the schema, and compute its part of the report —
 * or say why it is skipped, with located findings. Runs on the main thread for a few files and in worker
 * threads for many (worker.ts); the result is plain data either way.
 */
import type { Lang } from '../../guide/types.js';
import { loadPlan, type PlanInput } from '../../plan/load.js';
import type { Plan } from '../../plan/types.js';
import type { RawFinding } from '../../plan/findings.js';
import { assessmentRefs, resolveFindings, type AssessmentRefs } from '../../check/engine.js';
import { CHECK_RULES, type CheckRuleId } from '../../check/rules/index.js';
import { validatePlanSchema } from '../../check/schema.js';
import { planPart, type BuildOptions, type PlanPart } from '../../report/build.js';
import type { SkippedPlan } from '../../report/types.js';
import { readPlanInputSync } from '../../io/read.js';
import { looksLikeRespondentFile } from '../../plan/kind.js';
import { unreadableMessage } from '../io-errors.js';

/** A file to report on: its bytes (stdin), or where to read it. */
export interface ReportTask {
  input?: PlanInput;
  path?: { file: string; cwd: string };
}
export interface ReportTaskOptions {
  build: BuildOptions;
  lang: Lang;
  today: string;
  /** Send the plan itself back with its part (the official report shapes read it whole). */
  keepPlan?: boolean;
}
/** `notAPlan`: a partner's assessment file found among the plans (kemitraan assess), left out without a word. */
export type ReportTaskResult = { part: PlanPart; assessments?: PlanAssessmentRefs } | { skipped: SkippedPlan } | { notAPlan: string };

/** A plan that names its partners' assessments: the command reads them after the indicators. */
export interface PlanAssessmentRefs {
  file: string;
  refs: AssessmentRefs;
}

export function reportTask(task: ReportTask, options: ReportTaskOptions): ReportTaskResult {
  const { lang } = options;
  const input = task.input ?? readPlanInputSync(task.path!.file, task.path!.cwd);
  if ('error' in input) {
    const message = unreadableMessage(input.file, input.error, lang);
    return { skipped: { file: input.file, findings: [{ line: 1, column: 1, ruleId: 'io/unreadable', message }] } };
  }
  const loaded = loadPlan(input);
  if (looksLikeRespondentFile(loaded.data)) return { notAPlan: loaded.file };
  const raw: RawFinding<CheckRuleId>[] = loaded.problems.filter((p) => p.ruleId !== 'parse/json');
  if (loaded.data !== undefined && raw.length === 0) raw.push(...validatePlanSchema(loaded.data));
  if (raw.length === 0) {
    const plan = loaded.data as Plan;
    const refs = assessmentRefs(plan, loaded, options.today);
    const part = planPart({ file: loaded.file, plan }, options.build);
    return { part: options.keepPlan ? { ...part, plan } : part, ...(refs ? { assessments: { file: loaded.file, refs } } : {}) };
  }
  const findings = resolveFindings(raw, CHECK_RULES, loaded, { lang, today: options.today });
  return { skipped: { file: loaded.file, findings: findings.map((f) => ({ line: f.line, column: f.column, ruleId: f.ruleId, message: f.message })) } };
}
