/**
 * A worker thread of `kemitraan check`: receives batches of files — read by the main thread (with --cache, which
 * needs their bytes) or named by path, read here — and returns their results in the batch's order. The checking
 * is the same pure engine the main thread would run.
 */
import { checkInput } from '../../check/engine.js';
import { readPlanInputSync } from '../../io/read.js';
import type { CheckPoolOptions, CheckTask, TaskResult } from './pool.js';
import { serveBatches } from '../worker-pool.js';

serveBatches<CheckTask, TaskResult, CheckPoolOptions>((t, options) => {
  const input = t.input ?? readPlanInputSync(t.path!.file, t.path!.cwd);
  if ('error' in input) return { file: input.file, readError: input.error };
  return checkInput(input, { ...options, ...(t.config ? { config: t.config } : {}) });
});
