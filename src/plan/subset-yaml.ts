/**
 * A reader for the subset of YAML that plan files use, recording positions as it reads. It reads block mappings
 * and sequences (compact `- key:` items too), plain, single- and double-quoted scalars on one line, one-line flow
 * collections of scalars, `|`/`>` block scalars, and comments. On anything else — anchors, tags, multi-line plain
 * or quoted scalars, quoted or non-string keys, keys of 1,024 characters or more, tabs, CR, duplicate keys,
 * `__proto__`, unusual escapes, more-indented folded lines, document markers — it returns undefined and the caller
 * reads the file as before (js-yaml, then `yaml`). It never decides what is an error: an error is always
 * something it gives up on.
 *
 * Its result must equal js-yaml's (core schema of fast-load.ts) and the `yaml` package's in data, and
 * fast-locate.ts's index and the `yaml` document in positions; test/subset-yaml.test.ts holds it to all of them on
 * the corpus and on generated texts.
 *
 * Written for speed (it reads every plan `check` is given): one pass over the text with a cursor on the current
 * line, character codes compared without regular expressions (but for runs of ordinary characters in plain
 * scalars, see plainEnd), each scalar sliced once, and positions written as plain numbers into one flat array
 * (SubsetIndex) instead of an object and a Map per node; the lookup tables a position query needs are built only
 * for the collections a query passes through (a valid plan needs none).
 */
import { numberKind, resolvePlainScalar } from './fast-load.js';
import type { PositionNode } from './fast-locate.js';

export interface SubsetLoad {
  data: unknown;
  index: SubsetIndex;
}

/** Thrown to give up; caught once at the top. */
class OutsideSubset extends Error {}
const OUT = new OutsideSubset();
function out(): never {
  throw OUT;
}

/*
 * Characters that make a file leave the subset wherever they are: tab, CR, other controls, C1 controls, line and
 * paragraph separators, BOM, U+FFFE/U+FFFF, lone surrogates (js-yaml rejects most of these; the rest change
 * positions or meaning in ways not worth following). They are found by the loops that read the text anyway, each
 * character looked up in CLASS (a regular expression and isWellFormed over the whole text before reading cost
 * 12% of the reading of a plan with one character past U+00FF); what no loop reads — comments, single-quoted
 * text, block scalars' lines — goes through checkRange. test/subset-yaml.test.ts holds every text the reader
 * takes to the old whole-text test.
 */
/** Character classes of ASCII: what the loops stop at. */
const K_SPACE = 1;
const K_HASH = 2;
const K_COLON = 3;
/** `,` `[` `]` `{` `}` */
const K_FLOW = 4;
/** Controls (tab and CR included) and DEL: outside the subset. */
const K_BAD = 5;
const CLASS = ((): Uint8Array => {
  const c = new Uint8Array(128);
  for (let i = 0; i < 0x20; i++) c[i] = K_BAD;
  c[0x7f] = K_BAD;
  c[0x20] = K_SPACE;
  c[0x23] = K_HASH;
  c[0x3a] = K_COLON;
  for (const ch of ',[]{}') c[ch.charCodeAt(0)] = K_FLOW;
  return c;
})();

/**
 * A character past ASCII at `i`: the offset of its last code unit (the low surrogate of a pair), or out of the
 * subset for C1 controls, U+2028/U+2029, lone surrogates, U+FEFF, U+FFFE and U+FFFF.
 */
function highEnd(t: string, i: number, ch: number): number {
  if (ch <= 0x9f) return out();
  if (ch < 0xd800) return ch === 0x2028 || ch === 0x2029 ? out() : i;
  if (ch <= 0xdbff) {
    const low = t.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff ? i + 1 : out();
  }
  if (ch <= 0xdfff || ch === 0xfeff || ch >= 0xfffe) return out();
  return i;
}

/** Leaves the subset if [from, to) holds a character outside it (for text no other loop reads). */
function checkRange(t: string, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const ch = t.charCodeAt(i);
    if (ch < 0x80) {
      if (CLASS[ch] === K_BAD) out();
    } else {
      i = highEnd(t, i, ch);
    }
  }
}

/**
 * `yaml` refuses an implicit key whose `:` stands this far or further from the key's start (js-yaml does not):
 * such a key is left to the other readers, which report it. Then no text this reader takes is one `yaml` reads
 * differently or refuses, so it can run before fast-load.ts's eligibility scan instead of after it.
 */
const MAX_IMPLICIT_KEY = 1024;

const SP = 0x20;
const LF = 0x0a;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;
const COMMA = 0x2c;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const LBRACE = 0x7b;
const RBRACE = 0x7d;

/** Reads `text` if it is within the subset; undefined otherwise. */
export function subsetLoad(text: string): SubsetLoad | undefined {
  try {
    return new Reader(text).document();
  } catch (err) {
    // Absurd nesting runs out of stack here as in the other readers: theirs is the reading that reports it.
    if (err === OUT || err instanceof RangeError) return undefined;
    throw err;
  } finally {
    if (scratch.length > SCRATCH_KEEP) scratch = new Int32Array(SCRATCH_KEEP);
  }
}

/*
 * The position index, flat: one record of REC numbers per node, in document order (a node before its children,
 * children in order). A collection's children follow it directly; `next` says where the record after its whole
 * subtree starts, so siblings are found by jumping from one to the next.
 */
const REC = 5;
/** Offset where the node's content starts (what `yaml` calls range[0]). */
const R_START = 0;
/** For a mapping's value: offset where its key starts and ends (-1 elsewhere). */
const R_KEY = 1;
const R_KEY_END = 2;
/** Index of the record after this node's subtree. */
const R_NEXT = 3;
const R_KIND = 4;
const SCALAR = 0;
const MAPPING = 1;
const SEQUENCE = 2;

/** The records are written here while reading (one buffer for every file) and copied out once at the end. */
const SCRATCH_KEEP = 1 << 16;
let scratch = new Int32Array(SCRATCH_KEEP);

/** Collections with more children than this get a lookup table when a query passes through them. */
const SCAN_LIMIT = 8;

/**
 * Where each node of a text the subset reader read stands: the same answers as fast-locate.ts's PositionNode
 * tree (offset(), tree()), kept as numbers. Lookup tables are made only for the collections a query passes
 * through, and only for those with more than SCAN_LIMIT children (a smaller one is scanned).
 */
export class SubsetIndex {
  private tables: Map<number, Map<string, number> | number[]> | undefined;

  constructor(private readonly text: string, private readonly rec: Int32Array) {}

  /**
   * Offset of the node at `segments`, or of its deepest existing ancestor (its key where there is one) — the same
   * answer as offsetIn (fast-locate.ts) on the PositionNode tree and as the `yaml` document walk in load.ts.
   */
  offset(segments: readonly string[], at: 'key' | 'value'): number {
    const rec = this.rec;
    let node = 0;
    let keyStart = -1;
    for (const seg of segments) {
      const kind = rec[node + R_KIND];
      let next = -1;
      if (kind === MAPPING) next = this.child(node, seg);
      else if (kind === SEQUENCE && isIndex(seg)) next = this.item(node, Number(seg));
      if (next < 0) break;
      keyStart = kind === MAPPING ? rec[next + R_KEY]! : -1;
      node = next;
    }
    return at === 'key' && keyStart >= 0 ? keyStart : rec[node + R_START]!;
  }

  /**
   * offset() for a JSON pointer without `~` (so without escapes), read where it stands: no segments cut out and
   * no array made for each of a draft's findings. Segments are what parsePointer (findings.ts) gives: the text
   * after the first character, split at each `/`.
   */
  offsetOfPlainPointer(pointer: string, at: 'key' | 'value'): number {
    const rec = this.rec;
    let node = 0;
    let keyStart = -1;
    if (pointer !== '' && pointer !== '/') {
      for (let a = 1; ; ) {
        let b = pointer.indexOf('/', a);
        if (b < 0) b = pointer.length;
        const kind = rec[node + R_KIND];
        let next = -1;
        if (kind === MAPPING) next = this.childNamed(node, pointer, a, b);
        else if (kind === SEQUENCE) next = this.itemNumbered(node, pointer, a, b);
        if (next < 0) break;
        keyStart = kind === MAPPING ? rec[next + R_KEY]! : -1;
        node = next;
        if (b === pointer.length) break;
        a = b + 1;
      }
    }
    return at === 'key' && keyStart >= 0 ? keyStart : rec[node + R_START]!;
  }

  /** child() for the key written in `pointer` from `a` to `b`. */
  private childNamed(node: number, pointer: string, a: number, b: number): number {
    if (this.tables?.has(node)) return this.child(node, pointer.slice(a, b));
    const rec = this.rec;
    const t = this.text;
    const length = b - a;
    const end = rec[node + R_NEXT]!;
    let n = 0;
    for (let c = node + REC; c < end; c = rec[c + R_NEXT]!) {
      if (++n > SCAN_LIMIT) return this.child(node, pointer.slice(a, b));
      const ks = rec[c + R_KEY]!;
      if (rec[c + R_KEY_END]! - ks !== length) continue;
      let i = 0;
      while (i < length && t.charCodeAt(ks + i) === pointer.charCodeAt(a + i)) i++;
      if (i === length) return c;
    }
    return -1;
  }

  /** item() for the index written in `pointer` from `a` to `b` (digits only, as offset() requires). */
  private itemNumbered(node: number, pointer: string, a: number, b: number): number {
    if (a === b) return -1;
    let i = 0;
    for (let k = a; k < b; k++) {
      const d = pointer.charCodeAt(k) - 0x30;
      if (d < 0 || d > 9) return -1;
      i = i * 10 + d; // past 2^53 inexact, but then far past any sequence's end, as Number() would be
    }
    return this.item(node, i);
  }

  /** The record of a mapping's value under `key`, or -1. */
  private child(node: number, key: string): number {
    const rec = this.rec;
    const table = this.tables?.get(node);
    if (table) return (table as Map<string, number>).get(key) ?? -1;
    const end = rec[node + R_NEXT]!;
    let n = 0;
    for (let c = node + REC; c < end; c = rec[c + R_NEXT]!) {
      if (++n > SCAN_LIMIT) return this.makeKeyTable(node).get(key) ?? -1;
      const ks = rec[c + R_KEY]!;
      if (rec[c + R_KEY_END]! - ks === key.length && this.text.startsWith(key, ks)) return c;
    }
    return -1;
  }

  /** The record of a sequence's item `i`, or -1. */
  private item(node: number, i: number): number {
    const rec = this.rec;
    const table = this.tables?.get(node);
    if (table) return (table as number[])[i] ?? -1;
    const end = rec[node + R_NEXT]!;
    let n = 0;
    for (let c = node + REC; c < end; c = rec[c + R_NEXT]!) {
      if (n === i) return c;
      if (++n > SCAN_LIMIT) return this.makeItemTable(node)[i] ?? -1;
    }
    return -1;
  }

  private makeKeyTable(node: number): Map<string, number> {
    const rec = this.rec;
    const table = new Map<string, number>();
    for (let c = node + REC; c < rec[node + R_NEXT]!; c = rec[c + R_NEXT]!) table.set(this.text.slice(rec[c + R_KEY], rec[c + R_KEY_END]), c);
    (this.tables ??= new Map()).set(node, table);
    return table;
  }

  private makeItemTable(node: number): number[] {
    const rec = this.rec;
    const table: number[] = [];
    for (let c = node + REC; c < rec[node + R_NEXT]!; c = rec[c + R_NEXT]!) table.push(c);
    (this.tables ??= new Map()).set(node, table);
    return table;
  }

  /** The index as fast-locate.ts's tree (for comparing the two). */
  tree(node = 0): PositionNode {
    const rec = this.rec;
    const kind = rec[node + R_KIND];
    const pos: PositionNode = { start: rec[node + R_START]! };
    if (kind === MAPPING) {
      const map = new Map<string, PositionNode>();
      for (let c = node + REC; c < rec[node + R_NEXT]!; c = rec[c + R_NEXT]!) {
        const child = this.tree(c);
        child.keyStart = rec[c + R_KEY]!;
        map.set(this.text.slice(rec[c + R_KEY], rec[c + R_KEY_END]), child);
      }
      pos.map = map;
    } else if (kind === SEQUENCE) {
      const list: PositionNode[] = [];
      for (let c = node + REC; c < rec[node + R_NEXT]!; c = rec[c + R_NEXT]!) list.push(this.tree(c));
      pos.list = list;
    }
    return pos;
  }
}

/** A sequence index in a pointer: digits only (as offsetIn and the `yaml` walk require). */
function isIndex(seg: string): boolean {
  if (seg.length === 0) return false;
  for (let i = 0; i < seg.length; i++) {
    const c = seg.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

class Reader {
  private readonly t: string;
  private readonly n: number;
  /** The current line: its start, end (at the `\n` or the text's end), and where its content starts. */
  private s = 0;
  private e = 0;
  private c = 0;
  /** Past the last line. */
  private eof = false;
  /** Records written so far (in numbers). */
  private r = 0;
  /** The offset after the last one-line value read. */
  private after = 0;

  constructor(text: string) {
    this.t = text;
    this.n = text.length;
    this.load(0);
  }

  document(): SubsetLoad {
    this.skipBlankLines();
    if (this.eof) out();
    if (this.c !== this.s) out();
    const t = this.t;
    const c = this.c;
    const ch = t.charCodeAt(c);
    if ((ch === DASH || ch === 0x2e) && t.charCodeAt(c + 1) === ch && t.charCodeAt(c + 2) === ch) out(); // --- or ...
    const data = this.blockNode(0, true);
    this.skipBlankLines();
    if (!this.eof) out();
    return { data, index: new SubsetIndex(t, scratch.slice(0, this.r)) };
  }

  /** Makes the line starting at `s` current (or marks the end of the text). */
  private load(s: number): void {
    if (s > this.n) {
      this.eof = true;
      return;
    }
    const t = this.t;
    let e = t.indexOf('\n', s);
    if (e < 0) e = this.n;
    let i = s;
    // Bounded by the line's end: reading past the text (an empty last line) would make V8 drop this function's
    // optimised code, and every reader function it is inlined into, once per thread (an "out of bounds" deopt).
    while (i < e && t.charCodeAt(i) === SP) i++;
    this.s = s;
    this.e = e;
    this.c = i;
  }

  /** Moves past blank and comment-only lines, starting with the current one. */
  private skipBlankLines(): void {
    while (!this.eof) {
      if (this.c !== this.e) {
        if (this.t.charCodeAt(this.c) !== HASH) return;
        checkRange(this.t, this.c + 1, this.e);
      }
      this.load(this.e + 1);
    }
  }

  /** A `-` item indicator at offset `at` (followed by a space or the line's end `end`). */
  private isItemAt(at: number, end: number): boolean {
    return this.t.charCodeAt(at) === DASH && (at + 1 === end || this.t.charCodeAt(at + 1) === SP);
  }

  /** Writes a node's record; returns where it is. */
  private record(start: number, kind: number): number {
    const at = this.r;
    if (at + REC > scratch.length) {
      const grown = new Int32Array(scratch.length * 2);
      grown.set(scratch);
      scratch = grown;
    }
    scratch[at] = start;
    scratch[at + R_KEY] = -1;
    scratch[at + R_KEY_END] = -1;
    scratch[at + R_NEXT] = at + REC;
    scratch[at + R_KIND] = kind;
    this.r = at + REC;
    return at;
  }

  /**
   * The block node whose first line is the current one, at column `indent`: a sequence or a mapping (a scalar
   * alone on its own line is a multi-line plain scalar's cousin: outside the subset).
   */
  private blockNode(indent: number, root = false): unknown {
    const c = this.c;
    if (c - this.s !== indent) out();
    if (this.isItemAt(c, this.e)) return this.sequence(indent);
    if (root || this.keyEnd(c, this.e) >= 0) return this.mapping(indent, c);
    return out();
  }

  /**
   * Where a plain key starting at `from` ends (the offset of its `:`), or -1 when the text there is not a
   * plain key followed by `: ` or `:` at the line's end.
   */
  private keyEnd(from: number, end: number): number {
    const t = this.t;
    if (isIndicator(t.charCodeAt(from))) return -1;
    for (let i = from; i < end; i++) {
      const ch = t.charCodeAt(i);
      if (ch < 0x80) {
        const k = CLASS[ch];
        if (k === 0 || k === K_SPACE || k === K_FLOW) continue;
        if (k === K_COLON) {
          if (i + 1 === end || t.charCodeAt(i + 1) === SP) return i;
          return -1; // `a:b` keys are legal YAML but not worth following
        }
        if (k === K_HASH) {
          if (t.charCodeAt(i - 1) === SP) return -1;
          continue;
        }
        out();
      } else {
        i = highEnd(t, i, ch);
      }
    }
    return -1;
  }

  /** A block mapping whose keys stand at column `indent`; the first key starts at offset `first`. */
  private mapping(indent: number, first: number): Record<string, unknown> {
    const t = this.t;
    const value: Record<string, unknown> = {};
    const self = this.record(first, MAPPING);
    let keyStart = first;
    let keys = 0;
    for (;;) {
      const colon = this.keyEnd(keyStart, this.e);
      if (colon < 0 || colon - keyStart >= MAX_IMPLICIT_KEY) out();
      let k = colon;
      while (t.charCodeAt(k - 1) === SP) k--;
      const key = keyString(t, keyStart, k);
      keys++;
      const child = this.r;
      const v = this.valueAfter(colon + 1, indent, true);
      scratch[child + R_KEY] = keyStart;
      scratch[child + R_KEY_END] = k;
      // Plain keys are strings here; assignment is safe without `__proto__`. A repeated key is found at the end
      // by counting (a lookup before each assignment cost a fifth of the reading).
      value[key] = v;
      this.skipBlankLines();
      if (this.eof) break;
      const ind = this.c - this.s;
      if (ind < indent) break;
      if (ind > indent) out();
      keyStart = this.c;
      // A sequence at the mapping's own indentation belongs to a key before it only right after that key.
      if (this.isItemAt(keyStart, this.e)) out();
    }
    if (Object.keys(value).length !== keys) out(); // a duplicate key
    scratch[self + R_NEXT] = this.r;
    return value;
  }

  /** A block sequence whose `-` stand at column `indent`, starting on the current line. */
  private sequence(indent: number): unknown[] {
    const t = this.t;
    const value: unknown[] = [];
    const self = this.record(this.c, SEQUENCE);
    for (;;) {
      const dash = this.c;
      const end = this.e;
      let c = dash + 1;
      while (t.charCodeAt(c) === SP) c++;
      if (c < end && t.charCodeAt(c) !== HASH && this.keyEnd(c, end) >= 0) {
        // `- key: value`: a mapping whose keys stand where this first key does.
        value.push(this.mapping(c - this.s, c));
      } else {
        if (c < end && this.isItemAt(c, end)) out(); // `- - x`
        value.push(this.valueAfter(dash + 1, indent, false));
      }
      this.skipBlankLines();
      if (this.eof) break;
      const ind = this.c - this.s;
      if (ind < indent) break;
      if (ind > indent) out();
      if (!this.isItemAt(this.c, this.e)) break;
    }
    scratch[self + R_NEXT] = this.r;
    return value;
  }

  /**
   * The value after a mapping's `:` or a sequence's `-` at offset `from` on the current line, whose parent
   * stands at column `indent`. Leaves the current line after the value (blank lines skipped but after a block
   * scalar).
   */
  private valueAfter(from: number, indent: number, inMapping: boolean): unknown {
    const t = this.t;
    const end = this.e;
    let c = from;
    while (t.charCodeAt(c) === SP) c++;
    if (c >= end || t.charCodeAt(c) === HASH) {
      // Nothing on this line: the value is the block below, or empty.
      checkRange(t, c + 1, end);
      this.load(end + 1);
      this.skipBlankLines();
      if (!this.eof) {
        const ind = this.c - this.s;
        if (ind > indent) return this.blockNode(ind);
        if (inMapping && ind === indent && this.isItemAt(this.c, this.e)) return this.sequence(ind);
      }
      // An empty value: js-yaml and `yaml` place it differently where a comment follows; not worth following.
      if (c < end) out();
      this.record(c, SCALAR);
      return null;
    }
    const ch = t.charCodeAt(c);
    let value: unknown;
    if (ch === DQUOTE || ch === SQUOTE) {
      this.record(c, SCALAR);
      value = this.quoted(c, end);
    } else if (ch === LBRACKET || ch === LBRACE) {
      value = this.flow(c, end);
    } else if (ch === 0x7c || ch === 0x3e) {
      return this.blockScalar(c, end, indent);
    } else {
      if (isIndicator(ch) || ((ch === DASH || ch === 0x3f || ch === COLON) && (c + 1 === end || t.charCodeAt(c + 1) === SP))) out();
      this.record(c, SCALAR);
      const last = this.plainEnd(c, end, false);
      this.after = last;
      value = resolvePlain(t.slice(c, last));
    }
    this.endOfLine(this.after, end);
    this.load(end + 1);
    // A more-indented line after a one-line value continues it (or is an error): outside the subset.
    this.skipBlankLines();
    if (!this.eof && this.c - this.s > indent) out();
    return value;
  }

  /** Only spaces and a comment may follow a value on its line. */
  private endOfLine(from: number, end: number): void {
    let i = from;
    while (this.t.charCodeAt(i) === SP) i++;
    if (i < end) {
      if (this.t.charCodeAt(i) !== HASH || i === from) out();
      checkRange(this.t, i + 1, end);
    }
  }

  /**
   * Where a plain scalar starting at `c` ends (one past its last character that is not a space): at ` #` or the
   * line's end, and in a flow collection (`inFlow`) at `,`, a bracket or `: ` too; in block context `: ` in it
   * leaves the subset. One function for both contexts, so that reading one plan (start-up) makes V8 optimise one.
   */
  private plainEnd(c: number, end: number, inFlow: boolean): number {
    const t = this.t;
    let last = c;
    for (let i = c; i < end; i++) {
      // A run of characters no test below stops at, skipped by the regular expression engine: reading the one
      // plan of a `check` start, V8 interprets this loop, one character at a time; the engine takes a run at
      // native speed (−2.7 M instructions on the main thread for the example plan, the same once optimised).
      ORDINARY_RUN.lastIndex = i;
      ORDINARY_RUN.test(t);
      const run = ORDINARY_RUN.lastIndex;
      if (run > i) {
        let l = run;
        while (t.charCodeAt(l - 1) === SP) l--;
        if (l > last) last = l;
        i = run;
        if (i >= end) break;
      }
      const ch = t.charCodeAt(i);
      if (ch < 0x80) {
        const k = CLASS[ch];
        if (k !== 0) {
          if (k === K_SPACE) continue;
          if (k === K_HASH) {
            if (t.charCodeAt(i - 1) === SP) break;
          } else if (k === K_COLON) {
            const next = i + 1 === end ? SP : t.charCodeAt(i + 1);
            if (next === SP || (inFlow && (next === COMMA || next === RBRACKET || next === RBRACE))) {
              if (inFlow) break;
              out(); // `a: b: c`
            }
          } else if (k === K_FLOW) {
            if (inFlow) break;
          } else {
            out(); // K_BAD
          }
        }
      } else {
        i = highEnd(t, i, ch);
      }
      last = i + 1;
    }
    if (last === c) out();
    return last;
  }

  /** A quoted scalar on one line starting at `c`; sets `after` past its closing quote. */
  private quoted(c: number, end: number): string {
    const t = this.t;
    if (t.charCodeAt(c) === SQUOTE) {
      let j = t.indexOf("'", c + 1);
      if (j < 0 || j >= end) out();
      checkRange(t, c + 1, j);
      if (t.charCodeAt(j + 1) !== SQUOTE) {
        this.after = j + 1;
        return t.slice(c + 1, j);
      }
      let s = '';
      let i = c + 1;
      for (;;) {
        s += t.slice(i, j);
        if (t.charCodeAt(j + 1) === SQUOTE) {
          s += "'";
          i = j + 2;
          j = t.indexOf("'", i);
          if (j < 0 || j >= end) out();
          checkRange(t, i, j);
          continue;
        }
        this.after = j + 1;
        return s;
      }
    }
    let j = this.doubleQuotedRun(c + 1, end);
    let ch = t.charCodeAt(j);
    if (ch === DQUOTE) {
      this.after = j + 1;
      return t.slice(c + 1, j);
    }
    let s = t.slice(c + 1, j);
    for (;;) {
      // At a backslash.
      const e = t.charCodeAt(j + 1);
      const simple = escaped(e);
      if (simple !== undefined) {
        s += simple;
        j += 2;
      } else if (e === 0x75 /* u */) {
        let code = 0;
        for (let k = j + 2; k < j + 6; k++) {
          const d = hexDigit(t.charCodeAt(k));
          if (d < 0) out();
          code = code * 16 + d;
        }
        if (code >= 0xd800 && code <= 0xdfff) out();
        s += String.fromCharCode(code);
        j += 6;
      } else {
        return out();
      }
      const i = j;
      j = this.doubleQuotedRun(j, end);
      ch = t.charCodeAt(j);
      s += t.slice(i, j);
      if (ch === DQUOTE) {
        this.after = j + 1;
        return s;
      }
    }
  }

  /** The offset of the next `"` or `\` at or after `from` on the line (checking what it passes). */
  private doubleQuotedRun(from: number, end: number): number {
    const t = this.t;
    for (let j = from; j < end; j++) {
      const ch = t.charCodeAt(j);
      if (ch < 0x80) {
        if (ch === DQUOTE || ch === 0x5c) return j;
        if (CLASS[ch] === K_BAD) out();
      } else {
        j = highEnd(t, j, ch);
      }
    }
    return out();
  }

  /** A one-line flow sequence or mapping (of scalars and such collections) starting at `c`; sets `after`. */
  private flow(c: number, end: number): unknown {
    return this.t.charCodeAt(c) === LBRACE ? this.flowMapping(c, end) : this.flowSequence(c, end);
  }

  private flowSequence(c: number, end: number): unknown[] {
    const t = this.t;
    const arr: unknown[] = [];
    const self = this.record(c, SEQUENCE);
    let i = skipSpaces(t, c + 1);
    if (t.charCodeAt(i) !== RBRACKET) {
      for (;;) {
        if (i >= end) out();
        arr.push(this.flowValue(i, end));
        i = skipSpaces(t, this.after);
        const ch = t.charCodeAt(i);
        if (ch === RBRACKET) break;
        if (ch !== COMMA) out();
        i = skipSpaces(t, i + 1);
        if (t.charCodeAt(i) === RBRACKET) out(); // a trailing comma: legal, rare, not followed
      }
    }
    scratch[self + R_NEXT] = this.r;
    this.after = i + 1;
    return arr;
  }

  private flowMapping(c: number, end: number): Record<string, unknown> {
    const t = this.t;
    const obj: Record<string, unknown> = {};
    const self = this.record(c, MAPPING);
    let keys = 0;
    let i = skipSpaces(t, c + 1);
    if (t.charCodeAt(i) !== RBRACE) {
      for (;;) {
        if (i >= end) out();
        const keyStart = i;
        // Keys are plain: a quoted key, or one that starts with an indicator, leaves the subset.
        this.checkFlowPlainStart(i, end);
        const keyEnd = this.plainEnd(i, end, true);
        const key = keyString(t, keyStart, keyEnd);
        keys++;
        i = skipSpaces(t, keyEnd);
        if (t.charCodeAt(i) !== COLON || t.charCodeAt(i + 1) !== SP || i - keyStart >= MAX_IMPLICIT_KEY) out();
        i = skipSpaces(t, i + 2);
        const child = this.r;
        obj[key] = this.flowValue(i, end);
        scratch[child + R_KEY] = keyStart;
        scratch[child + R_KEY_END] = keyEnd;
        i = skipSpaces(t, this.after);
        const ch = t.charCodeAt(i);
        if (ch === RBRACE) break;
        if (ch !== COMMA) out();
        i = skipSpaces(t, i + 1);
        if (t.charCodeAt(i) === RBRACE) out(); // a trailing comma: legal, rare, not followed
      }
      if (Object.keys(obj).length !== keys) out(); // a duplicate key
    }
    scratch[self + R_NEXT] = this.r;
    this.after = i + 1;
    return obj;
  }

  /** A value in a flow collection at `i`: a collection or a scalar; sets `after`. */
  private flowValue(i: number, end: number): unknown {
    const t = this.t;
    const ch = t.charCodeAt(i);
    if (ch === LBRACKET) return this.flowSequence(i, end);
    if (ch === LBRACE) return this.flowMapping(i, end);
    this.record(i, SCALAR);
    if (ch === DQUOTE || ch === SQUOTE) return this.quoted(i, end);
    this.checkFlowPlainStart(i, end);
    const last = this.plainEnd(i, end, true);
    this.after = last;
    return resolvePlain(t.slice(i, last));
  }

  /** `-5` is a plain scalar; `- `, `? `, `: `, quotes and the other indicators are not followed. */
  private checkFlowPlainStart(i: number, end: number): void {
    const t = this.t;
    const ch = t.charCodeAt(i);
    if (isIndicator(ch) || ch === DASH || ch === 0x3f || ch === COLON) {
      if (!(ch === DASH && i + 1 < end && t.charCodeAt(i + 1) !== SP && !isFlowIndicator(t.charCodeAt(i + 1)))) out();
    }
  }

  /**
   * A `|` or `>` block scalar whose header starts at `c`; its parent stands at column `indent`. Clip and strip
   * chomping; `+`, indentation indicators, leading empty lines, whitespace-only lines and more-indented folded
   * lines leave the subset. Leaves the current line on the first line after it.
   */
  private blockScalar(c: number, end: number, indent: number): string {
    const t = this.t;
    const n = this.n;
    this.record(c, SCALAR);
    const folded = t.charCodeAt(c) === 0x3e;
    let h = c + 1;
    let strip = false;
    if (t.charCodeAt(h) === DASH) {
      strip = true;
      h++;
    }
    this.endOfLine(h, end);
    if (h < end && t.charCodeAt(h) !== SP) out();
    // The first line: not empty, more indented than the parent, not whitespace only.
    let s = end + 1;
    if (s > n || t.charCodeAt(s) === LF || s === n) out();
    let contentIndent = 0;
    while (t.charCodeAt(s + contentIndent) === SP) contentIndent++;
    const firstEnd = lineEnd(t, s);
    if (contentIndent <= indent || s + contentIndent >= firstEnd) out();
    const lines: string[] = [];
    let lastContent = -1;
    for (;;) {
      if (s > n) {
        // Ran off the text: the scalar must end with a line break of its own (the last line is the empty one
        // after the text's final `\n`).
        if (t.charCodeAt(n - 1) !== LF) out();
        this.eof = true;
        break;
      }
      const e = lineEnd(t, s);
      if (e === s) {
        lines.push('');
        s = e + 1;
        continue;
      }
      let i = s;
      while (t.charCodeAt(i) === SP) i++;
      if (i >= e) out(); // whitespace only
      const ind = i - s;
      if (ind < contentIndent) {
        this.s = s;
        this.e = e;
        this.c = i;
        break;
      }
      if (folded && ind > contentIndent) out();
      checkRange(t, i, e);
      lines.push(t.slice(s + contentIndent, e));
      lastContent = lines.length - 1;
      s = e + 1;
    }
    let value: string;
    if (folded) {
      value = '';
      let breaks = 0;
      for (let i = 0; i <= lastContent; i++) {
        const l = lines[i]!;
        if (l === '') {
          breaks++;
          continue;
        }
        if (i > 0) value += breaks > 0 ? '\n'.repeat(breaks) : ' ';
        breaks = 0;
        value += l;
      }
    } else {
      value = lines.slice(0, lastContent + 1).join('\n');
    }
    return strip ? value : value + '\n';
  }
}

/*
 * Keys come back again and again (every plan has the same few hundred). A key seen before is taken from this
 * cache instead of being cut out of the text again: the string already used as a property name is found by V8
 * at once, where a new one must be hashed and looked up in its string table at every assignment (a third of
 * the reading). The slot comes from the key's length and three of its characters; a candidate is only used
 * when its text is the key's. Only keys that read as text (isTextKey) are cached; any other leaves the subset.
 */
const KEY_SLOTS = 1024;
/** Empty slots hold a line break, which no key holds (an empty string would match the empty key). */
const keyCache: string[] = Array.from({ length: KEY_SLOTS }, () => '\n');

function keyString(t: string, from: number, to: number): string {
  const length = to - from;
  const slot = (length * 961 + t.charCodeAt(from) * 31 + t.charCodeAt(to - 1) + t.charCodeAt(from + (length >> 1)) * 7) & (KEY_SLOTS - 1);
  const cached = keyCache[slot]!;
  // startsWith, not a loop here: a loop made V8 optimise this function at every start of `check` (+2% instructions).
  if (cached.length === length && t.startsWith(cached, from)) return cached;
  const key = t.slice(from, to);
  if (!isTextKey(key)) out();
  keyCache[slot] = key;
  return key;
}

function lineEnd(t: string, s: number): number {
  const e = t.indexOf('\n', s);
  return e < 0 ? t.length : e;
}

/** The offset of the first character at or after `i` that is not a space. */
function skipSpaces(t: string, i: number): number {
  while (t.charCodeAt(i) === SP) i++;
  return i;
}

/**
 * What a plain scalar means (resolvePlainScalar), deciding most texts by their first character: only a digit,
 * sign or dot can start a number, and only `~`, n/N, t/T, f/F a null or boolean word.
 */
function resolvePlain(s: string): unknown {
  const c0 = s.charCodeAt(0);
  if (c0 >= 0x61 /* a */) {
    if (c0 !== 0x6e && c0 !== 0x74 && c0 !== 0x66 && c0 !== 0x7e) return s; // not n, t, f, ~
  } else if (c0 >= 0x41 /* A */ && c0 <= 0x5a) {
    if (c0 !== 0x4e && c0 !== 0x54 && c0 !== 0x46) return s; // not N, T, F
  } else if (!(c0 >= 0x30 && c0 <= 0x39) && c0 !== 0x2b && c0 !== DASH && c0 !== 0x2e && s.length > 0) {
    return s; // not a digit, +, - or .
  }
  return resolvePlainScalar(s);
}

/** Whether a plain key reads as text (not null, a boolean or a number), and is not `__proto__` or `<<`. */
function isTextKey(key: string): boolean {
  const c0 = key.charCodeAt(0);
  if (c0 >= 0x61 /* a */ && c0 <= 0x7a) {
    if (c0 === 0x6e || c0 === 0x74 || c0 === 0x66) return typeof resolvePlainScalar(key) === 'string';
    return true;
  }
  if (c0 >= 0x41 /* A */ && c0 <= 0x5a) {
    if (c0 === 0x4e || c0 === 0x54 || c0 === 0x46) return typeof resolvePlainScalar(key) === 'string';
    return true;
  }
  if ((c0 >= 0x30 && c0 <= 0x39) || c0 === 0x2b || c0 === DASH || c0 === 0x2e) return numberKind(key) === undefined;
  if (key === '' || key === '~' || key === '<<' || key === '__proto__') return false;
  return true;
}

/** Printable ASCII but `#`, `:` and the flow indicators: what plainEnd passes over (spaces included). */
const ORDINARY_RUN = /[^\x00-\x1f\x7f-\uffff#:,[\]{}]*/y;

/** Characters that cannot start a plain scalar (`-`, `?`, `:` are decided by what follows). */
const INDICATOR = ((): Uint8Array => {
  const c = new Uint8Array(128);
  for (const ch of ',[]{}#&*!|>\'"%@`') c[ch.charCodeAt(0)] = 1;
  return c;
})();

function isIndicator(ch: number): boolean {
  return ch < 0x80 && INDICATOR[ch] === 1;
}

function isFlowIndicator(ch: number): boolean {
  return ch === COMMA || ch === LBRACKET || ch === RBRACKET || ch === LBRACE || ch === RBRACE;
}

/** Double-quoted escapes followed here (others leave the subset). */
function escaped(ch: number): string | undefined {
  switch (ch) {
    case 0x5c: return '\\';
    case 0x22: return '"';
    case 0x2f: return '/';
    case 0x6e: return '\n';
    case 0x74: return '\t';
    case 0x30: return '\0';
    default: return undefined;
  }
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}
