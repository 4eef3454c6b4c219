import { stageReadiness } from '../check/engine.js';
import type { Formatter } from './types.js';
import { totals, visibleFindings } from './types.js';

/** Machine-readable results: every finding with position and pointer, the per-step summary, totals. */
export const json: Formatter = (results, meta) => {
  const files = results.map((r) => ({
    file: r.file,
    findings: visibleFindings(r, meta),
    ...(r.summary ? { summary: r.summary } : {}),
    ...(r.summary && meta.stage ? { stage: { step: meta.stage, ...summaryStage(r.summary, meta.stage) } } : {}),
  }));
  return JSON.stringify({ tool: 'kemitraan', version: meta.toolVersion, files, totals: totals(results, meta) }, null, 2) + '\n';
};

function summaryStage(summary: Parameters<typeof stageReadiness>[0], step: Parameters<typeof stageReadiness>[1]) {
  const { ready, pending } = stageReadiness(summary, step);
  return { ready, pending: pending.map((p) => p.step) };
}
