/** One file of `kemitraan check` in a pool: what a worker thread and the main thread alike do with it. */
import { checkInput, fileOutcome, type CheckOptions, type FileOutcome, type FileResult, type RuleConfig } from '../../check/engine.js';
import { readPlanInputSync } from '../../io/read.js';
import type { PlanInput } from '../../plan/load.js';
import type { Severity } from '../../guide/messages/rules.js';
import { loadCheckFormatter, type CheckFormat } from '../../check/format/index.js';
import { addTotals, type FormatMeta, type FormatStream } from '../../check/format/types.js';
import { RULE_SEVERITIES } from '../rules.js';
import { toolVersion } from '../version.js';
import { fingerprint } from './fingerprint.js';

/** A file to check: its bytes, or where to read it (the worker reads it). */
export interface CheckTask {
  input?: PlanInput;
  path?: { file: string; cwd: string };
  config?: RuleConfig;
  /** Return the checksum of the bytes read (`check --cache`: were they the bytes the cache key was made of?). */
  fingerprint?: boolean;
}

/**
 * How files' output is written where they are checked, for the formats that allow it (FormatStream's
 * `between`): their results then come back as text (WrittenResult), which costs a fraction of copying a
 * result's findings, summary and reading from a worker thread to the main thread (5,000 drafts: 70 MB of
 * structured clone, read back into objects only to be written out).
 */
export interface OutputSpec {
  format: CheckFormat;
  /** The run's format settings; the rule list and the version are found where the writing happens. */
  meta: Omit<FormatMeta, 'rules' | 'toolVersion'>;
  fileCount: number;
  failOn: Severity;
}

/** A file's output as text, with what the run keeps of it. */
export interface WrittenResult extends FileOutcome {
  file: string;
  /** The file's part as the first one written (`stream.file(result, 0)`); `between` goes before every later one. */
  written: string;
  /** Shown findings by severity (the totals' share of this file). */
  counts: Record<Severity, number>;
}

/** A file's result (with the checksum of its bytes when asked), written or whole, or why it could not be read. */
export type TaskResult = (FileResult & { fingerprint?: number }) | WrittenResult | { file: string; readError: string };
export type CheckPoolOptions = Omit<CheckOptions, 'config'> & { output?: OutputSpec };
export type WriteResult = (r: FileResult) => WrittenResult;

/** Checks one file; its result comes back written when the run writes where it checks and nothing else needs it. */
export function checkTask(t: CheckTask, options: CheckPoolOptions, write?: WriteResult): TaskResult {
  const input = t.input ?? readPlanInputSync(t.path!.file, t.path!.cwd);
  if ('error' in input) return { file: input.file, readError: input.error };
  const r = checkInput(input, { lang: options.lang, today: options.today, ...(options.summary === false ? { summary: false } : {}), ...(t.config ? { config: t.config } : {}) });
  if (t.fingerprint) return { ...r, fingerprint: fingerprint(input) };
  // An assessment file, or a plan naming assessments, gets more findings on the main thread (it reads those files).
  return write && r.kind === undefined && !r.assessments ? write(r) : r;
}

/** The writer of a run's stream: the same text the main thread would write, and the file's counts and outcome. */
export function resultWriter(stream: FormatStream, meta: FormatMeta, failOn: Severity): WriteResult {
  return (r) => {
    const { error, warning, info } = addTotals({ error: 0, warning: 0, info: 0, files: 0 }, r, meta);
    return { file: r.file, written: stream.file(r, 0), counts: { error, warning, info }, ...fileOutcome(r, failOn, meta.stage) };
  };
}

/** A worker's writer for the run's output spec: the format loaded and its stream made as the main thread did. */
export async function outputWriter(spec: OutputSpec): Promise<WriteResult> {
  const meta: FormatMeta = { ...spec.meta, rules: RULE_SEVERITIES, get toolVersion() { return toolVersion(); } };
  return resultWriter((await loadCheckFormatter(spec.format))(meta, spec.fileCount), meta, spec.failOn);
}
