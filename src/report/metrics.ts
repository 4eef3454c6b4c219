/**
 * The raw numbers behind the report's indicators, for one plan at an as-of date. Pure: plan and date in, numbers out.
 *
 * Every field of `Metrics` is additive (counts, sums, numerators and denominators, lists): the metrics of many
 * plans are the field-by-field sum of each plan's (aggregate.ts), and every rate is computed afterwards from the
 * summed numerator and denominator (indicators.ts), never averaged.
 *
 * As-of semantics: only events dated on or before the as-of date count (status dates, meetings, log entries,
 * deliveries, products, measurements). Undated products count (a product listed without a date exists);
 * an undated `actual` of a monitoring indicator counts as the value at the as-of date.
 *
 * Definitions (also in the README):
 * - Partner status at as-of: the plan's `status` if it has no date in `statusDates` or that date is on or before
 *   as-of; otherwise the latest status in `statusDates` dated on or before as-of; otherwise `candidate`.
 * - Joined: status at as-of is `committed` or `signed` (withdrawn partners have left).
 * - Committed resources: the contributions in `goals.partnerRoles` of partners who joined; Rupiah is the sum of
 *   their `amountIdr`, other resources are counted (number of contributions, quantity per unit).
 * - Delivered: Rupiah of deliveries dated on or before as-of by partners who joined. A contribution is fully
 *   delivered when deliveries referring to it reach its amount (or, without an amount, its quantity; without
 *   either, any delivery).
 * - Meetings per month: meetings dated inside the partnership period up to as-of, divided by the months of that
 *   period (days / 30.44). The period starts at `dates.start`, else `agreement.period.start`, else
 *   `agreement.signedDate`, and ends at as-of or at `dates.end` / `agreement.period.end` if earlier. The plan is
 *   `workplan.plannedMeetingsPerMonth`.
 * - Activity done: a work-plan activity with a log entry of status `done` dated on or before as-of.
 * - On schedule: of the activities with a planned end (`when.end`, else `when.start`) that were due by as-of or are
 *   already done, the share done on or before their planned end.
 * - Active partner (continuity): a partner who joined and shows a sign of life in the ACTIVE_WINDOW_DAYS days up to
 *   as-of: attended a meeting, made a delivery, co-produced a product, or carries out (`who`/`responsible`) an
 *   activity with a `done` or `in-progress` log entry.
 * - Program targets: monitoring indicators of class output (outcome indicators likewise for health indicators)
 *   that do not point (`ref`) at another report indicator. Percent achieved = (actual - baseline) /
 *   (target - baseline), which also holds for `direction: decrease`; without a baseline, 0 is assumed for
 *   increasing indicators and no percent is given for decreasing ones. Expected percent at as-of is the linear
 *   interpolation between `baselineDate` (0%) and `targetDate` (100%); a target is ahead of (or on) schedule
 *   when percent achieved >= expected percent, reached when percent achieved >= 100.
 * - Targets of the guide's indicators: a monitoring indicator with `ref: <report indicator id>` gives that
 *   indicator's target (e.g. `ref: input.partners_joined`, target 6).
 */
import type { SectorId } from '../guide/sectors.js';
import { MONITORING_QUESTIONS, REPORT_INDICATORS, reportIndicator, type ReportIndicator } from '../guide/monitoring.js';
import type { MonitoringIndicator, Partner, PartnerStatus, Plan } from '../plan/types.js';
import { onOrBefore } from './dates.js';
import { DAYS_PER_MONTH, dayNumber } from '../locale/dates.js';

/** Continuity window: a partner is active with a sign of life in the last 90 days (one quarterly review cycle). */
export const ACTIVE_WINDOW_DAYS = 90;

export type Schedule = 'reached' | 'ahead' | 'behind' | 'unknown' | 'no-data';

/** One program target or health indicator of one plan, assessed at as-of. */
export interface TargetRow {
  /** The plan file it belongs to (set by the caller). */
  file: string;
  id: string;
  name: string;
  unit?: string;
  direction: 'increase' | 'decrease';
  baseline?: number;
  baselineDate?: string;
  target?: number;
  targetDate?: string;
  /** Latest value on or before as-of. */
  actual?: number;
  actualDate?: string;
  percentAchieved: number | null;
  /** Where the target should be at as-of on a straight line from baseline to target. */
  expectedPercent: number | null;
  schedule: Schedule;
  /** actual - baseline. */
  change: number | null;
  /** Moved in the good direction since the baseline. */
  improved: boolean | null;
}

/** One partner of one plan; grouped by sector or by name across plans for `--by sector|partner`. */
export interface PartnerMetrics {
  file: string;
  id: string;
  name: string;
  sector: SectorId;
  status: PartnerStatus;
  joined: boolean;
  active: boolean;
  roles: string[];
  committedIdr: number;
  deliveredIdr: number;
  contributionsCommitted: number;
  contributionsDelivered: number;
  meetingsAttended: number;
}

/** Targets of the guide's indicators, summed so that aggregated targets stay correct. */
export interface TargetSum {
  /** Plans that set a target for this indicator. */
  plans: number;
  /** Sum of the targets (for counts and amounts). */
  sum: number;
  /** Sum of target x denominator (for rates: the target numerator), and of the denominators. */
  weighted: number;
  weight: number;
}

export interface Metrics {
  plans: number;
  partnersListed: number;
  partnersJoined: number;
  listedBySector: Partial<Record<SectorId, number>>;
  joinedBySector: Partial<Record<SectorId, number>>;
  committedIdr: number;
  contributionsCommitted: number;
  /** Committed contributions with a Rupiah value. */
  contributionsWithAmount: number;
  /** Committed quantities by unit (e.g. orang: 126). */
  quantities: Record<string, number>;
  deliveredIdr: number;
  /** Rupiah partners delivered beyond their own commitment, summed partner by partner: kept out of the
   * delivered share so that one partner's surplus never hides another's shortfall. */
  overDeliveredIdr: number;
  contributionsDelivered: number;
  meetingsHeld: number;
  /** Meetings inside the partnership period, the period's months, and the meetings the work plan expects. */
  periodMeetings: number;
  periodMonths: number;
  expectedMeetings: number;
  /** Months of plans that set plannedMeetingsPerMonth (the denominator of the aggregated plan). */
  plannedMonths: number;
  activitiesPlanned: number;
  activitiesDue: number;
  activitiesDone: number;
  /** On-schedule numerator and denominator. */
  activitiesOnTime: number;
  activitiesScheduled: number;
  partnersActive: number;
  products: number;
  targets: TargetRow[];
  outcomes: TargetRow[];
  /** Plans that answered each monitoring question. */
  questionsAnswered: Record<string, number>;
  /** Targets set for the guide's indicators, by report indicator id. */
  indicatorTargets: Record<string, TargetSum>;
  partners: PartnerMetrics[];
}

export function emptyMetrics(): Metrics {
  return {
    plans: 0, partnersListed: 0, partnersJoined: 0, listedBySector: {}, joinedBySector: {},
    committedIdr: 0, contributionsCommitted: 0, contributionsWithAmount: 0, quantities: {},
    deliveredIdr: 0, overDeliveredIdr: 0, contributionsDelivered: 0,
    meetingsHeld: 0, periodMeetings: 0, periodMonths: 0, expectedMeetings: 0, plannedMonths: 0,
    activitiesPlanned: 0, activitiesDue: 0, activitiesDone: 0, activitiesOnTime: 0, activitiesScheduled: 0,
    partnersActive: 0, products: 0, targets: [], outcomes: [],
    questionsAnswered: Object.fromEntries(MONITORING_QUESTIONS.map((q) => [q.id, 0])), indicatorTargets: {}, partners: [],
  };
}

const STATUS_ORDER: readonly PartnerStatus[] = ['candidate', 'invited', 'committed', 'signed', 'withdrawn'];

export function statusAt(partner: Partner, asOf: number): PartnerStatus {
  const dates = partner.statusDates ?? {};
  const own = dayNumber(dates[partner.status]);
  if (own === undefined || own <= asOf) return partner.status;
  let best: { status: PartnerStatus; day: number } | undefined;
  for (const s of STATUS_ORDER) {
    const d = dayNumber(dates[s]);
    if (d !== undefined && d <= asOf && (!best || d >= best.day)) best = { status: s, day: d };
  }
  return best?.status ?? 'candidate';
}

export const isJoined = (s: PartnerStatus) => s === 'committed' || s === 'signed';

/** The latest value of a monitoring indicator on or before as-of (an undated `actual` counts as current). */
export function actualAt(ind: MonitoringIndicator, asOf: number): { value: number; date?: string } | undefined {
  let best: { value: number; date?: string; day: number } | undefined;
  const consider = (value: number, date: string | undefined) => {
    const day = date === undefined ? asOf : dayNumber(date);
    if (day === undefined || day > asOf) return;
    if (!best || day >= best.day) best = { value, day, ...(date !== undefined ? { date } : {}) };
  };
  for (const m of ind.measurements ?? []) consider(m.value, m.date);
  if (ind.actual !== undefined) consider(ind.actual, ind.actualDate);
  if (!best) return undefined;
  return { value: best.value, ...(best.date !== undefined ? { date: best.date } : {}) };
}

export function assessTarget(ind: MonitoringIndicator, asOf: number, file: string): TargetRow {
  const direction = ind.direction ?? (ind.target !== undefined && ind.baseline !== undefined && ind.target < ind.baseline ? 'decrease' : 'increase');
  const actual = actualAt(ind, asOf);
  const base = ind.baseline ?? (direction === 'increase' ? 0 : undefined);
  const percentAchieved = actual && ind.target !== undefined && base !== undefined && ind.target !== base
    ? ((actual.value - base) / (ind.target - base)) * 100
    : null;
  const bd = dayNumber(ind.baselineDate);
  const td = dayNumber(ind.targetDate);
  const expectedPercent = bd !== undefined && td !== undefined && td > bd
    ? Math.min(1, Math.max(0, (asOf - bd) / (td - bd))) * 100
    : null;
  let schedule: Schedule;
  if (!actual) schedule = 'no-data';
  else if (percentAchieved === null) schedule = 'unknown';
  else if (percentAchieved >= 100) schedule = 'reached';
  else if (expectedPercent === null) schedule = 'unknown';
  else schedule = percentAchieved >= expectedPercent ? 'ahead' : 'behind';
  const change = actual && ind.baseline !== undefined ? actual.value - ind.baseline : null;
  const improved = change === null ? null : direction === 'decrease' ? change < 0 : change > 0;
  return {
    file, id: ind.id, name: ind.name, direction,
    ...(ind.unit !== undefined ? { unit: ind.unit } : {}),
    ...(ind.baseline !== undefined ? { baseline: ind.baseline } : {}),
    ...(ind.baselineDate !== undefined ? { baselineDate: ind.baselineDate } : {}),
    ...(ind.target !== undefined ? { target: ind.target } : {}),
    ...(ind.targetDate !== undefined ? { targetDate: ind.targetDate } : {}),
    ...(actual ? { actual: actual.value, ...(actual.date !== undefined ? { actualDate: actual.date } : {}) } : {}),
    percentAchieved, expectedPercent, schedule, change, improved,
  };
}

/** The catalog's indicators a monitoring indicator can give a target to (`ref`), with what weighs that target. */
const TARGETABLE: ReadonlyMap<string, ReportIndicator> = new Map(
  (REPORT_INDICATORS as readonly ReportIndicator[]).filter((i) => i.target.kind !== 'rows').map((i) => [i.id, i]),
);

/** The metric a rate's targets are weighted by (its denominator, named in the catalog), for one plan. */
function targetWeight(def: ReportIndicator, m: Metrics): number {
  if (def.target.kind !== 'weighted') return 0;
  const weight = m[def.target.denominator as keyof Metrics];
  if (typeof weight !== 'number') throw new TypeError(`${def.id}: denominator ${def.target.denominator} is not a numeric metric`);
  return weight;
}

/** Start and end (day numbers) of the partnership period up to as-of (from `from` on, for a reporting period),
 * or undefined when it has no start. */
function period(plan: Plan, asOf: number, from: number): { start: number; end: number } | undefined {
  const planStart = dayNumber(plan.dates?.start) ?? dayNumber(plan.agreement?.period?.start) ?? dayNumber(plan.agreement?.signedDate);
  if (planStart === undefined) return undefined;
  const start = Math.max(planStart, from);
  const planEnd = dayNumber(plan.dates?.end) ?? dayNumber(plan.agreement?.period?.end);
  const end = Math.min(asOf, planEnd ?? asOf);
  return end >= start ? { start, end } : undefined;
}

function add<K extends string>(map: Partial<Record<K, number>>, key: K, n: number): void {
  map[key] = (map[key] ?? 0) + n;
}

/**
 * The metrics of one plan at `asOfIso`. With `fromIso` (a reporting period, `--period 2026S1`) the events counted
 * are those from that day to as-of: meetings, deliveries, activities done, products; activities planned and due
 * are those whose planned time falls in the period. Stocks (partners, commitments, indicator values) are taken
 * at as-of either way.
 */
export function planMetrics(plan: Plan, asOfIso: string, file: string, fromIso?: string): Metrics {
  const asOf = dayNumber(asOfIso);
  if (asOf === undefined) throw new RangeError(`as-of date ${asOfIso}`);
  const from = fromIso === undefined ? -Infinity : dayNumber(fromIso);
  if (from === undefined) throw new RangeError(`period start ${fromIso}`);
  /** Is this event inside the reporting window (from .. as-of)? Undated events are not. */
  const counted = (iso: string | undefined) => {
    const d = dayNumber(iso);
    return d !== undefined && d >= from && d <= asOf;
  };
  const m = emptyMetrics();
  m.plans = 1;
  const impl = plan.implementation ?? {};
  const activities = plan.workplan?.activities ?? [];
  const windowStart = asOf - ACTIVE_WINDOW_DAYS;
  const inWindow = (iso: string | undefined) => {
    const d = dayNumber(iso);
    return d !== undefined && d > windowStart && d <= asOf;
  };

  // Partners and their status at as-of.
  const partners = new Map<string, PartnerMetrics>();
  const roleOf = new Map((plan.goals?.partnerRoles ?? []).map((r) => [r.partner, r]));
  for (const p of plan.partners ?? []) {
    if (partners.has(p.id)) continue;
    const status = statusAt(p, asOf);
    partners.set(p.id, {
      file, id: p.id, name: p.name, sector: p.sector, status, joined: isJoined(status), active: false,
      roles: [...(roleOf.get(p.id)?.roles ?? [])],
      committedIdr: 0, deliveredIdr: 0, contributionsCommitted: 0, contributionsDelivered: 0, meetingsAttended: 0,
    });
  }
  const joined = (id: string) => partners.get(id)?.joined === true;

  // Committed contributions of partners who joined.
  const contributions = new Map<string, { partner: string; amountIdr?: number; quantity?: number; idr: number; qty: number; any: boolean }>();
  for (const r of plan.goals?.partnerRoles ?? []) {
    if (!joined(r.partner)) continue;
    const pm = partners.get(r.partner)!;
    for (const c of r.contributions ?? []) {
      m.contributionsCommitted++;
      pm.contributionsCommitted++;
      if (c.amountIdr !== undefined) {
        m.contributionsWithAmount++;
        m.committedIdr += c.amountIdr;
        pm.committedIdr += c.amountIdr;
      } else if (c.quantity !== undefined) {
        add(m.quantities, c.unit ?? '', c.quantity);
      }
      if (!contributions.has(c.id)) {
        contributions.set(c.id, { partner: r.partner, ...(c.amountIdr !== undefined ? { amountIdr: c.amountIdr } : {}), ...(c.quantity !== undefined ? { quantity: c.quantity } : {}), idr: 0, qty: 0, any: false });
      }
    }
  }

  // Deliveries up to as-of.
  for (const d of impl.deliveries ?? []) {
    if (!counted(d.date) || !joined(d.partner)) continue;
    const pm = partners.get(d.partner)!;
    if (d.amountIdr !== undefined) {
      m.deliveredIdr += d.amountIdr;
      pm.deliveredIdr += d.amountIdr;
    }
    const c = d.contribution !== undefined ? contributions.get(d.contribution) : undefined;
    if (c && c.partner === d.partner) {
      c.idr += d.amountIdr ?? 0;
      c.qty += d.quantity ?? 0;
      c.any = true;
    }
    if (inWindow(d.date)) pm.active = true;
  }
  for (const c of contributions.values()) {
    const full = c.amountIdr !== undefined ? c.idr >= c.amountIdr && c.any
      : c.quantity !== undefined ? c.qty >= c.quantity && c.any
        : c.any;
    if (full) {
      m.contributionsDelivered++;
      partners.get(c.partner)!.contributionsDelivered++;
    }
  }

  // Meetings.
  const span = period(plan, asOf, from);
  const meetings = (impl.meetings ?? []).filter((x) => counted(x.date));
  m.meetingsHeld = meetings.length;
  for (const mt of meetings) {
    for (const a of new Set(mt.attendees ?? [])) {
      const pm = partners.get(a);
      if (!pm) continue;
      pm.meetingsAttended++;
      if (inWindow(mt.date)) pm.active = true;
    }
  }
  if (span) {
    m.periodMonths = (span.end - span.start + 1) / DAYS_PER_MONTH;
    m.periodMeetings = meetings.filter((x) => { const d = dayNumber(x.date)!; return d >= span.start && d <= span.end; }).length;
    const planned = plan.workplan?.plannedMeetingsPerMonth;
    if (planned !== undefined) {
      m.expectedMeetings = planned * m.periodMonths;
      m.plannedMonths = m.periodMonths;
    }
  }

  // Activities: planned, due, done, on schedule.
  const log = (impl.log ?? []).filter((l) => onOrBefore(l.date, asOf));
  const seen = new Set<string>();
  const logOf = groupBy(log, (l) => l.activity);
  for (const a of activities) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    const entries = logOf.get(a.id) ?? [];
    const doneDays = entries.filter((l) => l.status === 'done').map((l) => dayNumber(l.date)!);
    // A loop, not Math.min(...days): spreading 100,000 arguments overflows the stack.
    const firstDone = doneDays.length ? doneDays.reduce((x, y) => (y < x ? y : x)) : undefined;
    // In a reporting period, an activity finished before it is not work of the period.
    const doneDay = firstDone !== undefined && firstDone >= from ? firstDone : undefined;
    const plannedEnd = dayNumber(a.when?.end) ?? dayNumber(a.when?.start);
    const plannedStart = dayNumber(a.when?.start) ?? plannedEnd;
    if (from !== -Infinity && doneDay === undefined && (plannedEnd === undefined || plannedEnd < from || plannedStart! > asOf)) {
      // Neither planned in the period nor done in it: not part of this period's work plan.
      continue;
    }
    m.activitiesPlanned++;
    if (doneDay !== undefined) m.activitiesDone++;
    if (plannedEnd !== undefined) {
      const due = plannedEnd <= asOf && plannedEnd >= from;
      if (due) m.activitiesDue++;
      if (due || doneDay !== undefined) {
        m.activitiesScheduled++;
        if (doneDay !== undefined && doneDay <= plannedEnd) m.activitiesOnTime++;
      }
    }
    const alive = entries.some((l) => (l.status === 'done' || l.status === 'in-progress') && inWindow(l.date));
    if (alive) {
      for (const id of new Set([...(a.who ?? []), ...(a.responsible ? [a.responsible] : [])])) {
        const pm = partners.get(id);
        if (pm) pm.active = true;
      }
    }
  }

  // Products (undated ones count).
  for (const p of impl.products ?? []) {
    if (p.date !== undefined ? !counted(p.date) : from !== -Infinity) continue;
    m.products++;
    if (inWindow(p.date)) for (const id of p.partners ?? []) { const pm = partners.get(id); if (pm) pm.active = true; }
  }

  for (const pm of partners.values()) {
    m.partnersListed++;
    add(m.listedBySector, pm.sector, 1);
    if (!pm.joined) pm.active = false;
    if (pm.joined) {
      m.partnersJoined++;
      add(m.joinedBySector, pm.sector, 1);
    }
    if (pm.active) m.partnersActive++;
    m.overDeliveredIdr += Math.max(0, pm.deliveredIdr - pm.committedIdr);
  }
  m.partners = [...partners.values()];

  // Monitoring: program targets, health indicators, targets of the guide's indicators, answers.
  const setTarget = (def: ReportIndicator, target: number) => {
    if (m.indicatorTargets[def.id]) return;
    const weight = targetWeight(def, m);
    m.indicatorTargets[def.id] = { plans: 1, sum: target, weighted: target * weight, weight };
  };
  if (plan.workplan?.plannedMeetingsPerMonth !== undefined) setTarget(reportIndicator('process.meetings_per_month'), plan.workplan.plannedMeetingsPerMonth);
  for (const ind of plan.monitoring?.indicators ?? []) {
    const referenced = ind.ref === undefined ? undefined : TARGETABLE.get(ind.ref);
    if (referenced) {
      if (ind.target !== undefined) setTarget(referenced, ind.target);
      continue;
    }
    if (ind.class === 'output') m.targets.push(assessTarget(ind, asOf, file));
    else if (ind.class === 'outcome') m.outcomes.push(assessTarget(ind, asOf, file));
  }
  for (const q of MONITORING_QUESTIONS) {
    if ((plan.monitoring?.questions?.[q.id] ?? '').trim() !== '') m.questionsAnswered[q.id] = 1;
  }
  return m;
}

/** Entries grouped by a key, in their order: one pass instead of a search of the whole list per key. */
function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    const g = out.get(k);
    if (g) g.push(t);
    else out.set(k, [t]);
  }
  return out;
}
