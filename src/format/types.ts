import type { Lang } from '../guide/types.js';
import type { FileResult } from '../check/engine.js';
import type { StepId } from '../guide/steps.js';

export interface FormatMeta {
  lang: Lang;
  color: boolean;
  toolVersion: string;
  /** Only errors are shown (--quiet). */
  quiet: boolean;
  /** The step asked about with --stage. */
  stage?: StepId;
}

/** A formatter is a plain function: results in, text out (ESLint's model). */
export type Formatter = (results: readonly FileResult[], meta: FormatMeta) => string;

export function visibleFindings(r: FileResult, meta: FormatMeta) {
  return meta.quiet ? r.findings.filter((f) => f.severity === 'error') : r.findings;
}

export function totals(results: readonly FileResult[], meta: FormatMeta) {
  const t = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const f of visibleFindings(r, meta)) t[f.severity]++;
  return t;
}
