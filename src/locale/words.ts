/**
 * Numbers in words: Indonesian "terbilang" (as written on contracts and receipts) and English, plus the ordinals
 * that legal documents use ("PIHAK KEDUA", "the fifteenth day"). Whole, non-negative numbers up to the trillions.
 */
import type { Lang } from '../guide/types.js';

const ID_UNITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

/** Indonesian words for 0 <= n < 1000 ("seratus dua puluh lima"); 0 gives "". */
function idBelowThousand(n: number): string {
  if (n === 0) return '';
  if (n < 12) return ID_UNITS[n]!;
  if (n < 20) return `${ID_UNITS[n - 10]} belas`;
  if (n < 100) {
    const rest = idBelowThousand(n % 10);
    return `${ID_UNITS[Math.floor(n / 10)]} puluh${rest ? ` ${rest}` : ''}`;
  }
  const hundreds = Math.floor(n / 100);
  const rest = idBelowThousand(n % 100);
  return `${hundreds === 1 ? 'seratus' : `${ID_UNITS[hundreds]} ratus`}${rest ? ` ${rest}` : ''}`;
}

const ID_SCALES: readonly [number, string][] = [[1e12, 'triliun'], [1e9, 'miliar'], [1e6, 'juta'], [1e3, 'ribu']];

/** Indonesian "terbilang": 1500 -> "seribu lima ratus", 2026 -> "dua ribu dua puluh enam". */
export function terbilang(value: number): string {
  if (!Number.isFinite(value) || value < 0) return String(value);
  let n = Math.floor(value);
  if (n === 0) return 'nol';
  const parts: string[] = [];
  for (const [scale, word] of ID_SCALES) {
    if (n >= scale) {
      const count = Math.floor(n / scale);
      // 1000 is "seribu", but a million is "satu juta".
      parts.push(count === 1 && scale === 1e3 ? 'seribu' : `${terbilang(count)} ${word}`);
      n %= scale;
    }
  }
  if (n > 0) parts.push(idBelowThousand(n));
  return parts.join(' ');
}

const EN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function enBelowThousand(n: number): string {
  if (n === 0) return '';
  if (n < 20) return EN_UNITS[n]!;
  if (n < 100) return EN_TENS[Math.floor(n / 10)]! + (n % 10 ? `-${EN_UNITS[n % 10]}` : '');
  const rest = enBelowThousand(n % 100);
  return `${EN_UNITS[Math.floor(n / 100)]} hundred${rest ? ` ${rest}` : ''}`;
}

const EN_SCALES: readonly [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand']];

/** English words: 2026 -> "two thousand twenty-six". */
export function numberToWordsEn(value: number): string {
  if (!Number.isFinite(value) || value < 0) return String(value);
  let n = Math.floor(value);
  if (n === 0) return 'zero';
  const parts: string[] = [];
  for (const [scale, word] of EN_SCALES) {
    if (n >= scale) {
      parts.push(`${numberToWordsEn(Math.floor(n / scale))} ${word}`);
      n %= scale;
    }
  }
  if (n > 0) parts.push(enBelowThousand(n));
  return parts.join(' ');
}

export function numberToWords(value: number, lang: Lang): string {
  return lang === 'id' ? terbilang(value) : numberToWordsEn(value);
}

const EN_ORDINAL_IRREGULAR: Record<string, string> = { one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth' };

/** English ordinal words: 1 -> "first", 15 -> "fifteenth", 21 -> "twenty-first", 30 -> "thirtieth". */
export function ordinalWordsEn(n: number): string {
  const words = numberToWordsEn(n);
  const m = /^(.*?)([a-z]+)$/.exec(words)!;
  const last = m[2]!;
  const ord = EN_ORDINAL_IRREGULAR[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return m[1] + ord;
}

/** Indonesian ordinal words: 1 -> "kesatu", 2 -> "kedua", 12 -> "kedua belas". */
export function ordinalWordsId(n: number): string {
  return `ke${terbilang(n)}`;
}

/** A day of the month in a date written out: "lima belas" (Indonesian drafting writes the cardinal) / "fifteenth". */
export function dayOfMonthWords(day: number, lang: Lang): string {
  return lang === 'id' ? numberToWords(day, 'id') : ordinalWordsEn(day);
}

export function ordinalWords(n: number, lang: Lang): string {
  return lang === 'id' ? ordinalWordsId(n) : ordinalWordsEn(n);
}
