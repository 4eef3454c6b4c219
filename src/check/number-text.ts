/**
 * Numbers in a hand-edited plan that YAML reads differently from what an Indonesian wrote. YAML's `.` is the
 * decimal point, so `target: 21.000` is the number 21 and `target: 1.250` is 1.25 — the file is valid and the
 * value silently wrong. Found from the source text (the data no longer shows the dot); reported only where the
 * data does hold the number YAML read, so text inside quotes or block scalars is left alone. Pure.
 */
import type { RawFinding } from '../plan/findings.js';
import { defineRules, type RuleIdOf } from '../plan/rule-set.js';
import { indonesianThousandsMeant } from '../locale/parse.js';

/**
 * A plain scalar `d.ddd` (one to three digits, a dot, three digits) standing alone as a value: after `key:` at
 * a line's start, after `- `, or inside `[ ]` / `{ }`, and followed by the end of the line, a comment or a
 * flow separator.
 */
const CANDIDATE = /(^[ \t]*(?:(?:- +)+(?:[\w"'-]+:[ \t]+)?|(?:- +)*[\w"'-]+:[ \t]+)|[[{,][ \t]*(?:[\w"'-]+:[ \t]*)?)(-?\d{1,3}\.\d{3})(?=[ \t]*(?:$|#|[,}\]]))/gm;
const QUICK = /\d\.\d{3}/;

/** CANDIDATE's matches, found line by line on the lines that hold `d.ddd` at all; indices into the whole text. */
function* candidates(text: string): Generator<RegExpMatchArray & { index: number }> {
  const quick = new RegExp(QUICK.source, 'g');
  let searchFrom = 0;
  for (let q = quick.exec(text); q; q = quick.exec(text)) {
    const lineStart = text.lastIndexOf('\n', q.index - 1) + 1;
    if (lineStart < searchFrom) continue;
    let lineEnd = text.indexOf('\n', q.index);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    for (const m of line.matchAll(CANDIDATE)) yield Object.assign(m, { index: m.index! + lineStart });
    searchFrom = lineEnd + 1;
    quick.lastIndex = searchFrom;
  }
}

function collectNumbers(data: unknown, into: Set<number>): Set<number> {
  if (typeof data === 'number') into.add(data);
  else if (Array.isArray(data)) for (const v of data) collectNumbers(v, into);
  else if (data !== null && typeof data === 'object') for (const v of Object.values(data)) collectNumbers(v, into);
  return into;
}

/** `target: 21.000` is valid YAML (the number 21) but rarely what an Indonesian meant: a warning, with both readings. */
export const THOUSANDS_RULES = defineRules({ 'schema/number-thousands': 'warning' });

/** `schema/number-thousands` findings for the text of a plan whose data is `data`. */
export function thousandsFindings(text: string, data: unknown): RawFinding<RuleIdOf<typeof THOUSANDS_RULES>>[] {
  if (!QUICK.test(text)) return [];
  let numbers: Set<number> | undefined;
  const out: RawFinding<RuleIdOf<typeof THOUSANDS_RULES>>[] = [];
  // The candidate pattern is costly over a whole plan: run it only on the lines where QUICK matches.
  for (const m of candidates(text)) {
    const written = m[2]!;
    const meant = indonesianThousandsMeant(written);
    if (meant === undefined) continue;
    numbers ??= collectNumbers(data, new Set());
    if (!numbers.has(Number(written))) continue;
    const offset = m.index + m[1]!.length;
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const line = text.slice(0, offset).split('\n').length;
    const key = /([\w-]+)["']?:[ \t]*$/.exec(m[1]!)?.[1];
    out.push({
      ruleId: 'schema/number-thousands',
      pointer: '',
      position: { line, column: offset - lineStart + 1 },
      params: { written, read: String(Number(written)), meant: String(meant), fix: key ? `${key}: ${meant}` : String(meant) },
    });
    if (out.length >= 50) break;
  }
  return out;
}
