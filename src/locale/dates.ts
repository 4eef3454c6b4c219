/**
 * ISO calendar dates (YYYY-MM-DD), the one parser for them in the tool. Dates are whole UTC days, so no time
 * zone or clock can move a plan's date by a day.
 */

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  /** 0 = Sunday, as Date.getUTCDay() counts */
  weekday: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The average Gregorian month (365.25 / 12 days): the months of a period are its days divided by this. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** A UTC midnight for a calendar day; setUTCFullYear because Date.UTC maps years 0-99 to 1900-1999. */
function utcMidnight(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

/**
 * Parses YYYY-MM-DD (also a YAML date that a reader turned into a JS Date); undefined for anything that is not
 * a real calendar day (2026-02-30, 2026-1-5, "tomorrow").
 */
export function parseIsoDate(value: unknown): CalendarDate | undefined {
  let iso: string;
  if (value instanceof Date && !Number.isNaN(value.getTime())) iso = value.toISOString().slice(0, 10);
  else if (typeof value === 'string') iso = value;
  else return undefined;
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = utcMidnight(year, month, day);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return { year, month, day, weekday: d.getUTCDay() };
}

export function isIsoDate(value: unknown): boolean {
  return parseIsoDate(value) !== undefined;
}

/** Days since 1970-01-01 of a calendar date. */
export function daysSinceEpoch(date: CalendarDate): number {
  return utcMidnight(date.year, date.month, date.day).getTime() / MS_PER_DAY;
}

/** Days since 1970-01-01 for an ISO date; undefined for anything that is not a real calendar date. */
export function dayNumber(iso: string | undefined): number | undefined {
  const date = parseIsoDate(iso);
  return date === undefined ? undefined : daysSinceEpoch(date);
}

/** A calendar date as a UTC Date (midnight), for Intl formatting with timeZone UTC. */
export function toUtcDate(date: CalendarDate): Date {
  return utcMidnight(date.year, date.month, date.day);
}

/** YYYY-MM-DD of a calendar date. */
export function isoOf(date: Pick<CalendarDate, 'year' | 'month' | 'day'>): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** Month names and their usual short forms, Indonesian and English, lower case: index + 1 is the month. */
const MONTH_WORDS: readonly (readonly string[])[] = [
  ['januari', 'january', 'jan'], ['februari', 'pebruari', 'february', 'feb', 'peb'], ['maret', 'march', 'mar'],
  ['april', 'apr'], ['mei', 'may'], ['juni', 'june', 'jun'], ['juli', 'july', 'jul'],
  ['agustus', 'august', 'agu', 'agt', 'ags', 'aug'], ['september', 'sept', 'sep'], ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nopember', 'nov', 'nop'], ['desember', 'december', 'des', 'dec'],
];

function monthFromWord(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTH_WORDS.findIndex((names) => names.includes(w));
  return i < 0 ? undefined : i + 1;
}

/**
 * For `check`: a date a person wrote the Indonesian way instead of YYYY-MM-DD — `15 Januari 2026`,
 * `Kamis, 15 Jan 2026`, `15/01/2026`, `15-01-2026`, `15.01.2026` (day first, as Indonesians write it) or
 * `2026/01/15`, `2026-1-5` — as the ISO date meant; undefined when the text is no real calendar day in any of
 * these forms.
 */
export function isoDateFromText(text: string): string | undefined {
  const t = text.trim().replace(/^[A-Za-z']+,\s*/, ''); // a leading weekday: "Kamis, "
  let parts: [number, number, number] | undefined;
  let m = /^(\d{1,2})\s+([A-Za-z]+\.?)\s+(\d{4})$/.exec(t);
  if (m) {
    const month = monthFromWord(m[2]!);
    if (month !== undefined) parts = [Number(m[3]), month, Number(m[1])];
  } else if ((m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(t))) {
    parts = [Number(m[4]), Number(m[3]), Number(m[1])];
  } else if ((m = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/.exec(t))) {
    parts = [Number(m[1]), Number(m[3]), Number(m[4])];
  }
  if (!parts) return undefined;
  const iso = isoOf({ year: parts[0], month: parts[1], day: parts[2] });
  return isIsoDate(iso) ? iso : undefined;
}
