/**
 * Each partner's status followed through the whole plan. A partner that has not joined (candidate, invited) or
 * has withdrawn — on the day that matters — must not silently carry activities, money, roles, deliveries,
 * meetings or the agreement. Every message names the date and the other place (where the status is written).
 */
import type { Activity, Partner, PartnerStatus } from '../../plan/types.js';
import { hasJoined, statusOn, withdrawnOn, STATUS_SEQUENCE } from '../../plan/status.js';
import { pointer } from '../../plan/findings.js';
import { ruleFamily, type RuleContext } from './context.js';
import { defineRules, type FindingOf } from '../../plan/rule-set.js';

/** The rules this family reports, with their default severities (its words are in the catalog). */
const PARTNER_STATUS_RULES = defineRules({
  'partners/not-joined-carries': 'warning',
  'partners/withdrawn-carries': 'warning',
  'goals/role-holder-not-joined': 'warning',
  'implementation/delivery-not-joined': 'warning',
  'implementation/meeting-after-withdrawal': 'warning',
  'implementation/log-partner-not-joined': 'warning',
  'agreement/party-withdrawn': 'warning',
  'agreement/party-not-committed-at-signing': 'warning',
  'agreement/party-not-joined': 'warning',
  'partners/signed-without-agreement-date': 'warning',
  'partners/signed-date-differs': 'warning',
  'partners/status-date-future': 'warning',
  'partners/status-behind-dates': 'warning',
});

type PartnerStatusFinding = FindingOf<typeof PARTNER_STATUS_RULES>;

interface Indexed { partner: Partner; index: number }

/** Where a partner's status (or the date of it) is written. */
export function statusPointer(p: Indexed, status: PartnerStatus = p.partner.status): string {
  return p.partner.statusDates?.[status] ? pointer('partners', p.index, 'statusDates', status) : pointer('partners', p.index, 'status');
}

/** The status id as a translatable word (see `word.status.*` in the check messages). */
const statusWord = (s: PartnerStatus) => `word.status.${s}`;

/** The last day an activity runs (its end, else its start), when known. */
const lastDay = (a: Activity) => a.when?.end ?? a.when?.start;

export const partnerStatusRules = ruleFamily(PARTNER_STATUS_RULES, (ctx) => {
  const partners = ctx.plan.partners ?? [];
  if (partners.length === 0) return [];
  const byId = new Map<string, Indexed>(partners.map((partner, index) => [partner.id, { partner, index }]));
  const out = statusDateFindings(ctx, partners);
  for (const more of [workplanFindings(ctx, byId), roleFindings(ctx, byId), implementationFindings(ctx, byId), agreementFindings(ctx, byId)]) {
    for (const f of more) out.push(f);
  }
  return out;
});

/** Status dates in the future, and dates recorded for a status the partner is not (yet) at. */
function statusDateFindings(ctx: RuleContext, partners: readonly Partner[]): PartnerStatusFinding[] {
  const out: PartnerStatusFinding[] = [];
  partners.forEach((p, i) => {
    const dates = p.statusDates ?? {};
    for (const s of STATUS_SEQUENCE) {
      const d = dates[s];
      if (d && d > ctx.today) {
        out.push({ ruleId: 'partners/status-date-future', pointer: pointer('partners', i, 'statusDates', s), params: { partner: p.id, status: statusWord(s), date: d, today: ctx.today } });
      }
    }
    for (let k = STATUS_SEQUENCE.indexOf(p.status) + 1; k < STATUS_SEQUENCE.length; k++) {
      const s = STATUS_SEQUENCE[k]!;
      if (dates[s]) {
        out.push({
          ruleId: 'partners/status-behind-dates', pointer: pointer('partners', i, 'status'),
          params: { partner: p.id, status: statusWord(p.status), later: statusWord(s), date: dates[s]! },
          places: { datePlace: pointer('partners', i, 'statusDates', s) },
        });
        break;
      }
    }
  });
  return out;
}

/** Activities whose responsible partner, doers or funder have not joined or have withdrawn. */
function workplanFindings(ctx: RuleContext, byId: Map<string, Indexed>): PartnerStatusFinding[] {
  const out: PartnerStatusFinding[] = [];
  // Grouped once by activity: filtering the whole log per activity was quadratic.
  const logsOf = new Map<string, typeof logs>();
  const logs = ctx.plan.implementation?.log ?? [];
  for (const l of logs) {
    const list = logsOf.get(l.activity);
    if (list) list.push(l);
    else logsOf.set(l.activity, [l]);
  }
  (ctx.plan.workplan?.activities ?? []).forEach((a, i) => {
    const own = logsOf.get(a.id) ?? [];
    if (own.length > 0 && own.every((l) => l.status === 'cancelled')) return;
    const places: { id: string; role: string; at: (string | number)[] }[] = [];
    if (a.responsible) places.push({ id: a.responsible, role: 'word.role.responsible', at: ['responsible'] });
    (a.who ?? []).forEach((id, j) => { if (id !== a.responsible) places.push({ id, role: 'word.role.who', at: ['who', j] }); });
    if (a.budget?.fundedBy) places.push({ id: a.budget.fundedBy, role: 'word.role.funder', at: ['budget', 'fundedBy'] });
    for (const place of places) {
      const p = byId.get(place.id);
      if (!p) continue;
      const status = p.partner.status;
      // Made only for a finding: most places name partners that have joined.
      const at = () => pointer('workplan', 'activities', i, ...place.at);
      if (status === 'candidate' || status === 'invited') {
        out.push({
          ruleId: 'partners/not-joined-carries', pointer: at(),
          params: { partner: p.partner.id, status: statusWord(status), role: place.role, activity: a.id },
          places: { statusPlace: statusPointer(p) },
        });
      } else if (status === 'withdrawn') {
        const w = withdrawnOn(p.partner);
        const until = lastDay(a);
        // Work finished before the partner withdrew is history, not a gap in the plan.
        const doneBefore = w !== undefined && own.some((l) => l.status === 'done' && l.date <= w);
        if (doneBefore || (w !== undefined && until !== undefined && until < w)) continue;
        out.push({
          ruleId: 'partners/withdrawn-carries', pointer: at(),
          params: { partner: p.partner.id, date: w ?? '?', role: place.role, activity: a.id, until: until ?? '?' },
          places: { statusPlace: statusPointer(p) },
        });
      }
    }
  });
  return out;
}

/** Roles the goals need whose only holders have not joined yet. */
function roleFindings(ctx: RuleContext, byId: Map<string, Indexed>): PartnerStatusFinding[] {
  const goals = ctx.plan.goals;
  if (!goals) return [];
  const holders = new Map<string, Indexed[]>();
  for (const e of goals.partnerRoles ?? []) {
    const p = byId.get(e.partner);
    if (!p || p.partner.status === 'withdrawn') continue;
    // Pushed, not copied per entry (copying made 25,000 entries quadratic).
    for (const r of e.roles) {
      const list = holders.get(r);
      if (list) list.push(p);
      else holders.set(r, [p]);
    }
  }
  const out: PartnerStatusFinding[] = [];
  const seen = new Set<string>();
  // Each needed role in plan order (required roles, then each goal's); the pointer only made for a finding.
  const need = (role: string, at: () => string) => {
    const h = holders.get(role);
    if (seen.has(role) || h === undefined || h.length === 0 || h.some((p) => hasJoined(p.partner.status))) return;
    seen.add(role);
    out.push({
      ruleId: 'goals/role-holder-not-joined', pointer: at(),
      params: { role, partners: h.map((p) => p.partner.id).join(', '), status: statusWord(h[0]!.partner.status) },
      places: { statusPlace: statusPointer(h[0]!) },
    });
  };
  (goals.requiredRoles ?? []).forEach((r, i) => need(r, () => pointer('goals', 'requiredRoles', i)));
  (goals.specific ?? []).forEach((g, i) => (g.roles ?? []).forEach((r, j) => need(r, () => pointer('goals', 'specific', i, 'roles', j))));
  return out;
}

/** Deliveries and logged work by partners who had not joined or had withdrawn that day; meetings after withdrawal. */
function implementationFindings(ctx: RuleContext, byId: Map<string, Indexed>): PartnerStatusFinding[] {
  const impl = ctx.plan.implementation;
  if (!impl) return [];
  const out: PartnerStatusFinding[] = [];
  (impl.deliveries ?? []).forEach((d, i) => {
    const p = byId.get(d.partner);
    if (!p) return;
    const s = statusOn(p.partner, d.date);
    if (hasJoined(s)) return;
    out.push({
      ruleId: 'implementation/delivery-not-joined', pointer: pointer('implementation', 'deliveries', i, 'date'),
      params: { partner: d.partner, date: d.date, status: statusWord(s) },
      places: { statusPlace: statusPointer(p, s === 'withdrawn' ? 'withdrawn' : p.partner.status) },
    });
  });
  (impl.meetings ?? []).forEach((m, i) => {
    (m.attendees ?? []).forEach((id, j) => {
      const p = byId.get(id);
      const w = p && withdrawnOn(p.partner);
      if (!p || w === undefined || m.date <= w) return;
      out.push({
        ruleId: 'implementation/meeting-after-withdrawal', pointer: pointer('implementation', 'meetings', i, 'attendees', j),
        params: { partner: id, date: m.date, withdrawn: w },
        places: { statusPlace: statusPointer(p, 'withdrawn') },
      });
    });
  });
  const activities = new Map((ctx.plan.workplan?.activities ?? []).map((a) => [a.id, a]));
  (impl.log ?? []).forEach((l, i) => {
    const a = activities.get(l.activity);
    const p = a?.responsible ? byId.get(a.responsible) : undefined;
    if (!p || (l.status !== 'done' && l.status !== 'in-progress')) return;
    const s = statusOn(p.partner, l.date);
    if (hasJoined(s)) return;
    out.push({
      ruleId: 'implementation/log-partner-not-joined', pointer: pointer('implementation', 'log', i, 'date'),
      params: { partner: p.partner.id, activity: l.activity, date: l.date, status: statusWord(s) },
      places: { statusPlace: statusPointer(p, s === 'withdrawn' ? 'withdrawn' : p.partner.status) },
    });
  });
  return out;
}

/** Parties that had not joined (at signing, or still), signing dates that disagree, signed partners without a date. */
function agreementFindings(ctx: RuleContext, byId: Map<string, Indexed>): PartnerStatusFinding[] {
  const a = ctx.plan.agreement;
  const out: PartnerStatusFinding[] = [];
  const signed = a?.signedDate;
  const parties = a?.parties ?? [];
  parties.forEach((party, i) => {
    const p = byId.get(party.partner);
    if (!p) return;
    const at = pointer('agreement', 'parties', i, 'partner');
    const status = p.partner.status;
    if (status === 'withdrawn') {
      out.push({
        ruleId: 'agreement/party-withdrawn', pointer: at,
        params: { partner: party.partner, date: withdrawnOn(p.partner) ?? '?' }, places: { statusPlace: statusPointer(p) },
      });
      return;
    }
    if (signed) {
      const then = statusOn(p.partner, signed);
      if (!hasJoined(then)) {
        out.push({
          ruleId: 'agreement/party-not-committed-at-signing', pointer: at,
          params: { partner: party.partner, signed, status: statusWord(then) },
          places: { statusPlace: statusPointer(p), signedPlace: '/agreement/signedDate' },
        });
      }
      const own = p.partner.statusDates?.signed;
      if (own && own !== signed) {
        out.push({
          ruleId: 'partners/signed-date-differs', pointer: pointer('partners', p.index, 'statusDates', 'signed'),
          params: { partner: party.partner, date: own, signed }, places: { signedPlace: '/agreement/signedDate' },
        });
      }
    } else if (status === 'candidate' || status === 'invited') {
      out.push({
        ruleId: 'agreement/party-not-joined', pointer: at,
        params: { partner: party.partner, status: statusWord(status) }, places: { statusPlace: statusPointer(p) },
      });
    }
  });
  if (!signed) {
    const marked = [...byId.values()].filter((p) => p.partner.status === 'signed');
    if (marked.length > 0) {
      out.push({
        ruleId: 'partners/signed-without-agreement-date', pointer: a ? '/agreement' : pointer('partners', marked[0]!.index, 'status'), at: 'key',
        params: { partners: marked.map((p) => p.partner.id).join(', ') },
        places: { statusPlace: pointer('partners', marked[0]!.index, 'status') },
      });
    }
  }
  return out;
}
