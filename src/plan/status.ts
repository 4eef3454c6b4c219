/**
 * A partner's status on a given day, read from `status` and `statusDates` the same way `report` reads it: the
 * plan's status when its own date is on or before the day (or undated); otherwise the latest status dated on or
 * before the day; otherwise `candidate`. Dates are ISO strings, so they compare as text.
 */
import type { Partner, PartnerStatus } from './types.js';

export const STATUS_SEQUENCE: readonly PartnerStatus[] = ['candidate', 'invited', 'committed', 'signed', 'withdrawn'];

export function statusOn(partner: Partner, day: string): PartnerStatus {
  const dates = partner.statusDates ?? {};
  const own = dates[partner.status];
  if (own === undefined || own <= day) return partner.status;
  let best: { status: PartnerStatus; date: string } | undefined;
  for (const s of STATUS_SEQUENCE) {
    const d = dates[s];
    if (d !== undefined && d <= day && (!best || d >= best.date)) best = { status: s, date: d };
  }
  return best?.status ?? 'candidate';
}

/** Committed or signed: the partner has joined the partnership. */
export const hasJoined = (s: PartnerStatus): boolean => s === 'committed' || s === 'signed';

/** The date the partner withdrew, when it did and the date is known. */
export function withdrawnOn(partner: Partner): string | undefined {
  return partner.status === 'withdrawn' ? partner.statusDates?.withdrawn : undefined;
}
