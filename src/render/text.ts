/**
 * Small text helpers shared by the view model and the template helpers: Rupiah amounts, lists joined with
 * "dan"/"and", and escaping plan text for Markdown so that it can never start a heading, a list, a table
 * cell or a link, whatever the plan says.
 */
import type { Lang } from '../guide/types.js';
import { numberToWords } from './words.js';

/** "Rp 150.000.000" (Indonesian grouping, no-break space) / "IDR 150,000,000". */
export function rupiah(amount: number, lang: Lang): string {
  if (!Number.isFinite(amount)) return String(amount);
  const sign = amount < 0 ? '-' : '';
  const digits = Math.round(Math.abs(amount)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'id' ? '.' : ',');
  // A no-break space keeps the currency with its number when a table cell wraps.
  return lang === 'id' ? `${sign}Rp\u00a0${digits}` : `${sign}IDR\u00a0${digits}`;
}

/** "6.000", "22,4" (Indonesian) / "6,000", "22.4" (English): every number a document prints. */
export function formatNumber(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return String(value);
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}

/** "seratus lima puluh juta rupiah" / "one hundred fifty million rupiah". */
export function rupiahInWords(amount: number, lang: Lang): string {
  return `${numberToWords(Math.round(Math.abs(amount)), lang)} rupiah`;
}

/** "a", "a dan b", "a, b, dan c" (Indonesian), "a, b and c" (English). */
export function joinList(items: readonly string[], lang: Lang): string {
  const xs = items.filter((x) => x !== '');
  if (xs.length <= 1) return xs[0] ?? '';
  const and = lang === 'id' ? 'dan' : 'and';
  if (xs.length === 2) return `${xs[0]} ${and} ${xs[1]}`;
  return `${xs.slice(0, -1).join(', ')}${lang === 'id' ? ',' : ''} ${and} ${xs[xs.length - 1]}`;
}

// Characters with inline meaning in GitHub Markdown. `&` is escaped so that "&lt;" in a plan stays literal.
const MD_INLINE = /[\\`*_[\]<>|~&!#$]/g;
// Things that open a block when they start a line (heading, quote, list item, thematic break, table).
const MD_BLOCK_START = /^(\s*)([-+=]|\d+(?=[.)]))/;

/**
 * Plan text made safe to put anywhere in a Markdown line: whitespace (newlines included) collapsed to one space,
 * punctuation with Markdown meaning backslash-escaped, and a leading list/heading marker neutralised.
 */
export function escapeMarkdown(text: string): string {
  const flat = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim();
  const escaped = flat.replace(MD_INLINE, '\\$&');
  return escaped.replace(MD_BLOCK_START, (_whole, space: string, marker: string) =>
    /^\d+$/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`);
}
