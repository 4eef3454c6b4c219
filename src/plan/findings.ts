import type { Params } from '../guide/messages/format.js';
import type { RuleId, Severity } from '../guide/messages/rules.js';

export type { Severity } from '../guide/messages/rules.js';

/** 1-based position in the plan's source text. */
export interface SourcePosition {
  line: number;
  column: number;
}

/**
 * What a rule reports before it is located and put into words: the rule, where in the data (a JSON pointer),
 * and the values its message needs. `at: 'key'` points at a mapping key rather than its value. A module that
 * reports findings narrows `Id` to the rules it declares (src/plan/rule-set.ts).
 */
export interface RawFinding<Id extends RuleId = RuleId> {
  ruleId: Id;
  pointer: string;
  params?: Params;
  at?: 'key' | 'value';
  /** Already known (parse errors come with one). */
  position?: SourcePosition;
  /**
   * Other places the message names (param name → JSON pointer), e.g. where a partner withdrew when the finding
   * points at an activity it still carries; each is written as `partners[3].statusDates.withdrawn, baris 57`.
   */
  places?: Record<string, string>;
}

/** A finding as users and CI see it. */
export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  message: string;
  hint: string;
  file: string;
  line: number;
  column: number;
  pointer: string;
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Escapes one JSON pointer segment (RFC 6901). */
export function pointerSegment(s: string | number): string {
  const str = typeof s === 'string' ? s : String(s);
  // Almost no key holds `~` or `/`: rules build thousands of pointers per plan, so skip the replacing.
  return str.includes('~') || str.includes('/') ? str.replace(/~/g, '~0').replace(/\//g, '~1') : str;
}

export function pointer(...segments: (string | number)[]): string {
  let out = '';
  for (const s of segments) out += `/${pointerSegment(s)}`;
  return out;
}

/** `/partners/3/status` → `partners[3].status`: how a place reads in a message. */
export function pointerPath(p: string): string {
  return parsePointer(p).reduce((out, seg) => (/^\d+$/.test(seg) ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg), '');
}

export function parsePointer(p: string): string[] {
  if (p === '' || p === '/') return [];
  const segments = p.slice(1).split('/');
  return p.includes('~') ? segments.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')) : segments;
}
