/** One file of `kemitraan check` in a pool: what a worker thread and the main thread alike do with it. */
import { checkInput, type CheckOptions, type FileResult, type RuleConfig } from '../../check/engine.js';
import { readPlanInputSync } from '../../io/read.js';
import type { PlanInput } from '../../plan/load.js';
import { fingerprint } from './fingerprint.js';

/** A file to check: its bytes, or where to read it (the worker reads it). */
export interface CheckTask {
  input?: PlanInput;
  path?: { file: string; cwd: string };
  config?: RuleConfig;
  /** Return the checksum of the bytes read (`check --cache`: were they the bytes the cache key was made of?). */
  fingerprint?: boolean;
}
/** A file's result (with the checksum of its bytes when asked), or why it could not be read. */
export type TaskResult = (FileResult & { fingerprint?: number }) | { file: string; readError: string };
export type CheckPoolOptions = Omit<CheckOptions, 'config'>;

export function checkTask(t: CheckTask, options: CheckPoolOptions): TaskResult {
  const input = t.input ?? readPlanInputSync(t.path!.file, t.path!.cwd);
  if ('error' in input) return { file: input.file, readError: input.error };
  const result = checkInput(input, { ...options, ...(t.config ? { config: t.config } : {}) });
  return t.fingerprint ? { ...result, fingerprint: fingerprint(input) } : result;
}
