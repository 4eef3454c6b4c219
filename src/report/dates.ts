/** Report-specific date tests on ISO dates (YYYY-MM-DD) as whole UTC days (parsed by src/locale/dates.ts). */
import { dayNumber } from '../locale/dates.js';

/** Is `iso` on or before the day `asOf` (a day number)? Undated or malformed dates are not. */
export function onOrBefore(iso: string | undefined, asOf: number): boolean {
  const d = dayNumber(iso);
  return d !== undefined && d <= asOf;
}
