import type { Criterion } from '../../guide/criteria.js';
import type { Lang } from '../../guide/types.js';
import { assessmentStatus, type CriteriaAssessment } from '../../plan/types.js';
import type { RawFinding } from '../../plan/findings.js';
import type { RuleId } from '../../guide/messages/rules.js';
import { pointer, pointerSegment } from '../../plan/findings.js';
import { criteriaNeeded } from '../../guide/thresholds.js';

export interface CriteriaTally {
  met: number;
  total: number;
  /** How many must be met (the tool's threshold). */
  needed: number;
  unassessed: Criterion[];
  unmet: Criterion[];
}

/** Counts a checklist: met, not assessed, and unmet (partial counts as neither met nor unmet). */
export function tallyCriteria(set: readonly Criterion[], assessed: CriteriaAssessment | undefined): CriteriaTally {
  const a = assessed ?? {};
  // One pass: this runs for every partner of every plan, several times per check.
  let met = 0;
  const unassessed: Criterion[] = [];
  const unmet: Criterion[] = [];
  for (const c of set) {
    const status = assessmentStatus(a[c.id]);
    if (status === 'met') met++;
    else if (status === undefined) unassessed.push(c);
    else if (status === 'unmet') unmet.push(c);
  }
  return { met, total: set.length, needed: criteriaNeeded(set.length), unassessed, unmet };
}

/**
 * `params` with the caller's `extra` parameters added (no parameter has both names). Not `{ ...extra, ...}`: V8
 * makes an object spread followed by more properties slowly (criteria findings took 2.2× as long).
 */
function withExtra(params: Record<string, string | number>, extra: Record<string, string>): Record<string, string | number> {
  for (const k in extra) if (Object.hasOwn(extra, k)) params[k] = extra[k]!;
  return params;
}

const joinedIds = new WeakMap<readonly Criterion[], string>();

/** A checklist's ids as a list ("a, b, c"), joined once: most drafts leave whole checklists unassessed. */
function allIds(set: readonly Criterion[]): string {
  let ids = joinedIds.get(set);
  if (ids === undefined) joinedIds.set(set, (ids = set.map((c) => c.id).join(', ')));
  return ids;
}

/**
 * Findings for a checklist: one for all unassessed criteria, one per unmet criterion (at its key); the caller's ids.
 * `tally`: the checklist's tally when the caller has made it already.
 */
export function criteriaFindings<Id extends RuleId>(
  set: readonly Criterion[],
  assessed: CriteriaAssessment | undefined,
  at: (string | number)[],
  rules: { unassessed: Id; unmet: Id; mostlyUnmet: Id },
  lang: Lang,
  extra: Record<string, string> = {},
  tally: CriteriaTally = tallyCriteria(set, assessed),
): RawFinding<Id>[] {
  const out: RawFinding<Id>[] = [];
  // Made once and by hand (no spread calls): this runs for every partner of every plan.
  const base = pointer(...at);
  const listAt = assessed ? `${base}/criteria` : base;
  if (tally.unassessed.length > 0) {
    const ids = tally.unassessed.length === set.length ? allIds(set) : tally.unassessed.map((c) => c.id).join(', ');
    out.push({ ruleId: rules.unassessed, pointer: listAt, at: 'key', params: withExtra({ count: tally.unassessed.length, total: tally.total, criteria: ids }, extra) });
  }
  // Fires only when the threshold cannot be reached without changing an assessment (all "partial" included).
  if (tally.met + tally.unassessed.length < tally.needed) {
    out.push({ ruleId: rules.mostlyUnmet, pointer: listAt, at: 'key', params: withExtra({ met: tally.met, total: tally.total, needed: tally.needed }, extra) });
  }
  for (const c of tally.unmet) {
    out.push({ ruleId: rules.unmet, pointer: `${base}/criteria/${pointerSegment(c.id)}`, params: withExtra({ criterion: `${c.id} (${c.label[lang]})` }, extra) });
  }
  return out;
}
