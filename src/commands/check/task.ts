/** One file of `kemitraan check` in a pool: what a worker thread and the main thread alike do with it. */
import { checkInput, type CheckOptions, type FileResult, type RuleConfig } from '../../check/engine.js';
import { readPlanInputSync } from '../../io/read.js';
import type { PlanInput } from '../../plan/load.js';

/** A file to check: its bytes, or where to read it (the worker reads it). */
export interface CheckTask {
  input?: PlanInput;
  path?: { file: string; cwd: string };
  config?: RuleConfig;
}
/** A file's result, or why it could not be read. */
export type TaskResult = FileResult | { file: string; readError: string };
export type CheckPoolOptions = Omit<CheckOptions, 'config'>;

export function checkTask(t: CheckTask, options: CheckPoolOptions): TaskResult {
  const input = t.input ?? readPlanInputSync(t.path!.file, t.path!.cwd);
  if ('error' in input) return { file: input.file, readError: input.error };
  return checkInput(input, { ...options, ...(t.config ? { config: t.config } : {}) });
}
