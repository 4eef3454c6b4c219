import type { RuleId } from '../../guide/messages/rules.js';
import { pointer, type RawFinding } from '../../plan/findings.js';
import { ruleFamily } from './context.js';
import { defineRules, type FindingOf } from '../../plan/rule-set.js';

/** The rules this family reports, with their default severities (its words are in the catalog). */
const PLAN_RULES = defineRules({
  'plan/program-name': 'warning',
  'plan/dates-order': 'error',
  'plan/initiator-partner': 'error',
});

type PlanFinding = FindingOf<typeof PLAN_RULES>;

/** Two dates that must be in order; `later` before `earlier` is a finding (the caller's rule) at the later one. */
export function dateOrder<Id extends RuleId>(
  earlier: { label: string; date?: string; at: (string | number)[] },
  later: { label: string; date?: string; at: (string | number)[] },
  ruleId: Id,
  extra: Record<string, string> = {},
): RawFinding<Id>[] {
  if (!earlier.date || !later.date || later.date >= earlier.date) return [];
  return [{
    ruleId, pointer: pointer(...later.at),
    params: { ...extra, earlier: earlier.label, earlierDate: earlier.date, later: later.label, laterDate: later.date },
  }];
}

export const planRules = ruleFamily(PLAN_RULES, (ctx) => {
  const { plan } = ctx;
  const out: PlanFinding[] = [];
  if (plan.program === 'lainnya' && !plan.programName) out.push({ ruleId: 'plan/program-name', pointer: '/program' });
  // Every pair of dates that must be in order, wherever it stands in the plan (status dates: partners.ts).
  out.push(...dateOrder(
    { label: 'dates.start', date: plan.dates?.start, at: ['dates', 'start'] },
    { label: 'dates.end', date: plan.dates?.end, at: ['dates', 'end'] },
    'plan/dates-order',
  ));
  out.push(...dateOrder(
    { label: 'dates.created', date: plan.dates?.created, at: ['dates', 'created'] },
    { label: 'dates.updated', date: plan.dates?.updated, at: ['dates', 'updated'] },
    'plan/dates-order',
  ));
  out.push(...dateOrder(
    { label: 'agreement.period.start', date: plan.agreement?.period?.start, at: ['agreement', 'period', 'start'] },
    { label: 'agreement.period.end', date: plan.agreement?.period?.end, at: ['agreement', 'period', 'end'] },
    'plan/dates-order',
  ));
  // An instrument signed after its term ended ("mulai berlaku pada tanggal ditetapkan sampai dengan" an earlier date).
  out.push(...dateOrder(
    { label: 'agreement.signedDate', date: plan.agreement?.signedDate, at: ['agreement', 'signedDate'] },
    { label: 'agreement.period.end', date: plan.agreement?.period?.end, at: ['agreement', 'period', 'end'] },
    'plan/dates-order',
  ));
  out.push(...dateOrder(
    { label: 'agreement.pks.signedDate', date: plan.agreement?.pks?.signedDate, at: ['agreement', 'pks', 'signedDate'] },
    { label: 'agreement.pks.period.end', date: plan.agreement?.pks?.period?.end, at: ['agreement', 'pks', 'period', 'end'] },
    'plan/dates-order',
  ));
  // The PKS has its own term (agreement.pks.period), printed in its Pasal "Jangka Waktu" just like the agreement's.
  out.push(...dateOrder(
    { label: 'agreement.pks.period.start', date: plan.agreement?.pks?.period?.start, at: ['agreement', 'pks', 'period', 'start'] },
    { label: 'agreement.pks.period.end', date: plan.agreement?.pks?.period?.end, at: ['agreement', 'pks', 'period', 'end'] },
    'plan/dates-order',
  ));
  (plan.workplan?.activities ?? []).forEach((a, i) => {
    // dateOrder's own test first, before making its arguments: most activities' dates are in order.
    if (!a.when?.start || !a.when.end || a.when.end >= a.when.start) return;
    out.push(...dateOrder(
      { label: `${a.id}.when.start`, date: a.when?.start, at: ['workplan', 'activities', i, 'when', 'start'] },
      { label: `${a.id}.when.end`, date: a.when?.end, at: ['workplan', 'activities', i, 'when', 'end'] },
      'plan/dates-order',
    ));
  });
  const ip = plan.initiator.partner;
  if (ip !== undefined && !ctx.partnerIds.has(ip)) {
    out.push({ ruleId: 'plan/initiator-partner', pointer: '/initiator/partner', params: { partner: ip } });
  }
  return out;
});
