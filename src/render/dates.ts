/**
 * Dates as Indonesian (and English) documents write them: "Kamis, 15 Januari 2026", and the opening of an
 * agreement with the date in words. Dates are ISO strings (YYYY-MM-DD); anything else is "not a date" (undefined).
 */
import type { Lang } from '../guide/types.js';
import { numberToWords, ordinalWordsEn } from './words.js';

const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
/** Sunday first, as Date.getUTCDay() counts. */
const DAYS: Record<Lang, readonly string[]> = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  /** 0 = Sunday */
  weekday: number;
}

/** Parses YYYY-MM-DD (also a YAML date that became a JS Date); undefined for anything that is not a real date. */
export function parseIsoDate(value: unknown): CalendarDate | undefined {
  let iso: string;
  if (value instanceof Date && !Number.isNaN(value.getTime())) iso = value.toISOString().slice(0, 10);
  else if (typeof value === 'string') iso = value;
  else return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return { year, month, day, weekday: d.getUTCDay() };
}

export function monthName(month: number, lang: Lang): string {
  return MONTHS[lang][month - 1] ?? String(month);
}

export function dayName(date: CalendarDate, lang: Lang): string {
  return DAYS[lang][date.weekday]!;
}

/** "15 Januari 2026" / "15 January 2026". */
export function longDate(date: CalendarDate, lang: Lang): string {
  return `${date.day} ${monthName(date.month, lang)} ${date.year}`;
}

/** "Kamis, 15 Januari 2026" / "Thursday, 15 January 2026". */
export function longDateWithDay(date: CalendarDate, lang: Lang): string {
  return `${dayName(date, lang)}, ${longDate(date, lang)}`;
}

/** "Januari 2026": the heading of a month's group of activities. */
export function monthYear(date: CalendarDate, lang: Lang): string {
  return `${monthName(date.month, lang)} ${date.year}`;
}

/** The parts of the date in words that an agreement's opening needs. */
export interface DateInWords {
  dayName: string;
  /** "lima belas" / "fifteenth" */
  dayWords: string;
  monthName: string;
  /** "dua ribu dua puluh enam" / "two thousand twenty-six" */
  yearWords: string;
  /** "15-01-2026": the numeric form written after the words. */
  numeric: string;
}

export function dateInWords(date: CalendarDate, lang: Lang): DateInWords {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    dayName: dayName(date, lang),
    dayWords: lang === 'id' ? numberToWords(date.day, 'id') : ordinalWordsEn(date.day),
    monthName: monthName(date.month, lang),
    yearWords: numberToWords(date.year, lang),
    numeric: `${pad(date.day)}-${pad(date.month)}-${date.year}`,
  };
}

/** "15 Januari - 31 Desember 2026", "3 Februari 2026" for a one-day range. */
export function dateRange(start: CalendarDate | undefined, end: CalendarDate | undefined, lang: Lang): string | undefined {
  if (!start && !end) return undefined;
  if (!start || !end) return longDate((start ?? end)!, lang);
  if (start.year === end.year && start.month === end.month && start.day === end.day) return longDate(start, lang);
  const to = lang === 'id' ? 's.d.' : 'to';
  if (start.year === end.year) {
    const head = start.month === end.month ? `${start.day}` : `${start.day} ${monthName(start.month, lang)}`;
    return `${head} ${to} ${longDate(end, lang)}`;
  }
  return `${longDate(start, lang)} ${to} ${longDate(end, lang)}`;
}

/** Whole months between two dates, rounded to the nearest month (for "berlaku selama 12 bulan"). */
export function monthsBetween(start: CalendarDate, end: CalendarDate): number {
  const days = (Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(start.year, start.month - 1, start.day)) / 86_400_000 + 1;
  return Math.max(0, Math.round(days / 30.4375));
}
