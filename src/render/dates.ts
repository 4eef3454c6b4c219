/**
 * Dates in documents beyond what src/locale formats: the opening of an agreement with the date in words, date
 * ranges ("15 Januari s.d. 31 Desember 2026") and an agreement's length in months.
 */
import type { Lang } from '../guide/types.js';
import { msg } from '../guide/messages/index.js';
import { DAYS_PER_MONTH, daysSinceEpoch, type CalendarDate } from '../locale/dates.js';
import { dayName, longDate, monthName } from '../locale/format.js';
import { dayOfMonthWords, numberToWords } from '../locale/words.js';

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
    dayWords: dayOfMonthWords(date.day, lang),
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
  const to = msg(lang, 'render.dateRange.to');
  if (start.year === end.year) {
    const head = start.month === end.month ? `${start.day}` : `${start.day} ${monthName(start.month, lang)}`;
    return `${head} ${to} ${longDate(end, lang)}`;
  }
  return `${longDate(start, lang)} ${to} ${longDate(end, lang)}`;
}

/** Whole months between two dates, rounded to the nearest month (for "berlaku selama 12 bulan"). */
export function monthsBetween(start: CalendarDate, end: CalendarDate): number {
  const days = daysSinceEpoch(end) - daysSinceEpoch(start) + 1;
  return Math.max(0, Math.round(days / DAYS_PER_MONTH));
}
