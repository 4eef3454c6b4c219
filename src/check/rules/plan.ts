import type { RuleId } from '../../guide/messages/rules.js';
import type { RawFinding } from '../../plan/findings.js';
import { pointer } from '../../plan/findings.js';
import type { RuleContext } from './context.js';

/** Two dates that must be in order; `later` before `earlier` is a finding at the later one. */
export function dateOrder(
  earlier: { label: string; date?: string; at: (string | number)[] },
  later: { label: string; date?: string; at: (string | number)[] },
  ruleId: RuleId = 'plan/dates-order',
  extra: Record<string, string> = {},
): RawFinding[] {
  if (!earlier.date || !later.date || later.date >= earlier.date) return [];
  return [{
    ruleId, pointer: pointer(...later.at),
    params: { ...extra, earlier: earlier.label, earlierDate: earlier.date, later: later.label, laterDate: later.date },
  }];
}

export function planRules(ctx: RuleContext): RawFinding[] {
  const { plan } = ctx;
  const out: RawFinding[] = [];
  if (plan.program === 'lainnya' && !plan.programName) out.push({ ruleId: 'plan/program-name', pointer: '/program' });
  out.push(...dateOrder(
    { label: 'dates.start', date: plan.dates?.start, at: ['dates', 'start'] },
    { label: 'dates.end', date: plan.dates?.end, at: ['dates', 'end'] },
  ));
  out.push(...dateOrder(
    { label: 'dates.created', date: plan.dates?.created, at: ['dates', 'created'] },
    { label: 'dates.updated', date: plan.dates?.updated, at: ['dates', 'updated'] },
  ));
  const ip = plan.initiator.partner;
  if (ip !== undefined && !ctx.partnerIds.has(ip)) {
    out.push({ ruleId: 'plan/initiator-partner', pointer: '/initiator/partner', params: { partner: ip } });
  }
  return out;
}
