/**
 * Checks one loaded plan: schema first, then (on a valid plan) the guide's readiness rules; then config
 * severities, positions and words are applied. Pure: the caller supplies today's date and the config.
 */
import type { Lang } from '../guide/types.js';
import { STEPS, type StepId } from '../guide/steps.js';
import { IDEA_CRITERIA, PARTNER_CRITERIA, READINESS_CRITERIA } from '../guide/criteria.js';
import { RULE_WORDS, msg, fill, type MessageId, type RuleId, type Severity } from '../guide/messages/index.js';
import { loadPlan, type LoadedPlan, type PlanInput } from '../plan/load.js';
import type { Plan } from '../plan/types.js';
import type { Finding, RawFinding } from '../plan/findings.js';
import { SEVERITY_RANK, pointerPath } from '../plan/findings.js';
import { validatePlanSchema } from './schema.js';
import { makeContext } from './rules/context.js';
import { CHECK_RULES, RULE_FAMILIES, type CheckRuleId } from './rules/index.js';
import type { RuleSet } from '../plan/rule-set.js';
import { hasContent as hasAny } from '../plan/content.js';
import { tallyCriteria } from './rules/criteria.js';
import { readPlan, type PlanReading } from './reading.js';
import { looksLikeRespondentFile } from '../plan/kind.js';
import { thousandsFindings } from './number-text.js';
import { explainFlowCommas } from './flow-comma.js';

/** Rule severities from `.kemitraanrc.yaml`: a severity, or `off`. */
export interface RuleConfig {
  rules: Record<string, Severity | 'off'>;
}

export interface CheckOptions {
  lang: Lang;
  /** YYYY-MM-DD. */
  today: string;
  config?: RuleConfig;
  /**
   * False: the caller shows no per-step summary or reading (the run's format prints none and nothing else asks
   * for them), so they are not made — a twentieth of checking a draft.
   */
  summary?: boolean;
}

export type StepStatus = 'complete' | 'incomplete' | 'empty';

export interface StepSummary {
  step: StepId;
  number: number;
  status: StepStatus;
  /** Criteria met, of total, and how many the tool's threshold needs (see guide/thresholds.ts). */
  criteria?: { met: number; total: number; needed: number };
  counts: Record<Severity, number>;
}

export interface FileResult {
  file: string;
  findings: Finding[];
  /** Per-step readiness; absent when the plan could not be read or does not match the schema. */
  summary?: StepSummary[];
  /** Types, pillars and principles as the tool reads them from the plan (with the summary). */
  reading?: PlanReading;
  /** The plan data when it matched the schema (for report/render callers). */
  plan?: Plan;
  /** The file is a partner's assessment (`kemitraan assess`), not a plan: the command checks it as one. */
  kind?: 'assessment';
  /** The plan names assessments: what the command needs to read them (the engine reads no files). */
  assessments?: AssessmentRefs;
}

/** A plan's `monitoring.assessments`, located, with the plan facts its respondent files are checked against. */
export interface AssessmentRefs {
  paths: { path: string; line: number; column: number }[];
  line: number;
  column: number;
  title: string;
  partners: { id: string; name: string; status: string }[];
  /** The agreement is signed (on or before today). */
  signed: boolean;
}

/** Runs the readiness rules on a schema-valid plan (exported for tests and the wizard). */
export function runRules(plan: Plan, today: string, lang: Lang = 'id'): RawFinding<CheckRuleId>[] {
  const ctx = makeContext(plan, today, lang);
  return RULE_FAMILIES.flatMap<RawFinding<CheckRuleId>>((family) => family.run(ctx));
}

/** Appends one by one: `push(...list)` passes every item as an argument and overflows the stack past ~100,000. */
function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

export function checkLoaded(loaded: LoadedPlan, options: CheckOptions): FileResult {
  const raw: RawFinding<CheckRuleId>[] = [...loaded.problems];
  let plan: Plan | undefined;
  // A folder of plans may hold the partners' assessment files too. They are not plans: the command checks them
  // as assessments (loading that code only when it meets one).
  if (looksLikeRespondentFile(loaded.data)) return { file: loaded.file, findings: resolveFindings(raw, CHECK_RULES, loaded, options), kind: 'assessment' };
  if (loaded.data !== undefined) {
    // `target: 21.000` is valid YAML (the number 21) but not what an Indonesian wrote: found in the text.
    append(raw, thousandsFindings(loaded.text, loaded.data));
    // Unknown fields that are the second half of a value with a comma in `{ … }`: said as such, with the fix.
    const schema = explainFlowCommas(validatePlanSchema(loaded.data), loaded);
    append(raw, schema);
    if (schema.length === 0) {
      plan = loaded.data as Plan;
      append(raw, runRules(plan, options.today, options.lang));
    }
  }
  const findings = resolveFindings(raw, CHECK_RULES, loaded, options);
  const assessments = plan ? assessmentRefs(plan, loaded, options.today) : undefined;
  const summary = plan && options.summary !== false ? { summary: summarize(plan, findings), reading: readPlan(plan, findings.map((f) => f.ruleId)) } : {};
  return { file: loaded.file, findings, ...(plan ? { plan, ...summary } : {}), ...(assessments ? { assessments } : {}) };
}

/** Where a plan names its assessments, and the plan facts they are read against (check and report use it). */
export function assessmentRefs(plan: Plan, loaded: Pick<LoadedPlan, 'locate'>, today: string): AssessmentRefs | undefined {
  const paths = plan.monitoring?.assessments;
  if (!paths?.length) return undefined;
  const at = loaded.locate('/monitoring/assessments', 'key');
  const signed = plan.agreement?.signedDate;
  return {
    paths: paths.map((p, i) => ({ path: p, ...loaded.locate(`/monitoring/assessments/${i}`) })),
    line: at.line,
    column: at.column,
    title: plan.title,
    partners: (plan.partners ?? []).map((p) => ({ id: p.id, name: p.name, status: p.status })),
    signed: signed !== undefined && signed <= today,
  };
}

/**
 * Reads and checks one file's bytes, keeping only what check's formatters need: the plan data is dropped, so
 * checking thousands of files holds findings and summaries, not thousands of parsed plans.
 */
export function checkInput(input: PlanInput, options: CheckOptions): FileResult {
  const { file, findings, summary, kind, assessments, reading } = checkLoaded(loadPlan(input), options);
  return { file, findings, ...(summary ? { summary } : {}), ...(reading ? { reading } : {}), ...(kind ? { kind } : {}), ...(assessments ? { assessments } : {}) };
}

/** A problem reading a file in words, with what to do about it (the texts `check` prints), for one-line errors. */
export function readingProblemText(problem: RawFinding, lang: Lang): string {
  const words = RULE_WORDS[problem.ruleId as RuleId];
  const params = localParams(problem.params, lang);
  return `${fill(words.message[lang], params)}. ${fill(words.hint[lang], params)}`;
}

/**
 * Puts raw findings into words, at positions, with configured severities; sorted by position. `rules` are the
 * declarations of the findings' rules (their default severities): check's own (CHECK_RULES), or every rule
 * (src/commands/rules.ts) for the findings a command adds; a finding of a rule not in them does not compile.
 */
export function resolveFindings<Id extends RuleId>(raw: readonly RawFinding<Id>[], rules: NoInfer<RuleSet<Id>>, loaded: Pick<LoadedPlan, 'file' | 'locate'>, options: CheckOptions): Finding[] {
  const out: Finding[] = [];
  for (const r of raw) {
    // Problems reading the file cannot be switched off: nothing else could be checked.
    const severity = r.ruleId.startsWith('parse/') && r.ruleId !== 'parse/json' ? 'error' : options.config?.rules[r.ruleId] ?? rules[r.ruleId];
    if (severity === 'off') continue;
    const words = RULE_WORDS[r.ruleId];
    const local = localParams(r.params, options.lang);
    const params = r.places ? placeParams(r.places, loaded, options.lang, local) : local;
    const pos = r.position ?? loaded.locate(r.pointer, r.at);
    out.push({
      ruleId: r.ruleId,
      severity,
      message: fill(words.message[options.lang], params),
      hint: fill(words.hint[options.lang], params),
      file: loaded.file,
      line: pos.line,
      column: pos.column,
      pointer: r.pointer,
    });
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
}

/**
 * `params` and each named place as "path, baris N" / "path, line N", in a new object (a place's name wins). Not
 * `{ ...params, ...places }`: V8 builds spreads into a literal slowly, and a draft has thousands of these.
 */
function placeParams(places: NonNullable<RawFinding['places']>, loaded: Pick<LoadedPlan, 'locate'>, lang: Lang, params: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const k in params) if (Object.hasOwn(params, k)) out[k] = params[k]!;
  for (const name in places) {
    if (!Object.hasOwn(places, name)) continue;
    const p = places[name]!;
    out[name] = msg(lang, 'check.place', { path: pointerPath(p), line: loaded.locate(p).line });
  }
  return out;
}

const WORD_PARAM = /^(type|format|word)\.[\w.-]+$/;

const NO_PARAMS: Record<string, string | number> = Object.freeze({});

/** Whether a value names a word to translate ("type.string", "word.status.signed"). */
function isWord(v: string | number): v is string {
  // The first letter rules most values out before the regular expression runs.
  const c = typeof v === 'string' ? v.charCodeAt(0) : 0;
  return (c === 0x74 || c === 0x66 || c === 0x77) && WORD_PARAM.test(v as string);
}

/**
 * Parameters that name a type or format ("type.string") are words to translate. The rule's own object when none
 * does (most findings): it is only read.
 */
function localParams(params: Record<string, string | number> | undefined, lang: Lang): Record<string, string | number> {
  if (params === undefined) return NO_PARAMS;
  let words = false;
  for (const k in params) {
    if (Object.hasOwn(params, k) && isWord(params[k]!)) {
      words = true;
      break;
    }
  }
  if (!words) return params;
  const out: Record<string, string | number> = {};
  for (const k in params) {
    if (!Object.hasOwn(params, k)) continue;
    const v = params[k]!;
    out[k] = isWord(v) ? msg(lang, v as MessageId) : v;
  }
  return out;
}

const STEP_IDS: ReadonlySet<string> = new Set(STEPS.map((s) => s.id));

/**
 * The step a finding belongs to: its rule's family when that is a step (`workplan/…`), else the step whose
 * section holds the node it points at — `plan/dates-order` on an activity's dates is step 6's problem, and a
 * step with an error in it is not complete. Findings about the basics (region, dates) belong to no step.
 */
function stepOf(f: Pick<Finding, 'ruleId' | 'pointer'>): string {
  const slash = f.ruleId.indexOf('/');
  const family = slash < 0 ? f.ruleId : f.ruleId.slice(0, slash);
  if (STEP_IDS.has(family)) return family;
  const end = f.pointer.indexOf('/', 1);
  return f.pointer.slice(1, end < 0 ? undefined : end);
}

export function summarize(plan: Plan, findings: readonly Finding[]): StepSummary[] {
  const started = new Set(STEPS.filter((s) => hasAny(plan[s.id])).map((s) => s.id));
  const active = (plan.partners ?? []).filter((p) => p.status !== 'withdrawn');
  // One pass over the findings for every step's counts (a draft has dozens of findings, and eight steps).
  const countsByStep = new Map<string, Record<Severity, number>>(STEPS.map((s) => [s.id, { error: 0, warning: 0, info: 0 }]));
  for (const f of findings) {
    const counts = countsByStep.get(stepOf(f));
    if (counts) counts[f.severity]++;
  }
  return STEPS.map((s) => {
    const counts = countsByStep.get(s.id)!;
    const status: StepStatus = !started.has(s.id) ? 'empty' : counts.error + counts.warning > 0 ? 'incomplete' : 'complete';
    let criteria: { met: number; total: number; needed: number } | undefined;
    if (s.id === 'idea') criteria = pick(tallyCriteria(IDEA_CRITERIA, plan.idea?.criteria));
    if (s.id === 'readiness') criteria = pick(tallyCriteria(READINESS_CRITERIA, plan.readiness?.criteria));
    if (s.id === 'partners' && active.length > 0) {
      const t = active.map((p) => tallyCriteria(PARTNER_CRITERIA, p.criteria));
      criteria = { met: t.reduce((n, x) => n + x.met, 0), total: t.reduce((n, x) => n + x.total, 0), needed: t.reduce((n, x) => n + x.needed, 0) };
    }
    return { step: s.id, number: s.number, status, counts, ...(criteria ? { criteria } : {}) };
  });
}

function pick(t: { met: number; total: number; needed: number }) {
  return { met: t.met, total: t.total, needed: t.needed };
}

/** Is the plan ready to begin `step`: are all steps before it complete? */
export function stageReadiness(summary: readonly StepSummary[], step: StepId): { ready: boolean; pending: StepSummary[] } {
  const target = STEPS.find((s) => s.id === step)!;
  const pending = summary.filter((s) => s.number < target.number && s.status !== 'complete');
  return { ready: pending.length === 0, pending };
}

/** The first step that is not complete, the one to work on next. */
export function nextStep(summary: readonly StepSummary[]): StepSummary | undefined {
  return summary.find((s) => s.status !== 'complete');
}

export interface NextAdvice {
  step: StepSummary;
  /** The most serious open problem in that step, when there is one. */
  finding?: Finding;
}

/**
 * What to work on next: the most serious open problem (errors before warnings before infos; among equals the
 * earliest step, then the first in the file), not merely the first incomplete step. A criterion honestly
 * assessed as unmet (`…/criterion-unmet`) ranks below every other finding of its severity: it records a fact,
 * while the others ask for a change. Without findings, the first step not started.
 */
export function nextAdvice(summary: readonly StepSummary[], findings: readonly Finding[]): NextAdvice | undefined {
  const stepOfFinding = (f: Finding) => summary.find((s) => s.step === stepOf(f));
  const rank = (f: Finding) => SEVERITY_RANK[f.severity] * 2 + (f.ruleId.endsWith('/criterion-unmet') ? 0 : 1);
  let best: { f: Finding; step: StepSummary } | undefined;
  for (const f of findings) {
    const step = stepOfFinding(f);
    if (!step || f.severity === 'info') continue;
    if (!best || rank(f) > rank(best.f) || (rank(f) === rank(best.f) && step.number < best.step.number)) best = { f, step };
  }
  if (best) return { step: best.step, finding: best.f };
  const next = nextStep(summary);
  return next ? { step: next } : undefined;
}

export function meetsThreshold(f: Finding, failOn: Severity): boolean {
  return SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn];
}

/** What a run of `check` keeps of one file: whether it fails the run (--fail-on), whether it is ready (--stage). */
export interface FileOutcome {
  failing: boolean;
  notReady: boolean;
}

export function fileOutcome(r: FileResult, failOn: Severity, stage: StepId | undefined): FileOutcome {
  return {
    failing: r.findings.some((f) => meetsThreshold(f, failOn)),
    notReady: stage !== undefined && r.kind !== 'assessment' && (!r.summary || !stageReadiness(r.summary, stage).ready),
  };
}
