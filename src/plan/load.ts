/**
 * Reads a plan's bytes into data while keeping, for every value, where it stands in the file. Pure: it is given
 * bytes and returns data and findings; it never throws on bad input.
 *
 * Two readers, one reading. js-yaml (a CORE_SCHEMA whose scalars resolve exactly as `yaml`'s core schema does)
 * reads plans ~10x faster than the `yaml` package and reports where each node starts (fast-locate.ts), which is
 * enough to locate findings. Text that js-yaml refuses, or where the two libraries could read differently
 * (anchors, tags, directives, complex or null keys), goes to `yaml`, whose document keeps a position for every
 * node and reports syntax errors with offsets. test/hostile-parse-agreement.test.ts proves both read the same
 * data, give the same findings and locate every pointer alike on the whole test corpus.
 */
import { createRequire } from 'node:module';
import type { Document, Node, LineCounter, Pair, YAMLMap } from 'yaml';
import type { RawFinding, SourcePosition } from './findings.js';
import { parsePointer } from './findings.js';
import { fastPathEligible } from './fast-load.js';
import { defineRules, type RuleIdOf } from './rule-set.js';
import { loadIndexed, offsetIn, type PositionNode } from './fast-locate.js';
import { indentationAdvice } from './yaml-advice.js';
import { subsetLoad } from './subset-yaml.js';
import { yamlErrorWord } from './yaml-errors.js';

// Loaded on first use: a clean plan never needs `yaml` (~25 ms to import), and start-up matters.
// Made on first use: createRequire at load time cost every start-up of check a little, in five modules.
let requireHere: NodeJS.Require | undefined;
const require = (id: string): unknown => (requireHere ??= createRequire(import.meta.url))(id);
let yamlModule: typeof import('yaml') | undefined;
function yaml(): typeof import('yaml') {
  return (yamlModule ??= require('yaml') as typeof import('yaml'));
}

/** Plans are a few tens of kilobytes; anything this big is not a plan and would only cost time. */
export const MAX_PLAN_BYTES = 5 * 1024 * 1024;
/** Aliases a real plan might use; beyond this it is an alias bomb (the yaml default is 100). */
export const MAX_ALIAS_COUNT = 100;
/**
 * Nesting deeper than this is refused before parsing: flow collections (`[`, `{`) opened and not closed, or a
 * line whose content starts past this column (indentation and compact `- `/`? `/`: ` indicators). Both parsers
 * recurse per level, so how deep they get before the stack runs out depends on how deep the caller already is —
 * two paths would report different things — and near the stack's end V8 can even abort the process (a fatal
 * "RegExpCompiler allocation failed", seen with 100,000 `[` after another file had failed to parse), which no
 * try/catch turns into a finding. Real plans nest a handful of levels.
 */
export const MAX_NESTING = 400;

export interface PlanInput {
  /** Name shown in findings. */
  file: string;
  /** The file's bytes, absent when it was too large to read. */
  bytes?: Uint8Array;
  /** Size in bytes (from stat when bytes are absent). */
  size: number;
  /** Read from a pipe (stdin, a FIFO): it cannot be read a second time. */
  pipe?: true;
}

export interface LoadedPlan {
  file: string;
  /** The parsed data, or undefined when the file could not be read as YAML at all. */
  data: unknown;
  /** Problems found while reading (parse/...), already located. */
  problems: ParseFinding[];
  /** Where the node at a JSON pointer stands; the deepest existing ancestor when it does not exist. */
  locate(pointer: string, at?: 'key' | 'value'): SourcePosition;
  /** The source text (empty when unreadable), for editing and fast paths. */
  text: string;
}

/**
 * The rules of reading a file. They are errors (`check` cannot switch them off: nothing else could be checked),
 * except `parse/json`, a remark. (A file that cannot be read at all is the command's I/O error, not a finding.)
 */
export const PARSE_RULES = defineRules({
  'parse/syntax': 'error',
  'parse/duplicate-key': 'error',
  'parse/tab': 'error',
  'parse/indent': 'error',
  'parse/alias-limit': 'error',
  'parse/undefined-alias': 'error',
  'parse/too-deep': 'error',
  'parse/too-large': 'error',
  'parse/binary': 'error',
  'parse/empty': 'error',
  'parse/json': 'info',
});

export type ParseFinding = RawFinding<RuleIdOf<typeof PARSE_RULES>>;

const START: SourcePosition = { line: 1, column: 1 };

function humanSize(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

function unreadable(file: string, problem: ParseFinding, text = ''): LoadedPlan {
  return { file, data: undefined, problems: [problem], locate: () => START, text };
}

/** One decoder for every file: each `decode` call without `stream` starts afresh, after an error too. */
let utf8: InstanceType<typeof TextDecoder> | undefined;

/**
 * Whether the bytes begin with the UTF-8 byte order mark (EF BB BF), which Windows editors write and decodeText
 * drops: a command that writes the file back gives it back.
 */
export function hasByteOrderMark(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** A decoded file's text with LF line breaks (edits are made on it), and the breaks it used (CRLF: Windows). */
export function withLfBreaks(text: string): { text: string; eol: '\n' | '\r\n' } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { text: eol === '\r\n' ? text.replace(/\r\n/g, '\n') : text, eol };
}

/** Text edited with LF line breaks, written as the file it came from was: its line breaks, its byte order mark. */
export function asWritten(text: string, eol: '\n' | '\r\n', bom: boolean): string {
  return (bom ? '\uFEFF' : '') + (eol === '\r\n' ? text.replace(/\n/g, '\r\n') : text);
}

/**
 * Whether the bytes hold a NUL (binary data), searched by Node's Buffer (memchr) through a view of the same
 * memory: `Uint8Array#includes` walks V8's generic element accessor, ~5 instructions a byte (5,000 drafts: 280 M
 * instructions, 1% of a check), some 16 times slower.
 */
function hasNul(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0) >= 0;
}

/** Decodes UTF-8 strictly (without a byte order mark); returns undefined for binary data. */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (hasNul(bytes)) return undefined;
  try {
    const text = (utf8 ??= new TextDecoder('utf-8', { fatal: true })).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

export function loadPlan(input: PlanInput, options: LoadOptions = {}): LoadedPlan {
  const { file } = input;
  if (input.size > MAX_PLAN_BYTES || !input.bytes) {
    return unreadable(file, { ruleId: 'parse/too-large', pointer: '', position: START, params: { size: humanSize(input.size), limit: humanSize(MAX_PLAN_BYTES) } });
  }
  const text = decodeText(input.bytes);
  if (text === undefined) return unreadable(file, { ruleId: 'parse/binary', pointer: '', position: START });
  return loadPlanText(file, text, options);
}

const ERROR_RULES: Record<string, RuleIdOf<typeof PARSE_RULES>> = {
  DUPLICATE_KEY: 'parse/duplicate-key',
  TAB_AS_INDENT: 'parse/tab',
};

export interface LoadOptions {
  /** 'auto' (default): js-yaml first, `yaml` for positions on demand; 'yaml': the `yaml` package only. */
  parser?: 'auto' | 'yaml';
}

export function loadPlanText(file: string, rawText: string, options: LoadOptions = {}): LoadedPlan {
  // A byte-order mark is not content: both parsers and all positions see the text after it.
  const withoutBom = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  // A lone CR is a line break in YAML 1.2 (old Mac files): js-yaml read it so, `yaml` did not, and the file read
  // as empty or as one line. Turned into LF — same length, so every offset and position stays as in the file.
  const text = withoutBom.includes('\r') ? withoutBom.replace(/\r(?!\n)/g, '\n') : withoutBom;
  if (firstContentLine(text) === undefined) {
    return unreadable(file, { ruleId: 'parse/empty', pointer: '', position: START }, text);
  }
  const tooDeep = nestingExceeded(text);
  if (tooDeep >= 0) return unreadable(file, { ruleId: 'parse/too-deep', pointer: '', position: positionAt(text, tooDeep) }, text);
  if (options.parser !== 'yaml') {
    // The plan subset first (several times faster than js-yaml, positions included). It takes only texts that
    // `yaml` reads alike and without error (test/subset-yaml.test.ts), so it needs no eligibility scan; js-yaml
    // does, for the rest.
    const subset = subsetLoad(text);
    if (subset) {
      const { index } = subset;
      let lines: number[] | undefined;
      // Pointers rarely hold `~` (an escape): the others are followed where they stand, without parsePointer.
      const locate: LoadedPlan['locate'] = (p, at = 'value') =>
        positionFromLines((lines ??= lineStarts(text)), p.includes('~') ? index.offset(parsePointer(p), at) : index.offsetOfPlainPointer(p, at));
      return { file, data: subset.data, problems: [], locate, text };
    }
    if (fastPathEligible(text)) {
      const fast = loadIndexed(text);
      if (fast.ok) {
        let locateLazily: LoadedPlan['locate'] | undefined;
        const locate: LoadedPlan['locate'] = (p, at) => (locateLazily ??= fastLocator(text, fast.positions))(p, at);
        return { file, data: fast.data, problems: jsonProblems(text), locate, text };
      }
    }
  }
  return loadWithYaml(file, text);
}

/** Locates with js-yaml's node positions where they could be indexed, else with the `yaml` document. */
function fastLocator(text: string, positions: () => PositionNode | undefined): LoadedPlan['locate'] {
  const index = positions();
  return index ? offsetLocator(text, (segments, at) => offsetIn(index, segments, at)) : parseForPositions(text).locate;
}

/** Locates by an offset lookup; the table of line starts is made on the first question (valid plans ask few or none). */
function offsetLocator(text: string, offsetOf: (segments: readonly string[], at: 'key' | 'value') => number): LoadedPlan['locate'] {
  let lines: number[] | undefined;
  return (p, at = 'value') => positionFromLines((lines ??= lineStarts(text)), offsetOf(parsePointer(p), at));
}

/** Offsets where each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column (in UTF-16 units, as `yaml`'s LineCounter counts) of an offset. */
function positionFromLines(starts: readonly number[], offset: number): SourcePosition {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

interface Positions {
  doc: Document.Parsed;
  position(offset: number): SourcePosition;
  locate: LoadedPlan['locate'];
}

/** What the rest of this module needs of a parse error: yaml's own, or a duplicate key found here. */
interface ParseError {
  code: string;
  message: string;
  pos: [number, number];
}

/**
 * Duplicate keys, found in one pass with a set per mapping. yaml's own check (`uniqueKeys: true`) compares each
 * key with every earlier one of its mapping — quadratic: 20,000 keys took 19 s, 200,000 took minutes. Same
 * rule as yaml's: scalar keys with the same value (so `1` and `"1"` differ, `~` and `null` do not); other keys
 * (collections, aliases) only when they are the same node. Reported where the repeated key is, as yaml does.
 */
function duplicateKeyErrors(doc: Document.Parsed): ParseError[] {
  const { visit, isScalar, isPair } = yaml();
  const errors: ParseError[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        const id = isScalar(key) ? key.value : key;
        if (typeof id === 'number' && Number.isNaN(id)) continue; // yaml: NaN !== NaN
        if (seen.has(id)) {
          const at = key?.range?.[0] ?? map.range?.[0] ?? 0;
          errors.push({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [at, at + 1] });
        } else seen.add(id);
      }
    },
  });
  return errors;
}

/**
 * The first alias whose anchor is not set before it. yaml reports it only while converting to data, as the same
 * ReferenceError as an alias bomb, without a position: it was called an "alias bomb" at 1:1.
 */
function firstUndefinedAlias(doc: Document.Parsed): { name: string; offset: number } | undefined {
  const { visit, isAlias } = yaml();
  const anchors = new Set<string>();
  let found: { name: string; offset: number } | undefined;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        if (!anchors.has(node.source)) {
          found = { name: node.source, offset: node.range?.[0] ?? 0 };
          return visit.BREAK;
        }
      } else if ((node as { anchor?: string }).anchor) anchors.add((node as { anchor?: string }).anchor!);
      return undefined;
    },
  });
  return found;
}

function parseForPositions(text: string): Positions {
  const { parseDocument, LineCounter: Counter } = yaml();
  const lineCounter: LineCounter = new Counter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  const position = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const locate = (p: string, at: 'key' | 'value' = 'value'): SourcePosition => {
    const offset = offsetOf(doc, parsePointer(p), at);
    return offset === undefined ? START : position(offset);
  };
  return { doc, position, locate };
}

function jsonProblems(text: string): ParseFinding[] {
  return /^[[{]/.test(firstContentLine(text) ?? '') && isJson(text) ? [{ ruleId: 'parse/json', pointer: '', position: START }] : [];
}

function loadWithYaml(file: string, text: string): LoadedPlan {
  let parsed: Positions;
  try {
    parsed = parseForPositions(text);
  } catch (err) {
    // The composer recurses; absurd nesting exhausts the stack before it can report anything.
    if (err instanceof RangeError) return unreadable(file, { ruleId: 'parse/too-deep', pointer: '', position: START }, text);
    throw err;
  }
  const { doc, position, locate } = parsed;
  const errors: ParseError[] = [...doc.errors, ...duplicateKeyErrors(doc)].sort((a, b) => a.pos[0] - b.pos[0]);

  if (errors.length > 0) {
    // A misaligned line or a tab in the indentation: said at the line that is wrong, with the number of spaces,
    // instead of yaml's messages at or after it (when yaml's first complaint is at or just around that line).
    const advice = indentationAdvice(text);
    const firstLine = position(errors[0]!.pos[0]).line;
    if (advice && advice.line >= firstLine - 3 && advice.line <= firstLine + 1) {
      const params: Record<string, number> = advice.kind === 'indent' ? { found: advice.found, expected: advice.expected, reference: advice.reference } : {};
      return { file, data: undefined, problems: [{ ruleId: advice.kind === 'tab' ? 'parse/tab' : 'parse/indent', pointer: '', position: { line: advice.line, column: advice.column }, params }], locate, text };
    }
    const problems: ParseFinding[] = errors.slice(0, 20).map((e) => {
      const ruleId = ERROR_RULES[e.code]
        ?? (/Maximum call stack/.test(e.message) ? 'parse/too-deep'
          : /\t/.test(lineAt(text, e.pos[0])) && /indent/i.test(e.message) ? 'parse/tab' : 'parse/syntax');
      // yaml's own words are English: the catalog's word for the error, in the reader's language.
      const detail = yamlErrorWord(e.message);
      const key = ruleId === 'parse/duplicate-key' ? keyAt(text, e.pos[0]) : '';
      return { ruleId, pointer: '', position: position(errorOffset(text, e.code, e.message, e.pos[0])), params: { detail, key } };
    });
    return { file, data: undefined, problems, locate, text };
  }

  const undefinedAlias = firstUndefinedAlias(doc);
  if (undefinedAlias) {
    return { file, data: undefined, problems: [{ ruleId: 'parse/undefined-alias', pointer: '', position: position(undefinedAlias.offset), params: { name: undefinedAlias.name } }], locate, text };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    if (err instanceof RangeError) return unreadable(file, { ruleId: 'parse/too-deep', pointer: '', position: START }, text);
    if (err instanceof ReferenceError) return unreadable(file, { ruleId: 'parse/alias-limit', pointer: '', position: START }, text);
    return unreadable(file, { ruleId: 'parse/syntax', pointer: '', position: START, params: { detail: yamlErrorWord(String((err as Error).message)) } }, text);
  }
  return { file, data, problems: jsonProblems(text), locate, text };
}

/** Offset where nesting first goes past MAX_NESTING (see there), or -1. */
function nestingExceeded(text: string): number {
  const block = blockNestingExceeded(text);
  const flow = flowNestingExceeded(text);
  return block < 0 ? flow : flow < 0 ? block : Math.min(block, flow);
}

/** Exported for its test, which holds it to the line-by-line walk it replaces. */
export function blockNestingExceeded(text: string): number {
  let lineStart = 0;
  while (lineStart < text.length) {
    // Only a line longer than the limit can start its content past it. A line break within the limit's reach
    // ends every line that starts before it short: skipped in one search instead of one per line (a plan has
    // hundreds of lines; 1% of checking a draft went to finding each one's end).
    if (text.length - lineStart <= MAX_NESTING) return -1;
    const lastBreak = text.lastIndexOf('\n', lineStart + MAX_NESTING);
    if (lastBreak >= lineStart) {
      lineStart = lastBreak + 1;
      continue;
    }
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    const past = indentPastLimit(text, lineStart);
    if (past >= 0) return past;
    lineStart = end + 1;
  }
  return -1;
}

/**
 * Where the indentation of the line starting at `lineStart` — spaces, and `- `, `? `, `: ` indicators, each a
 * level — first goes past MAX_NESTING, or -1. Exported for blockNestingExceeded's test.
 */
export function indentPastLimit(text: string, lineStart: number): number {
  let i = lineStart;
  for (;;) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c === 0x20) i++;
    else if ((c === 0x2d || c === 0x3f || c === 0x3a) && (next === 0x20 || next === 0x0a)) i += 2;
    else return -1;
    if (i - lineStart > MAX_NESTING) return i;
  }
}

/**
 * Brackets are counted everywhere but in comments; brackets inside quoted text could only over-count by what a
 * real plan never holds (hundreds unclosed).
 */
function flowNestingExceeded(text: string): number {
  // Fewer opening brackets than the limit cannot nest past it; indexOf counts them natively (a plan has ~100).
  let opening = 0;
  for (const ch of ['[', '{']) {
    for (let i = text.indexOf(ch); i >= 0 && opening <= MAX_NESTING; i = text.indexOf(ch, i + 1)) opening++;
  }
  if (opening <= MAX_NESTING) return -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_NESTING) return i;
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth--;
    } else if (c === 0x23 && (i === 0 || text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x0a || text.charCodeAt(i - 1) === 0x09)) {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end;
    }
  }
  return -1;
}

function positionAt(text: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Where a person should look for an error. yaml reports an unclosed quote where it ran out of text (often the
 * end of the file); the quote that opened the string is where the mistake is.
 */
function errorOffset(text: string, code: string, message: string, offset: number): number {
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  if (code === 'MISSING_CHAR' && quote) {
    const open = text.lastIndexOf(quote, Math.max(0, offset - 1));
    if (open >= 0) return open;
  }
  return offset;
}

/** The mapping key written at `offset` (yaml marks only its first character), quotes removed. */
function keyAt(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  const rest = text.slice(offset, end < 0 ? undefined : end);
  const m = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:#]+?)\s*:/.exec(rest);
  const key = (m?.[1] ?? rest).trim();
  return (/^["']/.test(key) ? key.slice(1, -1) : key) || '?';
}

/** The first line that is neither blank nor a comment (line-based, so no regex can backtrack on huge input). */
function firstContentLine(text: string): string | undefined {
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? undefined : end).trim();
    if (line !== '' && !line.startsWith('#')) return line;
    if (end < 0) return undefined;
    start = end + 1;
  }
  return undefined;
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? undefined : end);
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Offset of the node at `segments`, or of its deepest existing ancestor (its key where there is one). */
function offsetOf(doc: Document.Parsed, segments: string[], at: 'key' | 'value'): number | undefined {
  const { isMap, isSeq } = yaml();
  let node: unknown = doc.contents;
  let keyNode: unknown;
  for (const seg of segments) {
    if (isMap(node)) {
      const pair = pairIndex(node).get(seg);
      if (!pair) break;
      keyNode = pair.key;
      // `key:` with no value: point at the key.
      node = pair.value ?? pair.key;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined || !/^\d+$/.test(seg)) break;
      keyNode = undefined;
      node = item;
    } else {
      break;
    }
  }
  const chosen = at === 'key' && keyNode ? keyNode : node;
  const range = (chosen as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/**
 * A mapping's pairs by key text, built once per mapping: locating every finding by scanning the keys made a
 * mapping of many keys with a finding each quadratic. The first pair of a key wins, as a scan would find it.
 */
const pairIndexes = new WeakMap<object, Map<string, Pair>>();
function pairIndex(map: YAMLMap): Map<string, Pair> {
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const it of map.items) {
      const k = yaml().isPair(it) ? keyText(it.key) : undefined;
      if (k !== undefined && !index.has(k)) index.set(k, it);
    }
    pairIndexes.set(map, index);
  }
  return index;
}

function keyText(key: unknown): string | undefined {
  if (yaml().isScalar(key)) return String(key.value);
  return undefined;
}
