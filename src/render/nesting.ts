/**
 * Bounds how deeply one line of Markdown can nest before marked reads it. marked handles each quote or list
 * level by recursing into the level's text, so 100,000 `>` overflow the stack and deep indentation costs
 * depth × size. No document needs more than a few levels; beyond the bounds below a marker is escaped (it stays
 * visible as text) and extra indentation is dropped. One pass over each line's leading markers: linear. Pure.
 */

/** Container markers (`>`, `-`, `*`, `+`, `1.`, `1)`) read at the start of one line; further ones are text. */
export const MAX_LINE_MARKERS = 8;
/** Columns of white space kept among a line's leading markers (enough for about 12 list levels; a tab counts 4). */
export const MAX_LINE_INDENT = 24;

// The characters a line's container prefix is made of; the walk below decides what in it is really a marker.
const PREFIX = /^[ \t>*+\-0-9.)]+/gm;
const ORDERED_MARKER = /^[0-9]{1,9}[.)]/;

export function limitNesting(markdown: string): string {
  return markdown.replace(PREFIX, (prefix: string, offset: number, whole: string) => limitPrefix(prefix, whole[offset + prefix.length]));
}

/** `next` is the character after the prefix (a marker must be followed by white space or end the line). */
function limitPrefix(prefix: string, next: string | undefined): string {
  const spaceAt = (i: number) => {
    const c = i < prefix.length ? prefix[i] : next;
    return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
  };
  let out = '';
  let markers = 0;
  let indent = 0;
  let i = 0;
  while (i < prefix.length) {
    const c = prefix[i]!;
    if (c === ' ' || c === '\t') {
      indent += c === '\t' ? 4 : 1;
      // Beyond the bound, white space goes, except the one that ends a marker.
      if (indent <= MAX_LINE_INDENT || !(out.endsWith(' ') || out.endsWith('\t'))) out += c;
      i++;
      continue;
    }
    let length = 0;
    if (c === '>') length = 1;
    else if ((c === '-' || c === '*' || c === '+') && spaceAt(i + 1)) length = 1;
    else if (c >= '0' && c <= '9') {
      const m = ORDERED_MARKER.exec(prefix.slice(i, i + 11));
      if (m && spaceAt(i + m[0].length)) length = m[0].length;
    }
    if (length === 0) return out + prefix.slice(i); // the line's text starts here
    if (markers === MAX_LINE_MARKERS) {
      // One marker too many: escaped, it and the rest are the line's text ("1." is escaped at its dot).
      const cut = length > 1 ? i + length - 1 : i;
      return `${out}${prefix.slice(i, cut)}\\${prefix.slice(cut)}`;
    }
    markers++;
    out += prefix.slice(i, i + length);
    i += length;
  }
  return out;
}
