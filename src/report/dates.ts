/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) as whole UTC days, so that no time zone or clock can shift a
 * report by a day.
 */

/** The average Gregorian month (365.25 / 12 days): months of a period are its days divided by this. */
export const DAYS_PER_MONTH = 365.25 / 12;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for an ISO date; undefined for anything that is not a real calendar date. */
export function dayNumber(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return ms / 86_400_000;
}

export function isIsoDate(s: string): boolean {
  return dayNumber(s) !== undefined;
}

/** Is `iso` on or before the day `asOf` (a day number)? Undated or malformed dates are not. */
export function onOrBefore(iso: string | undefined, asOf: number): boolean {
  const d = dayNumber(iso);
  return d !== undefined && d <= asOf;
}
