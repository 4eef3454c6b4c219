/**
 * Comment-keeping edits of a plan file: replace (or insert) one top-level section and leave every other byte as
 * it was. The `yaml` Document API finds where each top-level key starts; the section then runs, line by line, to
 * the next top-level key, minus the blank lines and column-0 comments just above that key (they introduce it).
 * Only the new section is rendered; the rest of the text is spliced around it, so the user's comments, key
 * order, quoting and flow style elsewhere stay byte-for-byte. The comment above the section itself is kept too.
 */
import { Document, parseDocument, isMap, isSeq, isScalar, isPair, visit } from 'yaml';
import { fastPathEligible } from './fast-load.js';
import { loadIndexed } from './fast-locate.js';
import { yamlErrorWord } from './yaml-errors.js';
import { messageText, msg, type MessageId } from '../guide/messages/index.js';
import type { Lang } from '../guide/types.js';

/** Top-level keys in the order a new plan file has them; a missing section is inserted at its place. */
export const SECTION_ORDER: readonly string[] = [
  'schemaVersion', 'title', 'program', 'programName', 'region', 'initiator', 'dates', 'language',
  'idea', 'partners', 'goals', 'readiness', 'agreement', 'workplan', 'implementation', 'monitoring',
];

/**
 * A plan file that cannot be edited section by section. `message` is a catalog word (`word.edit.*`, or
 * `word.yaml.*` for a YAML error), so that the person reads it in their language: see `describe`.
 */
export class PlanEditError extends Error {
  constructor(message: string, public readonly line = 1, public readonly column = 1) {
    super(message);
    this.name = 'PlanEditError';
  }

  /** What is wrong, in the reader's language. */
  describe(lang: Lang): string {
    return messageText(this.message) ? msg(lang, this.message as MessageId) : this.message;
  }
}

/** Collections of plain values up to this many characters are written on one line, `[a, b]` / `{ k: v }`. */
const FLOW_WIDTH = 100;

/**
 * Renders one top-level `key: value` as YAML in the style of the example plans: block structure, with short
 * lists and records of plain values on one line; long texts stay on one line rather than being folded.
 */
export function renderSection(key: string, value: unknown): string {
  const doc = new Document({ [key]: value });
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((i) => isScalar(i)) && JSON.stringify(node.toJSON()).length <= FLOW_WIDTH) node.flow = true;
    },
    Map(_, node, path) {
      // Only records inside a list or nested in a record, never a top-level section itself.
      if (path.length <= 3) return;
      const plain = node.items.every((p) => isPair(p) && (isScalar(p.value) || (isSeq(p.value) && p.value.flow)));
      if (plain && node.items.length > 1 && JSON.stringify(node.toJSON()).length <= FLOW_WIDTH) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false });
}

interface TopKey {
  key: string;
  /** Offset of the start of the key's line. */
  lineStart: number;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * The top-level keys from js-yaml's node positions (fast-locate), ~10x cheaper than the `yaml` document: every
 * edit of a section finds them again, and on a plan of thousands of partners the `yaml` parse per edit took
 * minutes and a gigabyte. Undefined where that reading does not apply (the `yaml` path then decides and explains).
 */
function fastTopLevelKeys(text: string): TopKey[] | undefined {
  if (!fastPathEligible(text)) return undefined;
  const loaded = loadIndexed(text);
  if (!loaded.ok || loaded.data === null || typeof loaded.data !== 'object' || Array.isArray(loaded.data)) return undefined;
  const root = loaded.positions();
  if (!root?.map || text.charCodeAt(root.start) === 0x7b) return undefined;
  const out: TopKey[] = [];
  for (const [key, node] of root.map) {
    if (node.keyStart === undefined) return undefined;
    const start = lineStartOf(text, node.keyStart);
    if (text.slice(start, node.keyStart).trim() !== '') return undefined;
    out.push({ key, lineStart: start });
  }
  return out;
}

/** The top-level keys with where their lines start; throws PlanEditError when the text is not a YAML mapping. */
export function topLevelKeys(text: string): TopKey[] {
  const fast = fastTopLevelKeys(text);
  if (fast) return fast;
  // Duplicate keys were refused when the plan was read (yaml's own check is quadratic).
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const before = text.slice(0, e.pos[0]);
    const line = before.split('\n').length;
    throw new PlanEditError(yamlErrorWord(e.message), line, e.pos[0] - before.lastIndexOf('\n'));
  }
  if (doc.contents === null) return [];
  if (!isMap(doc.contents) || doc.contents.flow) throw new PlanEditError('word.edit.notBlockMapping');
  const out: TopKey[] = [];
  for (const item of doc.contents.items) {
    if (!isPair(item) || !isScalar(item.key) || !item.key.range) throw new PlanEditError('word.edit.unexpectedKey');
    const start = lineStartOf(text, item.key.range[0]);
    // A key that does not start its own line (a flow map or a document marker on the same line) cannot be spliced.
    if (text.slice(start, item.key.range[0]).trim() !== '') throw new PlanEditError('word.edit.keyNotAtLineStart');
    out.push({ key: String(item.key.value), lineStart: start });
  }
  return out;
}

/** Moves `end` back over blank lines and column-0 comment lines, which belong to what follows. */
function trimTrailingIntro(text: string, start: number, end: number): number {
  let cut = end;
  while (cut > start) {
    const prevLineStart = lineStartOf(text, cut - 1);
    const line = text.slice(prevLineStart, cut).replace(/\r?\n$/, '');
    if (line.trim() === '' || line.startsWith('#')) cut = prevLineStart;
    else break;
  }
  return cut;
}

export interface SetSectionOptions {
  /** Comment lines (without `#`) written above the section when it is inserted new. */
  comment?: readonly string[];
}

/**
 * Returns `text` with the top-level `key` set to `value`. An existing section is replaced in place (its leading
 * comment stays); a new one is inserted at its place in SECTION_ORDER, after a blank line and its comment.
 * `value === undefined` removes the section (its leading comment stays, as the user wrote it).
 */
export function setSection(text: string, key: string, value: unknown, options: SetSectionOptions = {}): string {
  const keys = topLevelKeys(text);
  const index = keys.findIndex((k) => k.key === key);
  const rendered = value === undefined ? '' : renderSection(key, value);
  if (index >= 0) {
    const start = keys[index]!.lineStart;
    const next = keys[index + 1];
    const end = trimTrailingIntro(text, start, next ? next.lineStart : text.length);
    const before = text.slice(0, start);
    const after = text.slice(end);
    return before + rendered + after;
  }
  if (value === undefined) return text;
  const intro = (options.comment ?? []).map((c) => `# ${c}\n`).join('');
  const block = intro + rendered;
  const order = SECTION_ORDER.indexOf(key);
  const following = order < 0 ? undefined : keys.find((k) => SECTION_ORDER.indexOf(k.key) > order);
  if (following) {
    // Insert after the previous section's content, before the next section's own introduction (its comment).
    const previous = keys[keys.indexOf(following) - 1];
    const at = previous ? trimTrailingIntro(text, previous.lineStart, following.lineStart) : following.lineStart;
    const rest = text.slice(at);
    return text.slice(0, at) + (at > 0 && intro ? '\n' : '') + block + (intro && !rest.startsWith('\n') ? '\n' : '') + rest;
  }
  const base = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return base + (base !== '' && intro ? '\n' : '') + block;
}
