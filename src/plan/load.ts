/**
 * Reads a plan's bytes into data while keeping, for every value, where it stands in the file. Pure: it is given
 * bytes and returns data and findings; it never throws on bad input. Uses the `yaml` package, whose document
 * model keeps positions and reports syntax errors with offsets instead of throwing.
 */
import { parseDocument, LineCounter, isMap, isSeq, isScalar, isPair, type Document, type Node } from 'yaml';
import type { RawFinding, SourcePosition } from '../check/findings.js';
import { parsePointer } from '../check/findings.js';

/** Plans are a few tens of kilobytes; anything this big is not a plan and would only cost time. */
export const MAX_PLAN_BYTES = 5 * 1024 * 1024;
/** Aliases a real plan might use; beyond this it is an alias bomb (the yaml default is 100). */
export const MAX_ALIAS_COUNT = 100;

export interface PlanInput {
  /** Name shown in findings. */
  file: string;
  /** The file's bytes, absent when it was too large to read. */
  bytes?: Uint8Array;
  /** Size in bytes (from stat when bytes are absent). */
  size: number;
}

export interface LoadedPlan {
  file: string;
  /** The parsed data, or undefined when the file could not be read as YAML at all. */
  data: unknown;
  /** Problems found while reading (parse/...), already located. */
  problems: RawFinding[];
  /** Where the node at a JSON pointer stands; the deepest existing ancestor when it does not exist. */
  locate(pointer: string, at?: 'key' | 'value'): SourcePosition;
  /** The source text (empty when unreadable), for editing and fast paths. */
  text: string;
}

const START: SourcePosition = { line: 1, column: 1 };

function humanSize(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

function unreadable(file: string, problem: RawFinding, text = ''): LoadedPlan {
  return { file, data: undefined, problems: [problem], locate: () => START, text };
}

/** Decodes UTF-8 strictly; returns undefined for binary data. */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

export function loadPlan(input: PlanInput): LoadedPlan {
  const { file } = input;
  if (input.size > MAX_PLAN_BYTES || !input.bytes) {
    return unreadable(file, { ruleId: 'parse/too-large', pointer: '', position: START, params: { size: humanSize(input.size), limit: humanSize(MAX_PLAN_BYTES) } });
  }
  const text = decodeText(input.bytes);
  if (text === undefined) return unreadable(file, { ruleId: 'parse/binary', pointer: '', position: START });
  return loadPlanText(file, text);
}

const ERROR_RULES: Record<string, string> = {
  DUPLICATE_KEY: 'parse/duplicate-key',
  TAB_AS_INDENT: 'parse/tab',
};

export function loadPlanText(file: string, text: string): LoadedPlan {
  if (firstContentLine(text) === undefined) {
    return unreadable(file, { ruleId: 'parse/empty', pointer: '', position: START }, text);
  }
  const lineCounter = new LineCounter();
  const position = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (err) {
    // The composer recurses; absurd nesting exhausts the stack before it can report anything.
    if (err instanceof RangeError) return unreadable(file, { ruleId: 'parse/too-deep', pointer: '', position: START }, text);
    throw err;
  }
  const locate = (p: string, at: 'key' | 'value' = 'value'): SourcePosition => {
    const offset = offsetOf(doc, parsePointer(p), at);
    return offset === undefined ? START : position(offset);
  };

  if (doc.errors.length > 0) {
    const problems: RawFinding[] = doc.errors.slice(0, 20).map((e) => {
      const ruleId = ERROR_RULES[e.code]
        ?? (/Maximum call stack/.test(e.message) ? 'parse/too-deep'
          : /\t/.test(lineAt(text, e.pos[0])) && /indent/i.test(e.message) ? 'parse/tab' : 'parse/syntax');
      const detail = e.message.split('\n')[0] ?? e.code;
      const key = ruleId === 'parse/duplicate-key' ? text.slice(e.pos[0], e.pos[1]).trim() || '?' : '';
      return { ruleId, pointer: '', position: position(errorOffset(text, e.code, e.message, e.pos[0])), params: { detail, key } };
    });
    return { file, data: undefined, problems, locate, text };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    if (err instanceof RangeError) return unreadable(file, { ruleId: 'parse/too-deep', pointer: '', position: START }, text);
    if (err instanceof ReferenceError) return unreadable(file, { ruleId: 'parse/alias-limit', pointer: '', position: START }, text);
    return unreadable(file, { ruleId: 'parse/syntax', pointer: '', position: START, params: { detail: String((err as Error).message) } }, text);
  }
  const problems: RawFinding[] = [];
  if (/^[[{]/.test(firstContentLine(text) ?? '') && isJson(text)) {
    problems.push({ ruleId: 'parse/json', pointer: '', position: START });
  }
  return { file, data, problems, locate, text };
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
  let node: unknown = doc.contents;
  let keyNode: unknown;
  for (const seg of segments) {
    if (isMap(node)) {
      const pair = node.items.find((it) => isPair(it) && keyText(it.key) === seg);
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

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}
