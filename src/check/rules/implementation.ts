import { pointer } from '../../plan/findings.js';
import { ruleFamily } from './context.js';
import { defineRules, type FindingOf } from '../../plan/rule-set.js';

/** The rules this family reports, with their default severities (its words are in the catalog). */
const IMPLEMENTATION_RULES = defineRules({
  'implementation/unknown-contribution': 'error',
  'implementation/future-date': 'warning',
  'implementation/before-agreement': 'warning',
  'implementation/agreement-unsigned': 'warning',
});

type ImplementationFinding = FindingOf<typeof IMPLEMENTATION_RULES>;

export const implementationRules = ruleFamily(IMPLEMENTATION_RULES, (ctx) => {
  const impl = ctx.plan.implementation;
  if (!impl) return [];
  const out: ImplementationFinding[] = [];
  const signed = ctx.plan.agreement?.signedDate;
  const committed = new Map<string, Set<string>>();
  for (const e of ctx.plan.goals?.partnerRoles ?? []) {
    const set = committed.get(e.partner) ?? new Set<string>();
    for (const c of e.contributions ?? []) set.add(c.id);
    committed.set(e.partner, set);
  }

  // The guide's framework explores, aligns perceptions and communicates intensively before the agreement, so
  // meetings before signing are normal. Work-plan activities (other than coordination) and deliveries are not:
  // dated before the signing they are each a finding; with no signing date yet, one finding at the agreement.
  const coordination = new Set((ctx.plan.workplan?.activities ?? []).filter((a) => a.kind === 'koordinasi').map((a) => a.id));
  const unsigned: string[] = [];
  const beforeSigning = (section: string, i: number, date: string) => {
    if (!signed) unsigned.push(date);
    else if (date < signed) {
      out.push({ ruleId: 'implementation/before-agreement', pointer: pointer('implementation', section, i, 'date'), params: { date, signed }, places: { signedPlace: '/agreement/signedDate' } });
    }
  };
  const dated = (section: string, i: number, date: string) => {
    if (date > ctx.today) out.push({ ruleId: 'implementation/future-date', pointer: pointer('implementation', section, i, 'date'), params: { date, today: ctx.today } });
  };

  (impl.log ?? []).forEach((l, i) => {
    dated('log', i, l.date);
    if (!coordination.has(l.activity) && (l.status === 'done' || l.status === 'in-progress')) beforeSigning('log', i, l.date);
  });
  (impl.meetings ?? []).forEach((m, i) => dated('meetings', i, m.date));
  (impl.deliveries ?? []).forEach((d, i) => {
    dated('deliveries', i, d.date);
    beforeSigning('deliveries', i, d.date);
    if (d.contribution && ctx.partnerIds.has(d.partner) && !committed.get(d.partner)?.has(d.contribution)) {
      out.push({ ruleId: 'implementation/unknown-contribution', pointer: pointer('implementation', 'deliveries', i, 'contribution'), params: { contribution: d.contribution, partner: d.partner } });
    }
  });
  // Unknown partners and activities: references.ts.
  if (unsigned.length > 0) {
    const first = unsigned.reduce((x, y) => (y < x ? y : x));
    out.push({ ruleId: 'implementation/agreement-unsigned', pointer: ctx.plan.agreement ? '/agreement' : '/implementation', at: 'key', params: { count: unsigned.length, first } });
  }
  return out;
});
