/**
 * Reference integrity as one declarative table: every place a plan names a partner, goal or activity by id,
 * and every list whose ids must be unique. Each entry says which rule it is, from which step on it counts, where
 * the references (or ids) are, and what they must name; the two shared functions below do the checking.
 * To check a new reference, add an entry (and its rule's words in src/guide/messages/rules.ts).
 */
import type { Params } from '../../guide/messages/format.js';
import type { StepId } from '../../guide/steps.js';
import type { Plan } from '../../plan/types.js';
import { pointer } from '../../plan/findings.js';
import { duplicates, ruleFamily, type RuleContext } from './context.js';
import { defineRules, type FindingOf, type RuleIdOf } from '../../plan/rule-set.js';

/** The rules this family reports, with their default severities (its words are in the catalog). */
const REFERENCES_RULES = defineRules({
  'partners/duplicate-id': 'error',
  'goals/unknown-partner': 'error',
  'goals/duplicate-partner': 'error',
  'goals/duplicate-contribution': 'error',
  'workplan/duplicate-activity': 'error',
  'workplan/unknown-partner': 'error',
  'workplan/unknown-goal': 'error',
  'implementation/unknown-activity': 'error',
  'implementation/unknown-partner': 'error',
  'monitoring/duplicate-indicator': 'error',
});

type ReferenceFinding = FindingOf<typeof REFERENCES_RULES>;

/** An id as written in the plan, and where (JSON pointer segments). */
interface Ref {
  id: string;
  at: (string | number)[];
}

interface ReferenceRule {
  rule: RuleIdOf<typeof REFERENCES_RULES>;
  /** Checked once this step counts (RuleContext.counts); always when absent. */
  step?: StepId;
  /** The ids that exist. */
  known: (plan: Plan) => ReadonlySet<string>;
  /** Where the plan refers to them. */
  refs: (plan: Plan) => Ref[];
  /** The message's parameters for a reference to nothing. */
  params: (ref: Ref, known: ReadonlySet<string>) => Params;
}

interface UniqueRule {
  rule: RuleIdOf<typeof REFERENCES_RULES>;
  step?: StepId;
  /** Ids that must differ from each other. */
  ids: (plan: Plan) => Ref[];
  /** The message parameter that names the repeated id. */
  param: string;
}

/** `list`'s items as references, `pick` giving each item's ids. Loops, not flatMap and filter: it runs for every list of every plan. */
const each = <T>(list: readonly T[] | undefined, pick: (item: T, i: number) => (Ref | undefined)[]): Ref[] => {
  const out: Ref[] = [];
  if (list === undefined) return out;
  for (let i = 0; i < list.length; i++) {
    for (const r of pick(list[i]!, i)) if (r !== undefined && r.id !== undefined) out.push(r);
  }
  return out;
};

const partnerIds = (plan: Plan) => new Set((plan.partners ?? []).map((p) => p.id));
const goalIds = (plan: Plan) => new Set((plan.goals?.specific ?? []).map((g) => g.id));
const activityIds = (plan: Plan) => new Set((plan.workplan?.activities ?? []).map((a) => a.id));
const listed = (known: ReadonlySet<string>) => [...known].join(', ');

export const REFERENCE_RULES: readonly ReferenceRule[] = [
  {
    rule: 'goals/unknown-partner', step: 'goals', known: partnerIds,
    refs: (p) => each(p.goals?.partnerRoles, (e, i) => [{ id: e.partner, at: ['goals', 'partnerRoles', i, 'partner'] }]),
    params: (r, known) => ({ partner: r.id, known: listed(known) }),
  },
  {
    rule: 'workplan/unknown-partner', step: 'workplan', known: partnerIds,
    refs: (p) => each(p.workplan?.activities, (a, i) => [
      ...(a.who ?? []).map((id, j) => ({ id, at: ['workplan', 'activities', i, 'who', j] })),
      a.responsible === undefined ? undefined : { id: a.responsible, at: ['workplan', 'activities', i, 'responsible'] },
      a.budget?.fundedBy === undefined ? undefined : { id: a.budget.fundedBy, at: ['workplan', 'activities', i, 'budget', 'fundedBy'] },
    ]),
    params: (r, known) => ({ partner: r.id, known: listed(known) }),
  },
  {
    rule: 'workplan/unknown-goal', step: 'workplan', known: goalIds,
    refs: (p) => each(p.workplan?.activities, (a, i) => (a.goals ?? []).map((id, j) => ({ id, at: ['workplan', 'activities', i, 'goals', j] }))),
    params: (r) => ({ goal: r.id }),
  },
  {
    rule: 'implementation/unknown-activity', known: activityIds,
    refs: (p) => each(p.implementation?.log, (l, i) => [{ id: l.activity, at: ['implementation', 'log', i, 'activity'] }]),
    params: (r, known) => ({ activity: r.id, known: listed(known) }),
  },
  {
    rule: 'implementation/unknown-partner', known: partnerIds,
    refs: (p) => [
      ...each(p.implementation?.meetings, (m, i) => (m.attendees ?? []).map((id, j) => ({ id, at: ['implementation', 'meetings', i, 'attendees', j] }))),
      ...each(p.implementation?.deliveries, (d, i) => [{ id: d.partner, at: ['implementation', 'deliveries', i, 'partner'] }]),
      ...each(p.implementation?.products, (x, i) => (x.partners ?? []).map((id, j) => ({ id, at: ['implementation', 'products', i, 'partners', j] }))),
    ],
    params: (r, known) => ({ partner: r.id, known: listed(known) }),
  },
];

export const UNIQUE_RULES: readonly UniqueRule[] = [
  { rule: 'partners/duplicate-id', step: 'partners', param: 'partner', ids: (p) => each(p.partners, (x, i) => [{ id: x.id, at: ['partners', i, 'id'] }]) },
  { rule: 'goals/duplicate-partner', step: 'goals', param: 'partner', ids: (p) => each(p.goals?.partnerRoles, (e, i) => [{ id: e.partner, at: ['goals', 'partnerRoles', i, 'partner'] }]) },
  {
    rule: 'goals/duplicate-contribution', step: 'goals', param: 'contribution',
    ids: (p) => each(p.goals?.partnerRoles, (e, i) => (e.contributions ?? []).map((c, j) => ({ id: c.id, at: ['goals', 'partnerRoles', i, 'contributions', j, 'id'] }))),
  },
  { rule: 'workplan/duplicate-activity', step: 'workplan', param: 'activity', ids: (p) => each(p.workplan?.activities, (a, i) => [{ id: a.id, at: ['workplan', 'activities', i, 'id'] }]) },
  { rule: 'monitoring/duplicate-indicator', step: 'monitoring', param: 'indicator', ids: (p) => each(p.monitoring?.indicators, (x, i) => [{ id: x.id, at: ['monitoring', 'indicators', i, 'id'] }]) },
];

/** References that name nothing; `knownSets` keeps each kind of ids made once per plan (three rules name partners). */
function brokenReferences(ctx: RuleContext, r: ReferenceRule, knownSets: Map<ReferenceRule['known'], ReadonlySet<string>>, out: ReferenceFinding[]): void {
  let known = knownSets.get(r.known);
  if (known === undefined) knownSets.set(r.known, (known = r.known(ctx.plan)));
  for (const ref of r.refs(ctx.plan)) {
    if (!known.has(ref.id)) out.push({ ruleId: r.rule, pointer: pointer(...ref.at), params: r.params(ref, known) });
  }
}

/** Every repeat of an id after its first use. */
function repeatedIds(ctx: RuleContext, r: UniqueRule, out: ReferenceFinding[]): void {
  const ids = r.ids(ctx.plan);
  for (const d of duplicates(ids, (x) => x.id)) out.push({ ruleId: r.rule, pointer: pointer(...ids[d.index]!.at), params: { [r.param]: d.key } });
}

export const referenceRules = ruleFamily(REFERENCES_RULES, (ctx) => {
  const applies = (step: StepId | undefined) => step === undefined || ctx.counts(step);
  const out: ReferenceFinding[] = [];
  const knownSets = new Map<ReferenceRule['known'], ReadonlySet<string>>();
  for (const r of REFERENCE_RULES) if (applies(r.step)) brokenReferences(ctx, r, knownSets, out);
  for (const r of UNIQUE_RULES) if (applies(r.step)) repeatedIds(ctx, r, out);
  return out;
});
