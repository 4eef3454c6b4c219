/**
 * Positions of a plan's nodes from js-yaml, ~10x cheaper than building the `yaml` document. js-yaml reports the
 * start and end of every node it composes (its `listener` option); keys, values and items are matched to the
 * data they produced, and a node's position is where its content starts — what `yaml` calls range[0]. Where the
 * shape of those events does not match the data (constructs this index does not understand), it gives up and
 * the caller uses `yaml`. test/hostile-parse-agreement.test.ts compares every pointer of the corpus with `yaml`.
 */
import { createRequire } from 'node:module';
import { coreSchema } from './fast-load.js';

// Made on first use: createRequire at load time cost every start-up of check a little, in five modules.
let requireHere: NodeJS.Require | undefined;
const require = (id: string): unknown => (requireHere ??= createRequire(import.meta.url))(id);

interface Event {
  open: number;
  close: number;
  kind: string | null;
  result: unknown;
  children: Event[];
}

/** A node of the index: where its content starts, and its children (by key, or by position in a list). */
export interface PositionNode {
  start: number;
  keyStart?: number;
  map?: Map<string, PositionNode>;
  list?: PositionNode[];
}

/** Where content starts at or after `from`: past spaces, line breaks and comments. */
function contentStart(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
    else if (c === 0x23) {
      const end = text.indexOf('\n', i);
      if (end < 0) return text.length;
      i = end + 1;
    } else return i;
  }
}

function skipBlanks(text: string, from: number): number {
  let i = from;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
  return i;
}

/** A key is followed (on its line, after spaces) by `:`. */
function isKey(text: string, e: Event): boolean {
  if (e.kind !== 'scalar') return false;
  let i = e.close;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
  return text.charCodeAt(i) === 0x3a;
}

class Mismatch extends Error {}

/**
 * js-yaml composes some nodes twice nested: a block-sequence item or a value is first read as a possible mapping
 * key, and when no `:` follows, that inner reading is the node. Such a wrapper has one child ending where it ends
 * with the very same result (a list whose only item is a list ending there has a different one).
 */
function unwrap(e: Event): Event {
  let cur = e;
  for (;;) {
    const only = cur.children.length === 1 ? cur.children[0]! : undefined;
    if (!only || only.close !== cur.close || only.kind !== cur.kind || !Object.is(only.result, cur.result)) return cur;
    cur = only;
  }
}

function build(text: string, outer: Event): PositionNode {
  const e = unwrap(outer);
  // An empty value (`key:` and nothing) stands, for `yaml`, where its line's spaces after the `:` end.
  const node: PositionNode = { start: e.kind === null ? skipBlanks(text, outer.open) : contentStart(text, outer.open) };
  if (e.kind === 'mapping') {
    const result = e.result as Record<string, unknown>;
    const map = new Map<string, PositionNode>();
    const kids = e.children;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      if (!isKey(text, k)) {
        // An attempt that found no key (js-yaml tries once more at the end of a mapping) holds nothing.
        if (k.kind !== null || contentStart(text, k.open) < k.close) throw new Mismatch();
        continue;
      }
      const v = kids[i + 1];
      if (!v) throw new Mismatch();
      const child = build(text, v);
      child.keyStart = contentStart(text, k.open);
      map.set(String(k.result), child);
      i++;
    }
    if (map.size !== Object.keys(result).length) throw new Mismatch();
    node.map = map;
  } else if (e.kind === 'sequence') {
    const result = e.result as unknown[];
    if (e.children.length !== result.length) throw new Mismatch();
    node.list = e.children.map((c) => build(text, c));
  } else if (e.children.length > 0) {
    throw new Mismatch();
  }
  return node;
}

export type IndexedLoad = { ok: true; data: unknown; positions(): PositionNode | undefined } | { ok: false };

/**
 * Reads text with js-yaml (the same schema as fastLoad) while recording its node events; the position index is
 * built from them only when asked for (only files with findings need it). `positions()` is undefined when the
 * events cannot be matched to the data reliably.
 */
export function loadIndexed(text: string): IndexedLoad {
  const jsYaml = require('js-yaml') as typeof import('js-yaml');
  const root: Event = { open: 0, close: 0, kind: null, result: undefined, children: [] };
  const stack: Event[] = [root];
  const listener = (type: 'open' | 'close', state: { position: number; kind: string | null; result: unknown }) => {
    if (type === 'open') {
      const e: Event = { open: state.position, close: -1, kind: null, result: undefined, children: [] };
      stack[stack.length - 1]!.children.push(e);
      stack.push(e);
    } else {
      const e = stack.pop()!;
      e.close = state.position;
      e.kind = state.kind;
      e.result = state.result;
    }
  };
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: coreSchema(), json: false, listener } as Parameters<typeof jsYaml.load>[1]);
  } catch {
    // Syntax errors, duplicate keys, tabs, absurd nesting: `yaml` reads these and locates the problem.
    return { ok: false };
  }
  let index: PositionNode | undefined | null = null;
  const positions = () => {
    if (index === null) {
      try {
        const top = root.children[0];
        index = top ? build(text, top) : undefined;
      } catch {
        index = undefined;
      }
    }
    return index;
  };
  return { ok: true, data, positions };
}

/** The position index of a text js-yaml reads, or undefined when it cannot be built reliably. */
export function indexPositions(text: string): PositionNode | undefined {
  const loaded = loadIndexed(text);
  return loaded.ok ? loaded.positions() : undefined;
}

/**
 * Offset of the node at `segments`, or of its deepest existing ancestor (its key where there is one) — the
 * same answer as the `yaml` document walk in load.ts.
 */
export function offsetIn(index: PositionNode, segments: readonly string[], at: 'key' | 'value'): number {
  let node = index;
  let keyStart: number | undefined;
  for (const seg of segments) {
    let next: PositionNode | undefined;
    if (node.map) next = node.map.get(seg);
    else if (node.list && /^\d+$/.test(seg)) next = node.list[Number(seg)];
    if (!next) break;
    keyStart = node.map ? next.keyStart : undefined;
    node = next;
  }
  return at === 'key' && keyStart !== undefined ? keyStart : node.start;
}
