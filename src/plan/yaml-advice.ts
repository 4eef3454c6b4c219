/**
 * What a person most often got wrong when YAML refuses a hand-edited plan, found from the text itself: a line
 * indented differently from its siblings, or a tab in the indentation (often after spaces, invisible in most
 * editors). The `yaml` parser notices these only later, at a line after the mistake or with a message about
 * "compact mappings"; this points at the line that is wrong and says how many spaces it should have. Pure, one
 * pass over the lines; consulted only when the text does not parse.
 */

export type IndentAdvice =
  | { kind: 'tab'; line: number; column: number }
  | { kind: 'indent'; line: number; column: number; found: number; expected: number; reference: number };

interface Level {
  indent: number;
  /** A block sequence's dash column: only `- ` lines belong here (unless a mapping shares the column). */
  sequence: boolean;
  mapping: boolean;
  /** The line that opened the level, for "like line N". */
  line: number;
}

const BLOCK_SCALAR = /(?:^|[:-]\s+)[|>][+-]?\d*\s*(?:#.*)?$/;

/** Does the content (without indentation) open a nested block on the next lines? */
function opensBlock(content: string): boolean {
  const c = content.replace(/\s+#.*$/, '').trimEnd();
  return c.endsWith(':') || c === '-' || /^-\s+[^\s].*:$/.test(c);
}

/** Counts unclosed flow brackets on a line (outside quotes), to skip the lines of a multi-line `[ ]` / `{ }`. */
function flowDepthChange(content: string): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < content.length; i++) {
    const ch = content[i]!;
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === 0 || content[i - 1] === ' ')) break;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth--;
  }
  return depth;
}

/** The first indentation mistake in `text`, or undefined. */
export function indentationAdvice(text: string): IndentAdvice | undefined {
  const lines = text.split('\n');
  const stack: Level[] = [{ indent: 0, sequence: false, mapping: true, line: 0 }];
  let opens = false;
  let blockScalarIndent = -1;
  let flowDepth = 0;
  let previousLine = 0;
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!.replace(/\r$/, '');
    const lead = /^[ \t]*/.exec(raw)![0];
    const content = raw.slice(lead.length);
    if (content === '' || content.startsWith('#')) continue;
    if (blockScalarIndent >= 0) {
      if (lead.length > blockScalarIndent && !lead.includes('\t')) continue;
      blockScalarIndent = -1;
    }
    if (flowDepth > 0) {
      flowDepth += flowDepthChange(content);
      continue;
    }
    if (lead.includes('\t')) return { kind: 'tab', line: n + 1, column: lead.indexOf('\t') + 1 };
    if (content === '---' || content === '...' || content.startsWith('--- ') || content.startsWith('%')) continue;
    const indent = lead.length;
    let top = stack[stack.length - 1]!;
    const dash = content === '-' || content.startsWith('- ');
    if (indent > top.indent) {
      if (!opens) return { kind: 'indent', line: n + 1, column: 1, found: indent, expected: top.indent, reference: previousLine };
      stack.push({ indent, sequence: dash, mapping: !dash, line: n + 1 });
    } else if (indent < top.indent) {
      let popped = top;
      while (stack.length > 1 && stack[stack.length - 1]!.indent > indent) popped = stack.pop()!;
      top = stack[stack.length - 1]!;
      // Between two levels: most likely meant to line up with the line above (the level just left).
      if (top.indent !== indent) return { kind: 'indent', line: n + 1, column: 1, found: indent, expected: popped.indent, reference: previousLine };
    }
    top = stack[stack.length - 1]!;
    // A line at a sequence's dash column must be another `- ` entry, unless a mapping key shares that column.
    if (indent === top.indent && top.sequence && !dash && !top.mapping) {
      return { kind: 'indent', line: n + 1, column: 1, found: indent, expected: indent + 2, reference: previousLine };
    }
    if (indent === top.indent && dash) top.sequence = true;
    if (indent === top.indent && !dash) top.mapping = true;
    // `- key: value`: the entry's other keys line up with `key`.
    if (dash) {
      const inner = /^-(\s+)(?=[^\s#-])/.exec(content);
      if (inner && /^-\s+("[^"]*"|'[^']*'|[^\s"'{[#][^:#]*?):(\s|$)/.test(content)) {
        stack.push({ indent: indent + 1 + inner[1]!.length, sequence: false, mapping: true, line: n + 1 });
      }
    }
    if (BLOCK_SCALAR.test(content)) blockScalarIndent = indent;
    flowDepth = Math.max(0, flowDepthChange(content));
    opens = opensBlock(content);
    previousLine = n + 1;
  }
  return undefined;
}
