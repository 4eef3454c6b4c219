import { stageReadiness } from '../engine.js';
import type { FileResult } from '../engine.js';
import type { FormatMeta, StreamFormatter } from './types.js';
import { visibleFindings, whole } from './types.js';

/**
 * `JSON.stringify(value, null, 2)` nested at `depth` levels: the lines after the first are indented to match.
 * The value is stringified inside `depth` arrays, which JSON.stringify indents itself, and cut out of them: the
 * same text as re-indenting its lines (`split('\n').join(…)`), without a string per line (5,000 drafts `-f json`:
 * 3 M lines, ~40% of the formatting's time).
 */
export function nestedJson(value: unknown, depth: number): string {
  if (depth === 0) return JSON.stringify(value, null, 2);
  let wrapped: unknown = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Before the value `[\n  [\n    ` (depth² + 3·depth characters), after it `\n  ]\n]` (depth² + depth).
  return text.slice(depth * depth + 3 * depth, text.length - depth * depth - depth);
}

function fileEntry(r: FileResult, meta: FormatMeta) {
  return {
    file: r.file,
    findings: visibleFindings(r, meta),
    ...(r.summary ? { summary: r.summary } : {}),
    ...(r.reading ? { reading: r.reading } : {}),
    ...(r.summary && meta.stage ? { stage: { step: meta.stage, ...summaryStage(r.summary, meta.stage) } } : {}),
  };
}

/**
 * Machine-readable results: every finding with position and pointer, the per-step summary, totals. Written file
 * by file; the whole is what `JSON.stringify({ tool, version, files, totals }, null, 2)` would give.
 */
export const jsonStream: StreamFormatter = (meta) => ({
  head: `{\n  "tool": "kemitraan",\n  "version": ${JSON.stringify(meta.toolVersion)},\n  "files": [`,
  file: (r, index) => `${index === 0 ? '' : ','}\n    ${nestedJson(fileEntry(r, meta), 2)}`,
  between: ',',
  end: (t) => `${t.files === 0 ? '' : '\n  '}],\n  "totals": ${nestedJson(t, 1)}\n}\n`,
});

export const json = whole(jsonStream);

function summaryStage(summary: Parameters<typeof stageReadiness>[0], step: Parameters<typeof stageReadiness>[1]) {
  const { ready, pending } = stageReadiness(summary, step);
  return { ready, pending: pending.map((p) => p.step) };
}
