/**
 * A terminal table that fits the terminal: drawn at its natural width when that fits; else its columns are
 * narrowed in proportion (cells wrap); else, when the columns would become too narrow to read, "stacked": one
 * block per row, each cell on its own line under its column's name. Pure: a table builder and a width in.
 */
import Table from 'cli-table3';

/** Narrower than this a column is unreadable (words cut in pieces): stack instead. */
const MIN_COLUMN = 10;

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

function visibleLength(line: string): number {
  return [...line.replace(ANSI, '')].length;
}

export function widest(text: string): number {
  return Math.max(0, ...text.split('\n').map(visibleLength));
}

/** Column widths (padding included) read from the table's top border: `┌────┬──┐` → [4, 2]. */
function columnWidths(text: string): number[] {
  const top = text.split('\n')[0]!.replace(ANSI, '');
  return top.slice(1, -1).split('┬').map((part) => [...part].length);
}

/** Words broken to `width` (a word longer than the line is cut). */
function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/[ \t]+/).filter(Boolean)) {
      let w = word;
      while (visibleLength(w) > width) {
        if (line) out.push(line);
        line = '';
        out.push(w.slice(0, width));
        w = w.slice(width);
      }
      if (line && visibleLength(line) + 1 + visibleLength(w) > width) {
        out.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    out.push(line);
  }
  return out.filter((l, i, all) => l !== '' || (i > 0 && i < all.length - 1));
}

/** One block per row: the first cell as its title, then "column: value" for each non-empty cell. */
export function stacked(head: readonly string[], rows: readonly (readonly string[])[], width: number): string {
  const out: string[] = [];
  for (const row of rows) {
    const [title, ...cells] = row.map((c) => String(c ?? ''));
    out.push(...wrapText(title ?? '', width));
    cells.forEach((cell, i) => {
      if (cell.replace(ANSI, '').trim() === '') return;
      const name = (head[i + 1] ?? '').replace(ANSI, '');
      const [first, ...more] = wrapText(`${name ? `${name}: ` : ''}${cell.replace(/\n/g, ' ')}`, width - 4);
      out.push(`    ${first ?? ''}`, ...more.map((l) => `      ${l}`));
    });
    out.push('');
  }
  return out.join('\n').replace(/\n+$/, '');
}

/**
 * Draws the table `make` builds (given column widths, or none for natural ones) within `width` columns.
 * `head` and `rows` are what it holds, for the stacked form.
 */
export function fitTable(make: (colWidths?: number[], cells?: readonly (readonly string[])[]) => Table.Table, head: readonly string[], rows: readonly (readonly string[])[], width: number | undefined): string {
  const natural = make().toString();
  if (width === undefined || widest(natural) <= width) return natural;
  const widths = columnWidths(natural);
  const available = width - (widths.length + 1);
  // Each column at least as wide as its longest word (a number or an id is never cut), the rest shared out in
  // proportion to how much wider each column would like to be.
  const minimum = widths.map((w, i) => Math.min(w, Math.max(MIN_COLUMN, longestWord([head[i] ?? '', ...rows.map((r) => r[i] ?? '')]) + 2)));
  const spare = available - minimum.reduce((a, b) => a + b, 0);
  if (spare >= 0) {
    const wants = widths.map((w, i) => w - minimum[i]!);
    const total = wants.reduce((a, b) => a + b, 0) || 1;
    const narrowed = minimum.map((m, i) => m + Math.floor((wants[i]! * spare) / total));
    // cli-table3 cuts (…) rather than wraps a cell that starts with spaces ("  · detail"): such cells are wrapped
    // here, their indentation kept on every line.
    const cells = rows.map((row) => row.map((cell, i) => indentedWrap(String(cell ?? ''), narrowed[i]! - 2)));
    const text = make(narrowed, cells).toString();
    if (widest(text) <= width) return text;
  }
  return stacked(head, rows, width);
}

function indentedWrap(cell: string, width: number): string {
  const plain = cell.replace(ANSI, '');
  const indent = /^ +/.exec(plain)?.[0] ?? '';
  if (indent === '' || visibleLength(cell) <= width) return cell;
  return wrapText(cell.trimStart(), Math.max(1, width - indent.length)).map((l) => indent + l).join('\n');
}

/** The longest unbreakable piece of text in the cells (ANSI colours aside). */
function longestWord(cells: readonly string[]): number {
  let longest = 0;
  for (const cell of cells) for (const word of String(cell).replace(ANSI, '').split(/[ \t\n]+/)) longest = Math.max(longest, [...word].length);
  return longest;
}
