import type { Plan, Partner } from '../../plan/types.js';
import type { StepId } from '../../guide/steps.js';
import { STEP_IDS } from '../../guide/steps.js';
import type { RawFinding } from '../../plan/findings.js';
import type { RuleId } from '../../guide/messages/rules.js';
import type { RuleSet } from '../../plan/rule-set.js';
import { hasContent } from '../../plan/content.js';

/** What every rule family gets: the plan (already valid against the schema) and derived lookups. */
export interface RuleContext {
  plan: Plan;
  /**
   * ISO date of "today", given by the caller so rules stay pure. Rules only COMPARE it with dates of the plan
   * (no arithmetic such as "90 days before today"): `check --cache` reuses a result on another day as long as no
   * date of the plan lies in between (test/check-cache-today.test.ts holds every rule to that).
   */
  today: string;
  partnerIds: Set<string>;
  partnerById: Map<string, Partner>;
  /** Steps whose section has content. */
  started: Set<StepId>;
  /**
   * A step "counts" when it has begun or a later step has: then missing content is a finding. A step after the
   * last one begun is simply "not started", so an early plan is not flooded with warnings.
   */
  counts(step: StepId): boolean;
  language: 'id' | 'en';
}

/**
 * A rule family: the rules it declares (ids and default severities, `defineRules`) and the function that
 * checks them. The function may report only the ids it declares: anything else is a type error.
 */
export interface RuleFamily<Id extends RuleId = RuleId> {
  readonly rules: RuleSet<Id>;
  readonly run: (ctx: RuleContext) => RawFinding<Id>[];
}

export function ruleFamily<Id extends RuleId>(rules: RuleSet<Id>, run: (ctx: RuleContext) => NoInfer<RawFinding<Id>>[]): RuleFamily<Id> {
  return { rules, run };
}

export function startedSteps(plan: Plan): Set<StepId> {
  return new Set(STEP_IDS.filter((s) => hasContent(plan[s])));
}

export function makeContext(plan: Plan, today: string, language: 'id' | 'en' = 'id'): RuleContext {
  const partners = plan.partners ?? [];
  const started = startedSteps(plan);
  const lastStarted = Math.max(-1, ...STEP_IDS.map((s, i) => (started.has(s) ? i : -1)));
  return {
    plan,
    today,
    language,
    partnerIds: new Set(partners.map((p) => p.id)),
    partnerById: new Map(partners.map((p) => [p.id, p])),
    started,
    counts: (step) => STEP_IDS.indexOf(step) <= lastStarted,
  };
}

/** Items of `list` that appear more than once, with the index of each repeat. */
export function duplicates<T>(list: readonly T[], key: (t: T) => string): { key: string; index: number }[] {
  const seen = new Set<string>();
  const out: { key: string; index: number }[] = [];
  list.forEach((item, index) => {
    const k = key(item);
    if (seen.has(k)) out.push({ key: k, index });
    seen.add(k);
  });
  return out;
}

