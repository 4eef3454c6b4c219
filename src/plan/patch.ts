/**
 * Comment-keeping edits of a whole plan, node by node: given a plan file's text and the plan as it should now be,
 * returns the text with only what differs rewritten. Where `setSection` (edit.ts) replaces a whole top-level
 * section, this goes down to the changed record, list item or value, so adding one partner touches only the
 * lines of that partner, and changing a name only that name (its quoting and the comment after it stay).
 *
 * How: the `yaml` Document gives every node's source range. Two trees are walked together (the file's nodes with
 * their values, and the new values); an unchanged node is left alone; a changed scalar is replaced in place; a
 * block mapping gets its removed keys cut out, changed keys edited and new keys added after its last key; a block
 * list is edited item by item, or, when items were added, removed or moved, rebuilt from the old items' own text
 * (matched by `id` / `partner`) and newly rendered ones. Anything else (flow collections, block scalars, a changed
 * type) is re-rendered as a whole unit: the key with its value, or the list item. New and removed top-level
 * sections go through `setSection`, which knows where a section belongs.
 */
import { isMap, isScalar, isSeq, parseDocument, Scalar, stringify, type Document, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { yamlErrorWord } from './yaml-errors.js';
import { PlanEditError, renderSection, setSection, topLevelKeys, type SetSectionOptions } from './edit.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Rec = Record<string, unknown>;

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A unit that can always be re-rendered whole: the region it occupies and how to render a new value there. */
interface Unit {
  start: number;
  end: number;
  render(value: unknown): string;
}

const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isRecord(a)) {
    if (!isRecord(b)) return false;
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => sameValue(a[k], b[k]));
  }
  return false;
}

/** Applies non-overlapping edits, the later ones first so that earlier offsets stay valid. */
function applyEdits(text: string, edits: readonly Edit[], base = 0): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start - base) + e.text + out.slice(e.end - base);
  return out;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** `key:` with nothing after it: yaml gives the empty value a position where the next token starts. */
function isEmptyValue(node: YamlNode | null | undefined): boolean {
  return !node || !node.range || (isScalar(node) && node.value === null && node.range[0] === node.range[1]);
}

/** The node whose end is the end of a pair: its value, or its key when the value is empty. */
function pairEndNode(pair: Pair): YamlNode {
  const value = pair.value as YamlNode | null;
  return isEmptyValue(value) ? (pair.key as Scalar) : value!;
}

/** The end of a node's content: after its last non-space character, extended to the end of that line (before the newline). */
function contentEnd(text: string, node: YamlNode): number {
  let e = node.range![2];
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  const nl = text.indexOf('\n', e);
  let end = nl < 0 ? text.length : nl;
  if (text[end - 1] === '\r') end--;
  return end;
}

/** Indents every line after the first by `indent` spaces (the first line goes where the old unit started). */
function indentRest(rendered: string, indent: number): string {
  const pad = ' '.repeat(indent);
  return rendered.replace(/\n$/, '').split('\n').map((l, i) => (i === 0 || l === '' ? l : pad + l)).join('\n');
}

function renderPair(key: string, value: unknown, indent: number): string {
  return indentRest(renderSection(key, value), indent);
}

function renderItem(value: unknown, indent: number): string {
  if (!isRecord(value) && !Array.isArray(value)) return `- ${renderPlain(value)}`;
  // Rendered as the item of a section, so that it gets the same style as new sections (short records on one line).
  const lines = renderSection('x', [value]).replace(/\n$/, '').split('\n').slice(1).map((l) => l.slice(2));
  return indentRest(lines.join('\n'), indent);
}

function renderPlain(value: unknown): string {
  return stringify(value, { lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, '');
}

/** A scalar rendered in the old scalar's quoting style when that style can hold it on one line. */
function renderScalar(value: unknown, type: Scalar['type']): string | undefined {
  if (value === null || typeof value === 'object') return undefined;
  let out: string;
  if (typeof value === 'string' && type === Scalar.QUOTE_DOUBLE) out = JSON.stringify(value);
  else if (typeof value === 'string' && type === Scalar.QUOTE_SINGLE && !value.includes('\n')) out = `'${value.replace(/'/g, "''")}'`;
  else out = renderPlain(value);
  return out.includes('\n') ? undefined : out;
}

function replaceUnit(unit: Unit, value: unknown): Edit[] {
  return [{ start: unit.start, end: unit.end, text: unit.render(value) }];
}

function editValue(text: string, node: YamlNode | null | undefined, oldValue: unknown, newValue: unknown, unit: Unit): Edit[] {
  if (sameValue(oldValue, newValue)) return [];
  if (!node || !node.range || isEmptyValue(node)) return replaceUnit(unit, newValue);
  if (isScalar(node)) {
    const inline = node.type === Scalar.PLAIN || node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
    const rendered = inline ? renderScalar(newValue, node.type) : undefined;
    return rendered === undefined ? replaceUnit(unit, newValue) : [{ start: node.range[0], end: node.range[1], text: rendered }];
  }
  if (isMap(node) && !node.flow && isRecord(oldValue) && isRecord(newValue)) return editMap(text, node, oldValue, newValue, unit);
  if (isSeq(node) && !node.flow && Array.isArray(oldValue) && Array.isArray(newValue)) return editSeq(text, node, oldValue, newValue, unit);
  return replaceUnit(unit, newValue);
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) && pair.key.range ? String(pair.key.value) : undefined;
}

function editMap(text: string, map: YAMLMap, oldValue: Rec, newValue: Rec, unit: Unit): Edit[] {
  const pairs = map.items as Pair[];
  if (pairs.length === 0 || pairs.some((p) => keyOf(p) === undefined)) return replaceUnit(unit, newValue);
  const keys = pairs.map((p) => keyOf(p)!);
  const starts = pairs.map((p) => (p.key as Scalar).range![0]);
  const ends = pairs.map((p) => contentEnd(text, pairEndNode(p)));
  const indent = starts[0]! - lineStartOf(text, starts[0]!);
  const kept = keys.map((k) => newValue[k] !== undefined);
  const firstKept = kept.indexOf(true);
  if (firstKept < 0) return replaceUnit(unit, newValue);
  const edits: Edit[] = [];
  // Leading removed keys go with the start of the first kept one (it may stand after a list's `- `).
  if (firstKept > 0) edits.push({ start: starts[0]!, end: starts[firstKept]!, text: '' });
  let lastKept = firstKept;
  for (let i = firstKept; i < pairs.length; i++) {
    const k = keys[i]!;
    if (!kept[i]) {
      edits.push({ start: ends[i - 1]!, end: ends[i]!, text: '' });
      continue;
    }
    lastKept = i;
    const pairUnit: Unit = { start: starts[i]!, end: ends[i]!, render: (v) => renderPair(k, v, indent) };
    edits.push(...editValue(text, pairs[i]!.value as YamlNode | null, oldValue[k], newValue[k], pairUnit));
  }
  const added = Object.keys(newValue).filter((k) => newValue[k] !== undefined && !keys.includes(k));
  if (added.length > 0) {
    const pad = ' '.repeat(indent);
    edits.push({ start: ends[lastKept]!, end: ends[lastKept]!, text: added.map((k) => `\n${pad}${renderPair(k, newValue[k], indent)}`).join('') });
  }
  return edits;
}

/** What identifies a list item across edits: its `id` or `partner`, else its whole value. */
function identity(v: unknown): string {
  if (isRecord(v)) {
    if (typeof v.id === 'string') return `id:${v.id}`;
    if (typeof v.partner === 'string') return `partner:${v.partner}`;
  }
  return `value:${JSON.stringify(v)}`;
}

/** For each new item, the index of the old item it continues, or -1 for a new one. */
function matchItems(oldItems: readonly unknown[], newItems: readonly unknown[]): number[] {
  const used = new Set<number>();
  const match = newItems.map((n) => {
    const id = identity(n);
    const i = oldItems.findIndex((o, j) => !used.has(j) && identity(o) === id);
    if (i >= 0) used.add(i);
    return i;
  });
  // Items whose identity changed (an edited record without id, a renamed id) continue the unmatched old ones in order.
  const freeOld = oldItems.map((_, j) => j).filter((j) => !used.has(j));
  const unmatchedNew = match.map((m, i) => (m < 0 ? i : -1)).filter((i) => i >= 0);
  if (unmatchedNew.length > 0 && freeOld.length > 0) {
    // Only pair them when they look alike (both records), and never more than there are.
    let f = 0;
    for (const i of unmatchedNew) {
      while (f < freeOld.length && isRecord(oldItems[freeOld[f]!]) !== isRecord(newItems[i])) f++;
      if (f >= freeOld.length) break;
      if (!isRecord(newItems[i]) || unmatchedNew.length === freeOld.length || sharesKeys(oldItems[freeOld[f]!], newItems[i])) {
        match[i] = freeOld[f]!;
        f++;
      }
    }
  }
  return match;
}

function sharesKeys(a: unknown, b: unknown): boolean {
  if (!isRecord(a) || !isRecord(b)) return false;
  const ka = Object.keys(a);
  const same = ka.filter((k) => sameValue(a[k], b[k])).length;
  return same * 2 >= Math.max(ka.length, Object.keys(b).length);
}

/** Where the `- ` of a list item stands, or -1 when the item does not start on its dash's line. */
function dashOf(text: string, node: YamlNode): number {
  let i = node.range![0] - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return text[i] === '-' ? i : -1;
}

function editSeq(text: string, seq: YAMLSeq, oldItems: unknown[], newItems: unknown[], unit: Unit): Edit[] {
  const nodes = seq.items as (YamlNode | null)[];
  if (nodes.length === 0 || newItems.length === 0 || nodes.some((n) => !n || !n.range)) return replaceUnit(unit, newItems);
  const dashes = nodes.map((n) => dashOf(text, n!));
  if (dashes.some((d) => d < 0)) return replaceUnit(unit, newItems);
  const ends = nodes.map((n) => contentEnd(text, n!));
  const indent = dashes[0]! - lineStartOf(text, dashes[0]!);
  const itemUnit = (i: number): Unit => ({ start: dashes[i]!, end: ends[i]!, render: (v) => renderItem(v, indent) });
  const match = matchItems(oldItems, newItems);

  if (newItems.length === oldItems.length && match.every((m, i) => m === i)) {
    return newItems.flatMap((v, i) => editValue(text, nodes[i], oldItems[i], v, itemUnit(i)));
  }
  // Rebuilt from pieces: each kept item's own text (edited), each new item rendered; comments before an item move with it.
  const pieces = newItems.map((v, j) => {
    const i = match[j]!;
    if (i < 0) return { gap: `\n${' '.repeat(indent)}`, text: renderItem(v, indent) };
    const own = text.slice(dashes[i]!, ends[i]!);
    const edited = applyEdits(own, editValue(text, nodes[i], oldItems[i], v, itemUnit(i)), dashes[i]!);
    return { gap: i > 0 ? text.slice(ends[i - 1]!, dashes[i]!) : `\n${' '.repeat(indent)}`, text: edited };
  });
  const joined = pieces.map((p, j) => (j === 0 ? p.text : p.gap + p.text)).join('');
  return [{ start: dashes[0]!, end: ends[nodes.length - 1]!, text: joined }];
}

/** A plan file's text as read for patching; patching does not change it, so one reading serves many patches. */
export interface PatchBase {
  readonly text: string;
  readonly doc: Document.Parsed;
  /** The text's data. */
  readonly old: unknown;
}

/** Reads `text` for patchPlanText. Throws PlanEditError when it is not YAML. */
export function readPatchBase(text: string): PatchBase {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    topLevelKeys(text); // throws the parse error with its position
    throw new PlanEditError(yamlErrorWord(doc.errors[0]!.message));
  }
  return { text, doc, old: doc.toJS({ maxAliasCount: 100 }) as unknown };
}

/**
 * Returns the text rewritten to hold `next`, changing only what differs. `comment` gives the comment lines written
 * above a top-level section that is added (as `init` does). Throws PlanEditError when the text is not a plan
 * file that can be edited (not YAML, not a block mapping). Given a PatchBase (the UI checks every edit of the page
 * against the same file), the text is not read again.
 */
export function patchPlanText(base: string | PatchBase, next: Rec, comment: (key: string) => SetSectionOptions['comment'] = () => undefined): string {
  const { text, doc, old } = typeof base === 'string' ? readPatchBase(base) : base;
  const root = doc.contents;
  let out = text;
  let before: Rec = {};
  if (root !== null && root !== undefined) {
    if (!isMap(root) || root.flow || !isRecord(old)) throw new PlanEditError('word.edit.notBlockMapping');
    before = old;
    const edits: Edit[] = [];
    for (const pair of root.items as Pair[]) {
      const key = keyOf(pair);
      if (key === undefined) throw new PlanEditError('word.edit.unexpectedKey');
      if (next[key] === undefined) continue;
      const start = (pair.key as Scalar).range![0];
      const end = contentEnd(text, pairEndNode(pair));
      edits.push(...editValue(text, pair.value as YamlNode | null, old[key], next[key], { start, end, render: (v) => renderPair(key, v, 0) }));
    }
    out = applyEdits(text, edits);
  }
  for (const key of Object.keys(before)) if (next[key] === undefined) out = setSection(out, key, undefined);
  for (const [key, value] of Object.entries(next)) {
    if (value !== undefined && !(key in before)) out = setSection(out, key, value as Json, { comment: comment(key) ?? [] });
  }
  return out;
}
