/**
 * A reader for the subset of YAML that plan files use, recording positions as it reads: 2–3x faster than js-yaml
 * plus its node events, and the position index comes for free. It reads block mappings and sequences (compact
 * `- key:` items too), plain, single- and double-quoted scalars on one line, one-line flow collections of
 * scalars, `|`/`>` block scalars, and comments. On anything else — anchors, tags, multi-line plain or quoted
 * scalars, quoted or non-string keys, tabs, CR, duplicate keys, `__proto__`, unusual escapes, more-indented
 * folded lines, document markers — it returns undefined and the caller reads the file as before (js-yaml, then
 * `yaml`). It never decides what is an error: an error is always something it gives up on.
 *
 * Its result must equal js-yaml's (core schema of fast-load.ts) in data and fast-locate.ts's index in positions;
 * test/subset-yaml.test.ts holds it to both on the corpus and on generated texts.
 */
import { resolvePlainScalar } from './fast-load.js';
import type { PositionNode } from './fast-locate.js';

export interface SubsetLoad {
  data: unknown;
  index: PositionNode;
}

/** Thrown to give up; caught once at the top. */
class OutsideSubset extends Error {}
const OUT = new OutsideSubset();
function out(): never {
  throw OUT;
}

// Characters that make a file leave the subset wherever they are: tab, CR, other controls, BOM, non-characters
// (js-yaml rejects most of these; the rest change positions or meaning in ways not worth following).
// Lone surrogates too: found by the engine's own check (a regular expression with look-arounds cost 1% of a check).
const UNSUPPORTED_CHAR = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
/** String.prototype.isWellFormed (Node 20; not yet in the ES2023 library typings). */
const wellFormed = (text: string): boolean => (text as unknown as { isWellFormed(): boolean }).isWellFormed();

/**
 * `yaml` refuses an implicit key whose `:` stands this far or further from the key's start (js-yaml does not):
 * such a key is left to the other readers, which report it. Then no text this reader takes is one `yaml` reads
 * differently or refuses, so it can run before fast-load.ts's eligibility scan instead of after it.
 */
const MAX_IMPLICIT_KEY = 1024;

const SP = 0x20;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;

/** The offset of the first character at or after `i` that is not a space. */
function skipSpaces(t: string, i: number): number {
  while (t.charCodeAt(i) === SP) i++;
  return i;
}

/** Reads `text` if it is within the subset; undefined otherwise. */
export function subsetLoad(text: string): SubsetLoad | undefined {
  if (UNSUPPORTED_CHAR.test(text) || !wellFormed(text)) return undefined;
  try {
    return new Reader(text).document();
  } catch (err) {
    // Absurd nesting runs out of stack here as in the other readers: theirs is the reading that reports it.
    if (err === OUT || err instanceof RangeError) return undefined;
    throw err;
  }
}

class Reader {
  private readonly text: string;
  /** Offsets of line starts, ends (at the `\n` or the text's end) and indentation. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly indents: number[] = [];
  /** The line being read. */
  private line = 0;

  constructor(text: string) {
    this.text = text;
    let s = 0;
    for (;;) {
      const e = text.indexOf('\n', s);
      const end = e < 0 ? text.length : e;
      let i = s;
      while (text.charCodeAt(i) === SP) i++;
      this.starts.push(s);
      this.ends.push(end);
      this.indents.push(i - s);
      if (e < 0) break;
      s = e + 1;
    }
  }

  document(): SubsetLoad {
    this.skipBlankLines();
    if (this.line >= this.starts.length) out();
    if (this.indents[this.line] !== 0) out();
    const c = this.contentAt(this.line);
    if (this.text.startsWith('---', c) || this.text.startsWith('...', c)) out();
    const node = this.blockNode(0, true);
    this.skipBlankLines();
    if (this.line < this.starts.length) out();
    return { data: node.value, index: node.pos };
  }

  private contentAt(line: number): number {
    return this.starts[line]! + this.indents[line]!;
  }

  /** Blank or comment-only. */
  private isBlank(line: number): boolean {
    const c = this.contentAt(line);
    return c >= this.ends[line]! || this.text.charCodeAt(c) === HASH;
  }

  private skipBlankLines(): void {
    while (this.line < this.starts.length && this.isBlank(this.line)) this.line++;
  }

  /** A `-` item indicator at offset `at` (followed by a space or the line's end). */
  private isItemAt(at: number, end: number): boolean {
    return this.text.charCodeAt(at) === DASH && (at + 1 === end || this.text.charCodeAt(at + 1) === SP);
  }

  /**
   * The block node whose first line is `this.line` at its indentation: a sequence or a mapping (a scalar alone
   * on its own line is a multi-line plain scalar's cousin: outside the subset).
   */
  private blockNode(indent: number, root = false): Node {
    const line = this.line;
    const c = this.contentAt(line);
    if (this.indents[line] !== indent) out();
    if (this.isItemAt(c, this.ends[line]!)) return this.sequence(indent);
    if (root || this.keyEnd(c, this.ends[line]!) >= 0) return this.mapping(indent, c);
    return out();
  }

  /**
   * Where a plain key starting at `from` ends (the offset of its `:`), or -1 when the text there is not a
   * plain key followed by `: ` or `:` at the line's end.
   */
  private keyEnd(from: number, end: number): number {
    const t = this.text;
    const first = t.charCodeAt(from);
    if (isIndicator(first)) return -1;
    for (let i = from; i < end; i++) {
      const ch = t.charCodeAt(i);
      if (ch === COLON) {
        const next = i + 1 === end ? SP : t.charCodeAt(i + 1);
        if (next === SP) return i - from < MAX_IMPLICIT_KEY ? i : out();
        return -1; // `a:b` keys are legal YAML but not worth following
      }
      if (ch === HASH && t.charCodeAt(i - 1) === SP) return -1;
    }
    return -1;
  }

  /** A block mapping whose keys stand at column `indent`; the first key starts at offset `first`. */
  private mapping(indent: number, first: number): Node {
    const t = this.text;
    const value: Record<string, unknown> = {};
    const map = new Map<string, PositionNode>();
    let keyStart = first;
    for (;;) {
      const line = this.line;
      const end = this.ends[line]!;
      const colon = this.keyEnd(keyStart, end);
      if (colon < 0) out();
      let k = colon;
      while (t.charCodeAt(k - 1) === SP) k--;
      const key = t.slice(keyStart, k);
      if (typeof resolvePlainScalar(key) !== 'string' || key === '__proto__' || key === '<<' || map.has(key)) out();
      const child = this.valueAfter(colon + 1, indent, true);
      child.pos.keyStart = keyStart;
      // Plain keys are strings here; defineProperty-free assignment is safe without `__proto__`.
      value[key] = child.value;
      map.set(key, child.pos);
      this.skipBlankLines();
      if (this.line >= this.starts.length || this.indents[this.line]! < indent) break;
      if (this.indents[this.line]! > indent) out();
      keyStart = this.contentAt(this.line);
      if (this.isItemAt(keyStart, this.ends[this.line]!)) {
        // A sequence at the mapping's own indentation belongs to a key before it only right after that key.
        out();
      }
    }
    return { value, pos: { start: first, map } };
  }

  /** A block sequence whose `-` stand at column `indent`, starting on the current line. */
  private sequence(indent: number): Node {
    const start = this.contentAt(this.line);
    const value: unknown[] = [];
    const list: PositionNode[] = [];
    for (;;) {
      const line = this.line;
      const dash = this.contentAt(line);
      const end = this.ends[line]!;
      let c = dash + 1;
      while (this.text.charCodeAt(c) === SP) c++;
      let item: Node;
      if (c < end && this.text.charCodeAt(c) !== HASH && this.keyEnd(c, end) >= 0) {
        // `- key: value`: a mapping whose keys stand where this first key does.
        item = this.mapping(c - this.starts[line]!, c);
      } else {
        if (c < end && this.isItemAt(c, end)) out(); // `- - x`
        item = this.valueAfter(dash + 1, indent, false);
      }
      value.push(item.value);
      list.push(item.pos);
      this.skipBlankLines();
      if (this.line >= this.starts.length) break;
      const ind = this.indents[this.line]!;
      if (ind < indent) break;
      if (ind > indent) out();
      if (!this.isItemAt(this.contentAt(this.line), this.ends[this.line]!)) break;
    }
    return { value, pos: { start, list } };
  }

  /**
   * The value after a mapping's `:` or a sequence's `-` at offset `from` on the current line, whose parent
   * stands at column `indent`. Leaves `this.line` on the line after the value.
   */
  private valueAfter(from: number, indent: number, inMapping: boolean): Node {
    const t = this.text;
    const line = this.line;
    const end = this.ends[line]!;
    let c = from;
    while (t.charCodeAt(c) === SP) c++;
    if (c >= end || t.charCodeAt(c) === HASH) {
      // Nothing on this line: the value is the block below, or empty.
      this.line = line + 1;
      this.skipBlankLines();
      if (this.line < this.starts.length) {
        const ind = this.indents[this.line]!;
        const nc = this.contentAt(this.line);
        if (ind > indent) return this.blockNode(ind);
        if (inMapping && ind === indent && this.isItemAt(nc, this.ends[this.line]!)) return this.sequence(ind);
      }
      // An empty value: js-yaml and `yaml` place it differently where a comment follows; not worth following.
      if (c < end) out();
      return { value: null, pos: { start: c } };
    }
    const ch = t.charCodeAt(c);
    let node: Node;
    let after: number;
    if (ch === 0x22 || ch === 0x27) {
      [node, after] = this.quoted(c, end);
    } else if (ch === 0x5b || ch === 0x7b) {
      [node, after] = this.flow(c, end);
    } else if (ch === 0x7c || ch === 0x3e) {
      return this.blockScalar(c, end, indent);
    } else {
      if (isIndicator(ch) || ((ch === DASH || ch === 0x3f || ch === COLON) && (c + 1 === end || t.charCodeAt(c + 1) === SP))) out();
      [node, after] = this.plain(c, end, false);
    }
    this.endOfLine(after, end);
    this.line = line + 1;
    // A more-indented line after a one-line value continues it (or is an error): outside the subset.
    this.skipBlankLines();
    if (this.line < this.starts.length && this.indents[this.line]! > indent) out();
    return node;
  }

  /** Only spaces and a comment may follow a value on its line. */
  private endOfLine(from: number, end: number): void {
    let i = from;
    while (this.text.charCodeAt(i) === SP) i++;
    if (i < end && !(this.text.charCodeAt(i) === HASH && i > from)) out();
  }

  /** A plain scalar from `c`: up to ` #`, the line's end, or (in flow) `,`/`]`/`}`/`: `. */
  private plain(c: number, end: number, inFlow: boolean): [Node, number] {
    const t = this.text;
    let i = c;
    let last = c; // one past the last non-space character
    for (; i < end; i++) {
      const ch = t.charCodeAt(i);
      if (ch === SP) continue;
      if (ch === HASH && t.charCodeAt(i - 1) === SP) break;
      if (ch === COLON) {
        const next = i + 1 === end ? SP : t.charCodeAt(i + 1);
        if (next === SP || (inFlow && (next === 0x2c || next === 0x5d || next === 0x7d))) {
          if (inFlow) break;
          out(); // `a: b: c`
        }
      }
      if (inFlow && (ch === 0x2c || ch === 0x5b || ch === 0x5d || ch === 0x7b || ch === 0x7d)) break;
      last = i + 1;
    }
    if (last === c) out();
    return [{ value: resolvePlainScalar(t.slice(c, last)), pos: { start: c } }, last];
  }

  /** A quoted scalar on one line starting at `c`; returns it and the offset after its closing quote. */
  private quoted(c: number, end: number): [Node, number] {
    const t = this.text;
    const q = t.charCodeAt(c);
    if (q === 0x27) {
      let s = '';
      let i = c + 1;
      for (;;) {
        const j = t.indexOf("'", i);
        if (j < 0 || j >= end) out();
        s += t.slice(i, j);
        if (t.charCodeAt(j + 1) === 0x27) {
          s += "'";
          i = j + 2;
          continue;
        }
        return [{ value: s, pos: { start: c } }, j + 1];
      }
    }
    let s = '';
    let i = c + 1;
    for (;;) {
      let j = i;
      while (j < end && t.charCodeAt(j) !== 0x22 && t.charCodeAt(j) !== 0x5c) j++;
      if (j >= end) out();
      s += t.slice(i, j);
      if (t.charCodeAt(j) === 0x22) return [{ value: s, pos: { start: c } }, j + 1];
      const e = t.charCodeAt(j + 1);
      const simple = ESCAPES[e];
      if (simple !== undefined) {
        s += simple;
        i = j + 2;
      } else if (e === 0x75 /* u */) {
        const hex = t.slice(j + 2, j + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) out();
        const code = parseInt(hex, 16);
        if (code >= 0xd800 && code <= 0xdfff) out();
        s += String.fromCharCode(code);
        i = j + 6;
      } else {
        return out();
      }
    }
  }

  /** A one-line flow sequence or mapping (of scalars and such collections) starting at `c`. */
  private flow(c: number, end: number): [Node, number] {
    // Written without a closure and with only the collections its kind needs: this runs cold, in V8's
    // interpreter, at every start of `check` (a closure per call was the costliest part of reading a plan).
    const t = this.text;
    const isMap = t.charCodeAt(c) === 0x7b;
    const close = isMap ? 0x7d : 0x5d;
    const list: PositionNode[] | undefined = isMap ? undefined : [];
    const arr: unknown[] | undefined = isMap ? undefined : [];
    const map = isMap ? new Map<string, PositionNode>() : undefined;
    const obj: Record<string, unknown> | undefined = isMap ? {} : undefined;
    let i = skipSpaces(t, c + 1);
    if (t.charCodeAt(i) === close) return [{ value: isMap ? obj : arr, pos: isMap ? { start: c, map } : { start: c, list } }, i + 1];
    for (;;) {
      if (i >= end) out();
      if (map !== undefined) {
        const keyStart = i;
        const [k, afterKey] = this.flowScalar(i, end);
        if (typeof k.value !== 'string' || t.charCodeAt(keyStart) === 0x22 || t.charCodeAt(keyStart) === 0x27) out();
        const key = k.value;
        if (key === '__proto__' || key === '<<' || map.has(key)) out();
        i = skipSpaces(t, afterKey);
        if (t.charCodeAt(i) !== COLON || t.charCodeAt(i + 1) !== SP || i - keyStart >= MAX_IMPLICIT_KEY) out();
        i = skipSpaces(t, i + 2);
        const [v, afterValue] = this.flowValue(i, end);
        v.pos.keyStart = keyStart;
        obj![key] = v.value;
        map.set(key, v.pos);
        i = afterValue;
      } else {
        const [v, afterValue] = this.flowValue(i, end);
        arr!.push(v.value);
        list!.push(v.pos);
        i = afterValue;
      }
      i = skipSpaces(t, i);
      const ch = t.charCodeAt(i);
      if (ch === close) return [{ value: isMap ? obj : arr, pos: isMap ? { start: c, map } : { start: c, list } }, i + 1];
      if (ch !== 0x2c) out();
      i = skipSpaces(t, i + 1);
      if (t.charCodeAt(i) === close) out(); // a trailing comma: legal, rare, not followed
    }
  }

  private flowValue(i: number, end: number): [Node, number] {
    const ch = this.text.charCodeAt(i);
    return ch === 0x5b || ch === 0x7b ? this.flow(i, end) : this.flowScalar(i, end);
  }

  private flowScalar(i: number, end: number): [Node, number] {
    const ch = this.text.charCodeAt(i);
    if (ch === 0x22 || ch === 0x27) return this.quoted(i, end);
    if (isIndicator(ch) || ch === DASH || ch === 0x3f || ch === COLON) {
      // `-5` is a plain scalar; `- `, `? `, `: ` and the other indicators are not followed.
      if (!(ch === DASH && i + 1 < end && this.text.charCodeAt(i + 1) !== SP && !isFlowIndicator(this.text.charCodeAt(i + 1)))) out();
    }
    return this.plain(i, end, true);
  }

  /**
   * A `|` or `>` block scalar whose header starts at `c`; its parent stands at column `indent`. Clip and strip
   * chomping; `+`, indentation indicators, leading empty lines, whitespace-only lines and more-indented folded
   * lines leave the subset.
   */
  private blockScalar(c: number, end: number, indent: number): Node {
    const t = this.text;
    const folded = t.charCodeAt(c) === 0x3e;
    let h = c + 1;
    let strip = false;
    if (t.charCodeAt(h) === DASH) {
      strip = true;
      h++;
    }
    this.endOfLine(h, end);
    if (h < end && t.charCodeAt(h) !== SP) out();
    let line = this.line + 1;
    const n = this.starts.length;
    if (line >= n || this.ends[line]! === this.starts[line]!) out();
    const contentIndent = this.indents[line]!;
    if (contentIndent <= indent || this.contentAt(line) >= this.ends[line]!) out();
    const lines: string[] = [];
    let lastContent = -1;
    for (; line < n; line++) {
      const s = this.starts[line]!;
      const e = this.ends[line]!;
      if (e === s) {
        lines.push('');
        continue;
      }
      const ind = this.indents[line]!;
      if (s + ind >= e) out(); // whitespace only
      if (ind < contentIndent) break;
      if (folded && ind > contentIndent) out();
      lines.push(t.slice(s + contentIndent, e));
      lastContent = lines.length - 1;
    }
    // The scalar must end with a line break of its own (not at the text's end without one).
    if (line >= n && this.ends[n - 1]! !== this.starts[n - 1]!) out();
    const body = lines.slice(0, lastContent + 1);
    let value: string;
    if (folded) {
      value = '';
      let breaks = 0;
      for (let i = 0; i < body.length; i++) {
        const l = body[i]!;
        if (l === '') {
          breaks++;
          continue;
        }
        if (i > 0) value += breaks > 0 ? '\n'.repeat(breaks) : ' ';
        breaks = 0;
        value += l;
      }
    } else {
      value = body.join('\n');
    }
    if (!strip) value += '\n';
    // Trailing empty lines belong to the scalar (and are dropped by clip/strip); reading goes on after them.
    this.line = line;
    return { value, pos: { start: c } };
  }
}

interface Node {
  value: unknown;
  pos: PositionNode;
}

/** Characters that cannot start a plain scalar (`-`, `?`, `:` are decided by what follows). */
function isIndicator(ch: number): boolean {
  // , [ ] { } # & * ! | > ' " % @ `
  return ch === 0x2c || ch === 0x5b || ch === 0x5d || ch === 0x7b || ch === 0x7d || ch === HASH || ch === 0x26
    || ch === 0x2a || ch === 0x21 || ch === 0x7c || ch === 0x3e || ch === 0x27 || ch === 0x22 || ch === 0x25
    || ch === 0x40 || ch === 0x60;
}

function isFlowIndicator(ch: number): boolean {
  return ch === 0x2c || ch === 0x5b || ch === 0x5d || ch === 0x7b || ch === 0x7d;
}

/** Double-quoted escapes followed here (others leave the subset). */
const ESCAPES: Record<number, string> = {
  0x5c: '\\',
  0x22: '"',
  0x2f: '/',
  0x6e: '\n',
  0x74: '\t',
  0x30: '\0',
};
