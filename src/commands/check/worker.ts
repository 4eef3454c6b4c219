/**
 * A worker thread of `kemitraan check`: receives batches of files — read by the main thread (with --cache, which
 * needs their bytes) or named by path, read here — and returns their results in the batch's order: written as
 * text when the run's format allows it (task.ts), else whole. The checking is the same pure engine the main
 * thread runs on the batches it takes itself.
 */
import type { CheckPoolOptions, CheckTask, TaskResult } from './task.js';
import { serveBatches } from '../worker-pool.js';
import { checkTask, outputWriter } from './task.js';

serveBatches<CheckTask, TaskResult, CheckPoolOptions>(undefined, async (options) => {
  const write = options.output ? await outputWriter(options.output) : undefined;
  return (task) => checkTask(task, options, write);
});
