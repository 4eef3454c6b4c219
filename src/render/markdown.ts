/**
 * Reads the Markdown the templates produce into blocks that the HTML and DOCX writers share. It understands the
 * subset GitHub renders and our templates use: ATX headings, paragraphs, "-" and "1." lists, GFM pipe tables
 * with alignment, thematic breaks, **bold**, *italic*, `code`, <br> and backslash escapes. Any other HTML is
 * text, never markup. A comment `<!-- kemitraan:NAME -->` gives the next block a class (center, signatures);
 * other comments vanish. Pure.
 */

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  /** A line break before this run's text. */
  br?: boolean;
}

export type Inline = Run[];

export type Align = 'left' | 'center' | 'right' | undefined;

export type Block =
  | { type: 'heading'; level: number; content: Inline; className?: string }
  | { type: 'paragraph'; content: Inline; className?: string }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[]; className?: string }
  | { type: 'table'; header: Inline[]; align: Align[]; rows: Inline[][]; className?: string }
  | { type: 'rule'; className?: string };

const ESCAPABLE = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;

/** Parses inline Markdown into runs. Unbalanced markers are kept as text. */
export function parseInline(source: string): Inline {
  const runs: Run[] = [];
  let bold = false;
  let italic = false;
  let buf = '';
  let br = false;
  const flush = () => {
    if (buf !== '' || br) runs.push({ text: buf, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}), ...(br ? { br } : {}) });
    buf = '';
    br = false;
  };
  // Markers only count when their partner exists further on, so "a * b" stays literal.
  const closes = (from: number, marker: string) => {
    for (let j = from; j < source.length; j++) {
      if (source[j] === '\\') { j++; continue; }
      if (source.startsWith(marker, j) && (marker !== '*' || source[j + 1] !== '*')) return true;
    }
    return false;
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\' && i + 1 < source.length && ESCAPABLE.test(source[i + 1]!)) {
      buf += source[++i];
    } else if (source.startsWith('<br>', i) || source.startsWith('<br/>', i) || source.startsWith('<br />', i)) {
      flush();
      br = true;
      i = source.indexOf('>', i);
    } else if (ch === '`') {
      const end = source.indexOf('`', i + 1);
      if (end < 0) buf += ch;
      else {
        flush();
        runs.push({ text: source.slice(i + 1, end), code: true });
        i = end;
      }
    } else if (source.startsWith('**', i) && (bold || closes(i + 2, '**'))) {
      flush();
      bold = !bold;
      i++;
    } else if ((ch === '*' || ch === '_') && (italic || closes(i + 1, ch)) && !(ch === '_' && /\w/.test(source[i - 1] ?? ''))) {
      flush();
      italic = !italic;
    } else buf += ch;
  }
  flush();
  return runs;
}

/** Splits a table row on unescaped pipes (escaped pipes stay escaped for the inline parser). */
function splitRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && i + 1 < s.length) {
      cur += s[i]! + s[i + 1]!;
      i++;
    } else if (s[i] === '|') {
      cells.push(cur.trim());
      cur = '';
    } else cur += s[i];
  }
  cells.push(cur.trim());
  return cells;
}

const DELIMITER_ROW = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const ORDERED = /^\s*(\d{1,9})[.)]\s+(.*)$/;
const DIRECTIVE = /^\s*<!--\s*kemitraan:([\w-]+)\s*-->\s*$/;

export function parseMarkdown(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let pendingClass: string | undefined;
  const push = (b: Block) => {
    if (pendingClass) b.className = pendingClass;
    pendingClass = undefined;
    blocks.push(b);
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') { i++; continue; }
    const directive = DIRECTIVE.exec(line);
    if (directive) { pendingClass = directive[1]; i++; continue; }
    if (line.trim().startsWith('<!--')) {
      // A comment: skip to its end.
      while (i < lines.length && !lines[i]!.includes('-->')) i++;
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      push({ type: 'heading', level: heading[1]!.length, content: parseInline(heading[2]!) });
      i++;
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      push({ type: 'rule' });
      i++;
      continue;
    }
    if (line.includes('|') && i + 1 < lines.length && DELIMITER_ROW.test(lines[i + 1]!)) {
      const header = splitRow(line);
      const align: Align[] = splitRow(lines[i + 1]!).map((c) => (c.startsWith(':') && c.endsWith(':') ? 'center' : c.endsWith(':') ? 'right' : c.startsWith(':') ? 'left' : undefined));
      const rows: Inline[][] = [];
      i += 2;
      while (i < lines.length && lines[i]!.trim() !== '' && lines[i]!.includes('|')) {
        const cells = splitRow(lines[i]!);
        rows.push(header.map((_, c) => parseInline(cells[c] ?? '')));
        i++;
      }
      push({ type: 'table', header: header.map(parseInline), align: header.map((_, c) => align[c]), rows });
      continue;
    }
    const bullet = BULLET.exec(line);
    const ordered = ORDERED.exec(line);
    if (bullet || ordered) {
      const isOrdered = !bullet;
      const items: string[] = [];
      const start = ordered ? Number(ordered[1]) : 1;
      while (i < lines.length) {
        const l = lines[i]!;
        const m = isOrdered ? ORDERED.exec(l) : BULLET.exec(l);
        if (m) items.push(isOrdered ? m[2]! : m[1]!);
        else if (l.trim() !== '' && /^\s+/.test(l) && items.length > 0) items[items.length - 1] += ` ${l.trim()}`;
        else break;
        i++;
      }
      push({ type: 'list', ordered: isOrdered, start, items: items.map(parseInline) });
      continue;
    }
    // A paragraph runs to a blank line or the start of another block.
    const para: string[] = [];
    while (i < lines.length) {
      const l = lines[i]!;
      if (l.trim() === '' || HEADING.test(l) || DIRECTIVE.test(l) || (para.length > 0 && (BULLET.test(l) || ORDERED.test(l)))) break;
      para.push(l);
      i++;
    }
    const joined = para.map((l, n) => (n < para.length - 1 && / {2,}$/.test(l) ? `${l.trimEnd()}<br>` : l.trim())).join(' ');
    push({ type: 'paragraph', content: parseInline(joined) });
  }
  return blocks;
}

/** The text of runs, with line breaks as spaces: for titles and tests. */
export function plainText(content: Inline): string {
  return content.map((r) => (r.br ? ` ${r.text}` : r.text)).join('').trim();
}
