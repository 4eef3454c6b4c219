import { FIVE_W_ONE_H } from '../../guide/workplan.js';
import type { Activity } from '../../plan/types.js';
import { pointer } from '../../plan/findings.js';
import { ruleFamily } from './context.js';
import { defineRules, type FindingOf } from '../../plan/rule-set.js';

/** The rules this family reports, with their default severities (its words are in the catalog). */
const WORKPLAN_RULES = defineRules({
  'workplan/incomplete': 'warning',
  'workplan/missing-5w1h': 'warning',
  'workplan/no-responsible': 'warning',
  'workplan/responsible-not-in-who': 'warning',
  'workplan/no-capacity-building': 'info',
  'workplan/no-coordination': 'info',
  'workplan/outside-period': 'warning',
});

type WorkplanFinding = FindingOf<typeof WORKPLAN_RULES>;

/** Which of the 5W1H an activity leaves unanswered. */
export function missing5w1h(a: Activity): string[] {
  const answered: Record<string, boolean> = {
    what: !!a.what,
    why: !!a.why,
    who: (a.who?.length ?? 0) > 0,
    where: !!a.where,
    when: !!(a.when?.start || a.when?.schedule),
    how: !!a.how,
  };
  return FIVE_W_ONE_H.filter((q) => !answered[q.field]).map((q) => q.field);
}

export const workplanRules = ruleFamily(WORKPLAN_RULES, (ctx) => {
  if (!ctx.counts('workplan')) return [];
  const w = ctx.plan.workplan ?? {};
  const activities = w.activities ?? [];
  const out: WorkplanFinding[] = [];
  if (activities.length === 0) {
    out.push({ ruleId: 'workplan/incomplete', pointer: ctx.plan.workplan ? '/workplan' : '', at: 'key' });
    return out;
  }
  // Unknown partners and goals, repeated activity ids: references.ts.
  const period = ctx.plan.agreement?.period;
  activities.forEach((a, i) => {
    const at = (...rest: (string | number)[]) => pointer('workplan', 'activities', i, ...rest);
    const gaps = missing5w1h(a);
    if (gaps.length) out.push({ ruleId: 'workplan/missing-5w1h', pointer: at(), params: { activity: a.id, missing: gaps.join(', ') } });
    if (!a.responsible) out.push({ ruleId: 'workplan/no-responsible', pointer: at(), params: { activity: a.id } });
    if (a.responsible && ctx.partnerIds.has(a.responsible)) {
      if (a.who && !a.who.includes(a.responsible)) out.push({ ruleId: 'workplan/responsible-not-in-who', pointer: at('responsible'), params: { partner: a.responsible, activity: a.id } });
    }
    // when.start before when.end: plan.ts, with every pair of dates.
    if (period?.start && period.end) {
      for (const k of ['start', 'end'] as const) {
        const d = a.when?.[k];
        if (d && (d < period.start || d > period.end)) {
          out.push({ ruleId: 'workplan/outside-period', pointer: at('when', k), params: { activity: a.id, date: d, start: period.start, end: period.end } });
          break;
        }
      }
    }
  });
  if (!activities.some((a) => a.kind === 'peningkatan-kapasitas')) out.push({ ruleId: 'workplan/no-capacity-building', pointer: '/workplan/activities', at: 'key' });
  if (!activities.some((a) => a.kind === 'koordinasi') && !w.plannedMeetingsPerMonth) out.push({ ruleId: 'workplan/no-coordination', pointer: '/workplan/activities', at: 'key' });
  return out;
});
