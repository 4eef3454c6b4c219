import type { Lang } from '../../guide/types.js';
import type { RuleId, Severity } from '../../guide/messages/rules.js';
import type { FileResult } from '../engine.js';
import type { StepId } from '../../guide/steps.js';

export interface FormatMeta {
  lang: Lang;
  color: boolean;
  toolVersion: string;
  /** Every rule's default severity (src/commands/rules.ts joins the declarations): SARIF lists them all. */
  rules: Readonly<Record<RuleId, Severity>>;
  /** Only errors are shown (--quiet). */
  quiet: boolean;
  /** The step asked about with --stage. */
  stage?: StepId;
  /** The terminal's width: human formats wrap their lines within it (absent: no wrapping). */
  width?: number;
}

/** A formatter is a plain function: results in, text out (ESLint's model). */
export type Formatter = (results: readonly FileResult[], meta: FormatMeta) => string;

export interface Totals {
  error: number;
  warning: number;
  info: number;
  files: number;
}

/** One run of a streaming formatter: its head, each file's part in input order, and the end. */
export interface FormatStream {
  head: string;
  file(result: FileResult, index: number): string;
  end(totals: Totals): string;
  /**
   * Set by a format whose part for a file depends on nothing but that file's result and whether it is the first
   * part written: `file(r, i)` is `between + file(r, 0)` for every `i > 0`. Such a part can be written where the
   * file was checked (a worker thread) and handed over as text instead of the result.
   */
  between?: string;
  /**
   * False when no file's part shows its per-step summary or reading in this run (stylish over many files,
   * GitHub annotations): check then need not make them.
   */
  summaries?: boolean;
}

/**
 * A formatter in parts, so `check` can write each file's output as soon as it is its turn and keep only the
 * counts: thousands of files' findings are never all in memory. Concatenated, the parts are exactly the whole
 * formatter's output.
 */
export type StreamFormatter = (meta: FormatMeta, fileCount: number) => FormatStream;

export function whole(stream: StreamFormatter): Formatter {
  return (results, meta) => {
    const s = stream(meta, results.length);
    let out = s.head;
    results.forEach((r, i) => {
      out += s.file(r, i);
    });
    return out + s.end(totals(results, meta));
  };
}

/** For a format whose beginning depends on everything (JUnit's totals): results are kept until the end. */
export function buffered(formatter: Formatter): StreamFormatter {
  return (meta) => {
    const kept: FileResult[] = [];
    return {
      head: '',
      file: (r) => {
        kept.push(r);
        return '';
      },
      end: () => formatter(kept, meta),
    };
  };
}

export function visibleFindings(r: FileResult, meta: FormatMeta) {
  return meta.quiet ? r.findings.filter((f) => f.severity === 'error') : r.findings;
}

export function addTotals(t: Totals, r: FileResult, meta: FormatMeta): Totals {
  for (const f of visibleFindings(r, meta)) t[f.severity]++;
  t.files++;
  return t;
}

export function totals(results: readonly FileResult[], meta: FormatMeta): Totals {
  const t: Totals = { error: 0, warning: 0, info: 0, files: 0 };
  for (const r of results) addTotals(t, r, meta);
  return t;
}
