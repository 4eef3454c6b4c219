/**
 * `contact: { name: dr. Andi, M.Kes, position: Camat }`: inside `{ … }` on one line a comma ends a value, so
 * YAML reads "M.Kes" as a field of its own (with no value) and the schema calls it unknown. The person wrote a
 * title with a comma; the fix is quotes around the whole value. This turns such an "unknown field" finding into
 * one that says so and shows the line with the quotes added. Pure: findings and the loaded text in, findings out.
 */
import type { RawFinding } from '../plan/findings.js';
import { defineRules, type RuleIdOf } from '../plan/rule-set.js';
import type { SchemaFinding } from './schema.js';
import { parsePointer } from '../plan/findings.js';
import type { LoadedPlan } from '../plan/load.js';

function valueAt(data: unknown, pointer: string): unknown {
  let v = data;
  for (const seg of parsePointer(pointer)) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, seg)) return undefined;
    v = (v as Record<string, unknown>)[seg];
  }
  return v;
}

/** The line with the value that the comma split put in quotes, or undefined when the line is not that case. */
export function quoteSplitValue(line: string, column: number): string | undefined {
  const at = column - 1;
  const before = line.slice(0, at);
  if (!/,\s*$/.test(before) || !before.includes('{')) return undefined;
  // The field whose value the comma cut: the last `key: ` after `{` or `,` before the stray word.
  let valueStart = -1;
  for (const m of before.matchAll(/([{,]\s*)([\w-]+):\s+/g)) valueStart = m.index + m[0].length;
  if (valueStart < 0) return undefined;
  // The value runs on to the next `, key: ` or the closing brace.
  const rest = line.slice(at);
  const end = /,\s*[\w-]+:\s|\s*}/.exec(rest);
  if (!end) return undefined;
  const valueEnd = at + end.index;
  const value = line.slice(valueStart, valueEnd).trim();
  if (value === '' || /^["']/.test(value) || value.includes(': ')) return undefined;
  return `${line.slice(0, valueStart)}"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"${line.slice(valueEnd)}`;
}

/** An unknown field that is the cut-off half of a value with a comma: said as such, with the fixed line. */
export const FLOW_COMMA_RULES = defineRules({ 'schema/flow-comma': 'error' });

type Explained = SchemaFinding | RawFinding<RuleIdOf<typeof FLOW_COMMA_RULES>>;

export function explainFlowCommas(raw: readonly SchemaFinding[], loaded: Pick<LoadedPlan, 'data' | 'text' | 'locate'>): Explained[] {
  if (!raw.some((r) => r.ruleId === 'schema/additional-property')) return [...raw];
  const lines = loaded.text.split('\n');
  const fixedLines = new Set<number>();
  const out: Explained[] = [];
  for (const r of raw) {
    if (r.ruleId !== 'schema/additional-property' || valueAt(loaded.data, r.pointer) !== null) {
      out.push(r);
      continue;
    }
    const pos = loaded.locate(r.pointer, 'key');
    const fixed = quoteSplitValue((lines[pos.line - 1] ?? '').replace(/\r$/, ''), pos.column);
    if (fixed === undefined) {
      out.push(r);
      continue;
    }
    // "S.Kep, Ns, M.Kes" splits twice: one finding for the line.
    if (fixedLines.has(pos.line)) continue;
    fixedLines.add(pos.line);
    out.push({ ruleId: 'schema/flow-comma', pointer: r.pointer, position: pos, params: { property: String(r.params?.property ?? ''), fixed: fixed.trim() } });
  }
  return out;
}
