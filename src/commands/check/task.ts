/** One file of `kemitraan check` in a pool: what a worker thread and the main thread alike do with it. */
import { checkInput } from '../../check/engine.js';
import { readPlanInputSync } from '../../io/read.js';
import type { CheckPoolOptions, CheckTask, TaskResult } from './pool.js';

export function checkTask(t: CheckTask, options: CheckPoolOptions): TaskResult {
  const input = t.input ?? readPlanInputSync(t.path!.file, t.path!.cwd);
  if ('error' in input) return { file: input.file, readError: input.error };
  return checkInput(input, { ...options, ...(t.config ? { config: t.config } : {}) });
}
