/**
 * Reading for `kemitraan assess`: the plan (its title and partners) and the respondent files, each file's
 * problems located like `check` locates a plan's.
 */
import path from 'node:path';
import { msg } from '../../guide/messages/index.js';
import type { Lang } from '../../guide/types.js';
import { checkLoaded, resolveFindings, type FileResult, type RuleConfig } from '../../check/engine.js';
import type { RawFinding } from '../../plan/findings.js';
import { RULE_SEVERITIES } from '../rules.js';
import { loadPlan, type PlanInput } from '../../plan/load.js';
import type { Plan } from '../../plan/types.js';
import { readPlanInput } from '../../io/read.js';
import { UsageError } from '../context.js';
import { validateRespondent } from '../../assess/validate.js';
import type { PlanFacts, Respondent } from '../../assess/types.js';
import { unreadableMessage } from '../io-errors.js';

export function planFacts(plan: Plan, file: string): PlanFacts {
  return {
    title: plan.title,
    fileId: path.basename(file).replace(/\.ya?ml$/i, ''),
    partners: (plan.partners ?? []).map((p) => ({ id: p.id, name: p.name, status: p.status })),
  };
}

/** The plan, which must read and match the schema: its problems are a usage error (exit 2), located. */
export async function readPlan(file: string, cwd: string, lang: Lang, today: string): Promise<{ plan: Plan; facts: PlanFacts }> {
  const input = await readPlanInput(file, cwd);
  if ('error' in input) throw new UsageError(unreadableMessage(file, input.error, lang));
  const result = checkLoaded(loadPlan(input), { lang, today });
  if (result.kind === 'assessment') throw new UsageError(msg(lang, 'assess.error.notAPlan', { file }));
  if (!result.plan) {
    const lines = result.findings.filter((f) => f.severity === 'error').slice(0, 10).map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`);
    throw new UsageError(`${msg(lang, 'assess.error.plan', { file })}\n${lines.join('\n')}`);
  }
  return { plan: result.plan, facts: planFacts(result.plan, file) };
}

export interface ReadRespondent {
  result: FileResult;
  /** The answers, when the file has no error. */
  respondent?: Respondent;
}

export interface ReadOptions {
  lang: Lang;
  today: string;
  config?: RuleConfig;
}

function checkRespondentBytes(input: PlanInput, plan: PlanFacts | undefined, options: ReadOptions): ReadRespondent {
  const loaded = loadPlan(input);
  const raw: RawFinding[] = [...loaded.problems];
  let respondent: Respondent | undefined;
  if (loaded.data !== undefined) {
    const v = validateRespondent(input.file, loaded.data, plan);
    raw.push(...v.findings);
    respondent = v.respondent;
  }
  const findings = resolveFindings(raw, RULE_SEVERITIES, loaded, options);
  // A severity raised to error in the config also keeps the file out.
  const failed = findings.some((f) => f.severity === 'error');
  return { result: { file: input.file, findings }, ...(respondent && !failed ? { respondent } : {}) };
}

/** Reads and validates one respondent file, or says why it cannot be read at all. */
export async function readRespondent(file: string, cwd: string, plan: PlanFacts | undefined, options: ReadOptions): Promise<ReadRespondent | { file: string; error: string }> {
  const input = await readPlanInput(file, cwd);
  if ('error' in input) return input;
  return checkRespondentBytes(input, plan, options);
}

/**
 * `check` met an assessment file among plans: its result as an assessment (no plan to match partners against).
 * The file was read a moment ago; should it have gone since, it is left out like a file that vanished.
 */
export async function checkAssessmentFile(file: string | PlanInput, cwd: string, options: ReadOptions): Promise<FileResult | undefined> {
  const r = typeof file === 'string' ? await readRespondent(file, cwd, undefined, options) : checkRespondentBytes(file, undefined, options);
  if ('error' in r) return undefined;
  return { ...r.result, kind: 'assessment' };
}
