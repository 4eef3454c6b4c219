/**
 * Many plans into one: every field of Metrics is a count, a sum, a numerator or denominator or a list, so the
 * metrics of a set of plans are the field-by-field sum. Rates are derived later from the sums (indicators.ts).
 */
import { emptyMetrics, type Metrics, type PartnerMetrics } from './metrics.js';

function addMap(into: Record<string, number>, from: Record<string, number | undefined>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + (v ?? 0);
}

export function sumMetrics(list: readonly Metrics[]): Metrics {
  const t = emptyMetrics();
  for (const m of list) {
    t.plans += m.plans;
    t.partnersListed += m.partnersListed;
    t.partnersJoined += m.partnersJoined;
    addMap(t.listedBySector, m.listedBySector);
    addMap(t.joinedBySector, m.joinedBySector);
    t.committedIdr += m.committedIdr;
    t.contributionsCommitted += m.contributionsCommitted;
    t.contributionsWithAmount += m.contributionsWithAmount;
    addMap(t.quantities, m.quantities);
    t.deliveredIdr += m.deliveredIdr;
    t.contributionsDelivered += m.contributionsDelivered;
    t.meetingsHeld += m.meetingsHeld;
    t.periodMeetings += m.periodMeetings;
    t.periodMonths += m.periodMonths;
    t.expectedMeetings += m.expectedMeetings;
    t.plannedMonths += m.plannedMonths;
    t.activitiesPlanned += m.activitiesPlanned;
    t.activitiesDue += m.activitiesDue;
    t.activitiesDone += m.activitiesDone;
    t.activitiesOnTime += m.activitiesOnTime;
    t.activitiesScheduled += m.activitiesScheduled;
    t.partnersActive += m.partnersActive;
    t.products += m.products;
    t.targets.push(...m.targets);
    t.outcomes.push(...m.outcomes);
    addMap(t.questionsAnswered, m.questionsAnswered);
    for (const [id, s] of Object.entries(m.indicatorTargets)) {
      const acc = (t.indicatorTargets[id] ??= { plans: 0, sum: 0, weighted: 0, weight: 0 });
      acc.plans += s.plans;
      acc.sum += s.sum;
      acc.weighted += s.weighted;
      acc.weight += s.weight;
    }
    t.partners.push(...m.partners);
  }
  return t;
}

/**
 * The partner-level part of the metrics for a subset of partners (one sector, or one partner across plans), for
 * `--by sector|partner`. Only partner-level fields are meaningful in the result.
 */
export function partnerSubsetMetrics(partners: readonly PartnerMetrics[]): Metrics {
  const t = emptyMetrics();
  t.plans = new Set(partners.map((p) => p.file)).size;
  for (const p of partners) {
    t.partnersListed++;
    t.listedBySector[p.sector] = (t.listedBySector[p.sector] ?? 0) + 1;
    if (p.joined) {
      t.partnersJoined++;
      t.joinedBySector[p.sector] = (t.joinedBySector[p.sector] ?? 0) + 1;
    }
    if (p.active) t.partnersActive++;
    t.committedIdr += p.committedIdr;
    t.deliveredIdr += p.deliveredIdr;
    t.contributionsCommitted += p.contributionsCommitted;
    t.contributionsDelivered += p.contributionsDelivered;
    t.partners.push(p);
  }
  return t;
}

/** Groups items by a key, keeping the order in which keys first appear. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
