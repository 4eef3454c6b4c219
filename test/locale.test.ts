/**
 * src/locale formats through Intl. These tests pin its output to the hand-written tables it replaced (month and
 * day names, "Rp 150.000.000", "a, b, dan c"), so an ICU without Indonesian data, or a Node upgrade that
 * changes a pattern, fails here rather than in a signed document.
 */
import { describe, expect, test } from '@jest/globals';
import { dayNumber, isIsoDate, isoOf, parseIsoDate } from '../src/locale/dates.js';
import {
  dayName, formatList, formatNumber, formatPercent, formatRupiah, formatRupiahCompact, longDate, longDateWithDay, monthName, monthYear,
} from '../src/locale/format.js';

// The tables render/dates.ts held before src/locale (0.1).
const MONTHS = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;
const DAYS = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;
// The Rupiah of render/text.ts in 0.1.
function handRupiah(amount: number, lang: 'id' | 'en'): string {
  const sign = amount < 0 && Math.round(Math.abs(amount)) !== 0 ? '-' : '';
  const digits = Math.round(Math.abs(amount)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'id' ? '.' : ',');
  return lang === 'id' ? `${sign}Rp\u00a0${digits}` : `${sign}IDR\u00a0${digits}`;
}
function handList(items: string[], lang: 'id' | 'en'): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = lang === 'id' ? 'dan' : 'and';
  if (items.length === 2) return `${items[0]} ${and} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}${lang === 'id' ? ',' : ''} ${and} ${items[items.length - 1]}`;
}

describe.each(['id', 'en'] as const)('locale %s gives the same text as the hand tables', (lang) => {
  test('month names', () => {
    for (let m = 1; m <= 12; m++) expect(monthName(m, lang)).toBe(MONTHS[lang][m - 1]);
  });
  test('day names, long dates and month headings over a whole year (and a leap day)', () => {
    for (let day = dayNumber('2026-01-01')!; day <= dayNumber('2026-12-31')!; day++) {
      const d = parseIsoDate(new Date(day * 86_400_000))!;
      const long = `${d.day} ${MONTHS[lang][d.month - 1]} ${d.year}`;
      expect(dayName(d, lang)).toBe(DAYS[lang][d.weekday]);
      expect(longDate(d, lang)).toBe(long);
      expect(longDateWithDay(d, lang)).toBe(`${DAYS[lang][d.weekday]}, ${long}`);
      expect(monthYear(d, lang)).toBe(`${MONTHS[lang][d.month - 1]} ${d.year}`);
    }
    expect(longDateWithDay(parseIsoDate('2028-02-29')!, lang)).toBe(lang === 'id' ? 'Selasa, 29 Februari 2028' : 'Tuesday, 29 February 2028');
  });
  test('Rupiah', () => {
    for (const n of [0, 1, 12, 999, 1000, 1500, 21_000, 150_000_000, 1_234_567_890, 9_007_199_254_740_991, -1500, 0.4, 1499.5, -0.4]) {
      expect(formatRupiah(n, lang)).toBe(handRupiah(n, lang));
    }
  });
  test('lists', () => {
    for (const xs of [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['Dinas Kesehatan', 'Puskesmas', 'PKK', 'Kemenag']]) {
      expect(formatList(xs, lang)).toBe(handList(xs, lang));
    }
    expect(formatList(['a', '', 'b'], lang)).toBe(handList(['a', 'b'], lang));
  });
});

describe('numbers the Indonesian way', () => {
  test('thousands with dots, decimals with a comma', () => {
    expect(formatNumber(21_000, 'id')).toBe('21.000');
    expect(formatNumber(22.4, 'id')).toBe('22,4');
    expect(formatNumber(1234.567, 'id')).toBe('1.234,57');
    expect(formatNumber(1234.567, 'en')).toBe('1,234.57');
    expect(formatNumber(2.5, 'id', 0)).toBe('3');
  });
  test('percentages', () => {
    expect(formatPercent(79.61, 'id')).toBe('79,6%');
    expect(formatPercent(79.61, 'en')).toBe('79.6%');
    expect(formatPercent(100, 'id')).toBe('100%');
    expect(formatPercent(66.666, 'id', 1)).toBe('66,7%');
  });
  test('compact Rupiah for narrow columns', () => {
    expect(formatRupiahCompact(515_000_000, 'id')).toBe('Rp\u00a0515\u00a0jt');
    expect(formatRupiahCompact(1_500_000_000, 'id')).toBe('Rp\u00a01,5\u00a0M');
    expect(formatRupiahCompact(1_500_000_000, 'en')).toBe('IDR\u00a01.5bn');
  });
  test('not a number stays visible', () => {
    expect(formatRupiah(Number.NaN, 'id')).toBe('NaN');
  });
});

describe('one ISO-date parser', () => {
  test('real calendar days only', () => {
    expect(parseIsoDate('2026-01-15')).toEqual({ year: 2026, month: 1, day: 15, weekday: 4 });
    for (const bad of ['2026-02-30', '2026-13-01', '2026-1-5', '2026-01-15T00:00', ' 2026-01-15', 'kemarin', '', 42, undefined, null, {}]) {
      expect(parseIsoDate(bad)).toBeUndefined();
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
  });
  test('a YAML date (a JS Date) is its UTC day', () => {
    expect(parseIsoDate(new Date(Date.UTC(2026, 0, 15)))).toMatchObject({ year: 2026, month: 1, day: 15 });
  });
  test('years before 100 are not read as 19xx', () => {
    expect(parseIsoDate('0026-01-05')).toMatchObject({ year: 26, month: 1, day: 5 });
    expect(isoOf(parseIsoDate('0026-01-05')!)).toBe('0026-01-05');
  });
  test('day numbers count whole UTC days', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-01-15')! - dayNumber('2025-01-15')!).toBe(365);
    expect(dayNumber('2026-02-30')).toBeUndefined();
    expect(dayNumber(undefined)).toBeUndefined();
  });
});
