/**
 * The page's state: the plan being edited, the hash of the file it was loaded from, the latest findings; edits
 * by JSON pointer; unsaved edits kept in the browser's storage until saved or discarded.
 */
import type { UiMeta } from '../meta.js';

export interface Finding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  hint: string;
  line: number;
  column: number;
  pointer: string;
}

export interface StepSummary {
  step: string;
  number: number;
  status: 'complete' | 'incomplete' | 'empty';
  criteria?: { met: number; total: number };
  counts: Record<'error' | 'warning' | 'info', number>;
}

export interface CheckResult {
  findings: Finding[];
  summary?: StepSummary[];
  gates?: Record<string, number[]>;
  textError?: string;
}

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Rec = { [k: string]: Json };

export interface Store {
  meta: UiMeta;
  file: string;
  fileId: string;
  plan: Rec;
  baseHash: string;
  dirty: boolean;
  /** The person chose to keep their edits over a changed file: the next save writes over it. */
  force: boolean;
  check: CheckResult;
}

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

export function split(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function join(parts: readonly (string | number)[]): string {
  return parts.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export function getAt(root: Json, pointer: string): Json | undefined {
  let cur: Json | undefined = root;
  for (const k of split(pointer)) {
    if (Array.isArray(cur)) cur = cur[Number(k)];
    else if (isRec(cur)) cur = cur[k];
    else return undefined;
  }
  return cur;
}

/** Sets (or, with undefined, removes) the value at `pointer`; empty records and lists left behind are removed too. */
export function setAt(root: Rec, pointer: string, value: Json | undefined): void {
  const parts = split(pointer);
  const chain: Json[] = [root];
  let cur: Json = root;
  for (const k of parts.slice(0, -1)) {
    let next: Json | undefined = Array.isArray(cur) ? cur[Number(k)] : (cur as Rec)[k];
    if (next === undefined || next === null || typeof next !== 'object') {
      if (value === undefined) return;
      next = {};
      if (Array.isArray(cur)) cur[Number(k)] = next;
      else (cur as Rec)[k] = next;
    }
    chain.push(next);
    cur = next;
  }
  const last = parts[parts.length - 1]!;
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  if (Array.isArray(cur)) {
    if (empty) return;
    cur[Number(last)] = value!;
    return;
  }
  if (empty) delete (cur as Rec)[last];
  else (cur as Rec)[last] = value!;
  // Remove records emptied by this edit, up to (not including) the plan itself; list items stay (the person removes them).
  for (let i = chain.length - 1; i >= 1; i--) {
    const node = chain[i]!;
    const parent = chain[i - 1]!;
    if (!isRec(node) || Object.keys(node).length > 0 || Array.isArray(parent)) break;
    delete (parent as Rec)[parts[i - 1]!];
  }
}

interface Draft {
  plan: Rec;
  baseHash: string;
  at: string;
}

const draftKey = (fileId: string) => `kemitraan:draft:${fileId}`;

export function saveDraft(s: Store): void {
  try {
    localStorage.setItem(draftKey(s.fileId), JSON.stringify({ plan: s.plan, baseHash: s.baseHash, at: new Date().toISOString() } satisfies Draft));
  } catch {
    /* storage full or off: edits still live in the page */
  }
}

export function loadDraft(fileId: string): Draft | undefined {
  try {
    const raw = localStorage.getItem(draftKey(fileId));
    return raw ? (JSON.parse(raw) as Draft) : undefined;
  } catch {
    return undefined;
  }
}

export function clearDraft(fileId: string): void {
  try {
    localStorage.removeItem(draftKey(fileId));
  } catch {
    /* nothing kept */
  }
}
