/**
 * Small text helpers shared by the view model and the template helpers: Rupiah in words, and escaping plan text
 * for Markdown so that it can never start a heading, a list, a table cell or a link, whatever the plan says.
 * (Rupiah as a number, dates and lists are formatted by src/locale.)
 */
import type { Lang } from '../guide/types.js';
import { numberToWords } from '../locale/words.js';

/** "seratus lima puluh juta rupiah" / "one hundred fifty million rupiah". */
export function rupiahInWords(amount: number, lang: Lang): string {
  return `${numberToWords(Math.round(Math.abs(amount)), lang)} rupiah`;
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
