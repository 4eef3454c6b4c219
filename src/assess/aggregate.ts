/**
 * Every partner's answers, aggregated: per statement and per dimension the respondents, mean, median, min–max
 * and band; disagreement where answers spread by the instrument's threshold; joined partners who did not
 * answer; per-partner scores unless they could identify a person; rounds compared per dimension. Pure.
 *
 * Definitions. An item's numbers are over the respondents who gave it a scale point ("na" and empty answers are
 * counted apart, never scored). A respondent's dimension score is the mean of the scale points they gave in that
 * dimension; a dimension's numbers are over those respondent scores, so every respondent weighs the same
 * whatever they skipped. A partner's score is the mean of its respondents' scores. A band is the instrument's
 * band of the (unrounded) mean.
 */
import type { Band, Instrument } from '../guide/instruments/index.js';
import type { PlanFacts, Respondent } from './types.js';
import { joinedPartners } from './types.js';

export interface Stats {
  /** Respondents who gave a scale point (or, for a dimension, who have a score). */
  n: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  /** The band id of the mean. */
  band: string | null;
  /** max − min reached the instrument's threshold. */
  disagreement: boolean;
}

export interface ItemResult extends Stats {
  id: string;
  dimension: string;
  /** "Don't know / not applicable" answers. */
  na: number;
  /** Respondents who left it empty. */
  unanswered: number;
  /** Mean per partner id; absent when per-partner figures are hidden. */
  byPartner?: Record<string, number | null>;
}

export interface DimensionResult extends Stats {
  id: string;
  byPartner?: Record<string, number | null>;
}

export interface RoundResult {
  /** The round's name: its `round` value, or the first date of its answers. */
  id: string;
  from: string;
  to: string;
  respondents: number;
  /** Partner ids who answered, in plan order. */
  answered: string[];
  /** Joined partners with no respondent in this round. */
  missing: { id: string; name: string }[];
  dimensions: DimensionResult[];
  items: ItemResult[];
  /** The respondents' comments, in date order; `partner` only where per-partner figures are shown. */
  comments: { partner?: string; text: string }[];
  /** What to talk about first: statements (and dimensions) where answers disagree, widest spread first. */
  toDiscuss: { kind: 'item' | 'dimension'; id: string; min: number; max: number; spread: number }[];
}

export interface DimensionChange {
  dimension: string;
  previous: number | null;
  latest: number | null;
  change: number | null;
}

export interface AssessmentReport {
  instrument: { id: string; version: number };
  plan: { title: string };
  /** Partners shown in per-partner columns (those who answered in the latest round), in plan order. */
  partners: { id: string; name: string }[];
  /** Why per-partner columns are hidden, if they are. */
  hiddenPartners?: 'anonymous' | 'few-respondents';
  /** Oldest first. */
  rounds: RoundResult[];
  /** Latest round against the one before it; absent with a single round. */
  changes?: DimensionChange[];
}

export interface AggregateOptions {
  anonymous?: boolean;
  /** Answers dated further apart than this (with no explicit `round`) start a new round. */
  roundGapDays?: number;
}

export const ROUND_GAP_DAYS = 30;

const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The band a mean falls in (bands are highest first, each from its `min` up). */
export function bandOf(instrument: Instrument, value: number | null): Band | undefined {
  if (value === null) return undefined;
  // Means are compared unrounded but guarded against floating noise (3.9999999 from summing thirds is 4).
  const v = Math.round(value * 1e9) / 1e9;
  return instrument.bands.find((b) => v >= b.min) ?? instrument.bands[instrument.bands.length - 1];
}

function stats(instrument: Instrument, xs: readonly number[]): Stats {
  const m = mean(xs);
  const min = xs.length ? Math.min(...xs) : null;
  const max = xs.length ? Math.max(...xs) : null;
  return {
    n: xs.length, mean: m, median: median(xs), min, max,
    band: bandOf(instrument, m)?.id ?? null,
    disagreement: min !== null && max !== null && max - min >= instrument.disagreementThreshold - 1e-9,
  };
}

const DAY = 86_400_000;
const days = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY;

/**
 * Groups respondents into rounds: by their `round` where given; the others by date, a new round starting when
 * a date is more than `gap` days after the previous one. Oldest round first.
 */
export function groupRounds(respondents: readonly Respondent[], gap = ROUND_GAP_DAYS): Respondent[][] {
  const named = new Map<string, Respondent[]>();
  const dated: Respondent[] = [];
  for (const r of respondents) {
    if (r.round !== undefined) named.set(r.round, [...(named.get(r.round) ?? []), r]);
    else dated.push(r);
  }
  const groups: Respondent[][] = [...named.values()];
  const sorted = [...dated].sort((a, b) => a.date.localeCompare(b.date));
  let current: Respondent[] = [];
  for (const r of sorted) {
    if (current.length > 0 && days(current[current.length - 1]!.date, r.date) > gap) {
      groups.push(current);
      current = [];
    }
    current.push(r);
  }
  if (current.length > 0) groups.push(current);
  const first = (g: Respondent[]) => g.map((r) => r.date).sort()[0]!;
  return groups.sort((a, b) => first(a).localeCompare(first(b)));
}

/** A respondent's score for a dimension: the mean of the scale points they gave there. */
function respondentScore(instrument: Instrument, r: Respondent, dimension: string): number | null {
  const xs = instrument.items.filter((i) => i.dimension === dimension).map((i) => r.answers[i.id]).filter((a): a is number => typeof a === 'number');
  return mean(xs);
}

function byPartner(partners: readonly string[], respondents: readonly Respondent[], value: (r: Respondent) => number | null): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const p of partners) {
    out[p] = mean(respondents.filter((r) => r.respondent.partner === p).map(value).filter((x): x is number => x !== null));
  }
  return out;
}

function aggregateRound(instrument: Instrument, plan: PlanFacts, group: readonly Respondent[], showPartners: boolean, roundId: string): RoundResult {
  const order = plan.partners.map((p) => p.id);
  const answered = order.filter((id) => group.some((r) => r.respondent.partner === id));
  const items: ItemResult[] = instrument.items.map((item) => {
    const given = group.map((r) => r.answers[item.id]);
    const points = given.filter((a): a is number => typeof a === 'number');
    return {
      id: item.id, dimension: item.dimension, ...stats(instrument, points),
      na: given.filter((a) => a === 'na').length,
      unanswered: given.filter((a) => a === null || a === undefined).length,
      ...(showPartners ? { byPartner: byPartner(answered, group, (r) => (typeof r.answers[item.id] === 'number' ? (r.answers[item.id] as number) : null)) } : {}),
    };
  });
  const dimensions: DimensionResult[] = instrument.dimensions.map((d) => {
    const scores = group.map((r) => respondentScore(instrument, r, d.id)).filter((x): x is number => x !== null);
    return { id: d.id, ...stats(instrument, scores), ...(showPartners ? { byPartner: byPartner(answered, group, (r) => respondentScore(instrument, r, d.id)) } : {}) };
  });
  const toDiscuss = [
    ...dimensions.filter((d) => d.disagreement).map((d) => ({ kind: 'dimension' as const, id: d.id, min: d.min!, max: d.max!, spread: d.max! - d.min! })),
    ...items.filter((i) => i.disagreement).map((i) => ({ kind: 'item' as const, id: i.id, min: i.min!, max: i.max!, spread: i.max! - i.min! })),
  ].sort((a, b) => b.spread - a.spread);
  const dates = group.map((r) => r.date).sort();
  return {
    id: roundId,
    from: dates[0]!,
    to: dates[dates.length - 1]!,
    respondents: group.length,
    answered,
    missing: joinedPartners(plan).filter((p) => !answered.includes(p.id)).map((p) => ({ id: p.id, name: p.name })),
    dimensions, items, toDiscuss,
    comments: [...group].sort((a, b) => a.date.localeCompare(b.date)).filter((r) => r.comments?.trim())
      .map((r) => ({ ...(showPartners ? { partner: r.respondent.partner } : {}), text: r.comments!.trim() })),
  };
}

/** Aggregates the valid respondent files of one plan and one instrument version. */
export function aggregate(instrument: Instrument, plan: PlanFacts, respondents: readonly Respondent[], options: AggregateOptions = {}): AssessmentReport {
  const own = respondents.filter((r) => r.instrument.id === instrument.id && r.instrument.version === instrument.version);
  const groups = groupRounds(own, options.roundGapDays);
  const latestGroup = groups[groups.length - 1] ?? [];
  const hiddenPartners = options.anonymous ? 'anonymous' as const
    : latestGroup.length < instrument.minRespondentsForPartnerColumns ? 'few-respondents' as const : undefined;
  const rounds = groups.map((g) => {
    // Each round decides on its own whether its per-partner figures could identify a person.
    const show = !options.anonymous && g.length >= instrument.minRespondentsForPartnerColumns;
    return aggregateRound(instrument, plan, g, show, g[0]!.round ?? g.map((r) => r.date).sort()[0]!);
  });
  const latest = rounds[rounds.length - 1];
  const previous = rounds[rounds.length - 2];
  const changes = latest && previous
    ? instrument.dimensions.map((d) => {
      const a = previous.dimensions.find((x) => x.id === d.id)!.mean;
      const b = latest.dimensions.find((x) => x.id === d.id)!.mean;
      return { dimension: d.id, previous: a, latest: b, change: a !== null && b !== null ? b - a : null };
    })
    : undefined;
  const shownIds = latest?.answered ?? [];
  return {
    instrument: { id: instrument.id, version: instrument.version },
    plan: { title: plan.title },
    partners: hiddenPartners ? [] : plan.partners.filter((p) => shownIds.includes(p.id)).map((p) => ({ id: p.id, name: p.name })),
    ...(hiddenPartners ? { hiddenPartners } : {}),
    rounds,
    ...(changes ? { changes } : {}),
  };
}
