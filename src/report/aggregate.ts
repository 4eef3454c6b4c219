/**
 * Many plans into one: every field of Metrics is a count, a sum, a numerator or denominator, a list or a record
 * of these, so the metrics of a set of plans are the field-by-field sum. Rates are derived later from the sums
 * (indicators.ts).
 */
import { emptyMetrics, type Metrics, type PartnerMetrics } from './metrics.js';

type Summable = number | readonly unknown[] | { readonly [key: string]: Summable | undefined };

/**
 * Adds `from` into `into`, field by field and generically: numbers add, lists concatenate, records add key by
 * key (a key missing on one side counts as empty). A field of any other kind is a programming error, so a new
 * field of Metrics is summed without being listed anywhere, and can never silently stay 0.
 */
function addInto(into: Record<string, unknown>, from: Record<string, unknown>, path: string): void {
  for (const [key, value] of Object.entries(from)) {
    if (value === undefined) continue;
    const have = into[key];
    if (typeof value === 'number') into[key] = (typeof have === 'number' ? have : 0) + value;
    else if (Array.isArray(value)) {
      // Appended in place (the total's own lists): copying would make summing n plans quadratic.
      const list = (Array.isArray(have) ? have : (into[key] = [])) as unknown[];
      for (const item of value) list.push(item);
    }
    else if (typeof value === 'object' && value !== null) {
      const target = (typeof have === 'object' && have !== null ? have : (into[key] = {})) as Record<string, unknown>;
      addInto(target, value as Record<string, unknown>, `${path}.${key}`);
    } else throw new TypeError(`cannot sum ${path}.${key} (${typeof value})`);
  }
}

export function sumMetrics(list: readonly Metrics[]): Metrics {
  const total = emptyMetrics();
  for (const m of list) addInto(total as unknown as Record<string, unknown>, m as unknown as Record<string, Summable>, 'metrics');
  return total;
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
    t.overDeliveredIdr += Math.max(0, p.deliveredIdr - p.committedIdr);
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
