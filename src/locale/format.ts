/**
 * Numbers, Rupiah, percentages, dates and lists as Indonesian (and English) readers write them, in one place,
 * through `Intl` (Node's full ICU): "1.234,5", "Rp 150.000.000", "79,6%", "Kamis, 15 Januari 2026", "a, b, dan c".
 * Every report, document and message that shows one of these goes through here, so they read the same
 * everywhere. test/locale.test.ts checks the output against the hand-written tables this module replaced.
 */
import type { Lang } from '../guide/types.js';
import { toUtcDate, type CalendarDate } from './dates.js';

/** The BCP 47 tag of a language: Indonesian as written in Indonesia; English as written in Britain (day month year). */
export function localeTag(lang: Lang): 'id-ID' | 'en-GB' {
  return lang === 'id' ? 'id-ID' : 'en-GB';
}

// Building an Intl formatter costs far more than using one: keep one per language and options.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (f === undefined) cache.set(key, (f = make()));
  return f;
}

/** "1.234,5" / "1,234.5", at most `maxDigits` decimals (no trailing zeros). */
export function formatNumber(n: number, lang: Lang, maxDigits = 2): string {
  return cached(`n|${lang}|${maxDigits}`, () => new Intl.NumberFormat(localeTag(lang), { maximumFractionDigits: maxDigits })).format(n);
}

/**
 * "Rp 150.000.000" / "IDR 150,000,000", whole Rupiah. The space after the currency is a no-break space, so the
 * currency stays with its number when a table cell wraps; a negative amount reads "-Rp 1.500"; an amount that
 * rounds to zero has no sign.
 */
export function formatRupiah(amount: number, lang: Lang): string {
  if (!Number.isFinite(amount)) return String(amount);
  // Amounts repeat (a plan's commitments in every message about them; round sums across thousands of plans),
  // and an Intl format costs microseconds: the last few thousand are kept, per language.
  const seen = rupiahTexts[lang];
  let text = seen.get(amount);
  if (text === undefined) {
    text = cached(`rp|${lang}`, () => new Intl.NumberFormat(localeTag(lang), {
      style: 'currency', currency: 'IDR', currencyDisplay: lang === 'id' ? 'symbol' : 'code',
      minimumFractionDigits: 0, maximumFractionDigits: 0, signDisplay: 'negative',
    })).format(amount);
    if (seen.size >= RUPIAH_TEXTS_KEPT) seen.clear();
    seen.set(amount, text);
  }
  return text;
}

const RUPIAH_TEXTS_KEPT = 4096;
const rupiahTexts: Record<Lang, Map<number, string>> = { id: new Map(), en: new Map() };

/** "Rp 1,2 M" / "IDR 1.2B": a Rupiah amount shortened for a narrow column. */
export function formatRupiahCompact(amount: number, lang: Lang): string {
  return cached(`rpc|${lang}`, () => new Intl.NumberFormat(localeTag(lang), {
    style: 'currency', currency: 'IDR', currencyDisplay: lang === 'id' ? 'symbol' : 'code',
    notation: 'compact', maximumFractionDigits: 1,
  })).format(amount);
}

/**
 * "79,6%" / "79.6%" for a percentage given as a number of hundredths (79.61 → "79,6%"). `minDigits` keeps a
 * column of shares at one precision ("6,0%" beside "4,5%").
 */
export function formatPercent(percent: number, lang: Lang, maxDigits = 1, minDigits = 0): string {
  return cached(`pc|${lang}|${maxDigits}|${minDigits}`, () => new Intl.NumberFormat(localeTag(lang), { style: 'percent', maximumFractionDigits: maxDigits, minimumFractionDigits: minDigits })).format(percent / 100);
}

function dateFormat(lang: Lang, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d|${lang}|${name}`, () => new Intl.DateTimeFormat(localeTag(lang), { ...options, timeZone: 'UTC' }));
}

/** "Januari" / "January". */
export function monthName(month: number, lang: Lang): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) return String(month);
  return dateFormat(lang, 'month', { month: 'long' }).format(Date.UTC(2000, month - 1, 1));
}

/** "Kamis" / "Thursday". */
export function dayName(date: CalendarDate, lang: Lang): string {
  return dateFormat(lang, 'weekday', { weekday: 'long' }).format(toUtcDate(date));
}

/** "15 Januari 2026" / "15 January 2026". */
export function longDate(date: CalendarDate, lang: Lang): string {
  return dateFormat(lang, 'long', { day: 'numeric', month: 'long', year: 'numeric' }).format(toUtcDate(date));
}

/** "Kamis, 15 Januari 2026" / "Thursday, 15 January 2026". */
export function longDateWithDay(date: CalendarDate, lang: Lang): string {
  return dateFormat(lang, 'full', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(toUtcDate(date));
}

/** "Januari 2026" / "January 2026". */
export function monthYear(date: CalendarDate, lang: Lang): string {
  return dateFormat(lang, 'monthYear', { month: 'long', year: 'numeric' }).format(toUtcDate(date));
}

/** "a", "a dan b", "a, b, dan c" (Indonesian), "a, b and c" (English); empty items are left out. */
export function formatList(items: readonly string[], lang: Lang): string {
  return cached(`l|${lang}`, () => new Intl.ListFormat(localeTag(lang), { type: 'conjunction' })).format(items.filter((x) => x !== ''));
}
