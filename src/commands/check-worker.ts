/**
 * A worker thread of `kemitraan check`: receives batches of files — read by the main thread (with --cache, which
 * needs their bytes) or named by path, read here — and returns their results in the batch's order. The checking
 * is the same pure engine the main thread would run.
 */
import { parentPort } from 'node:worker_threads';
import { checkInput } from '../check/engine.js';
import { readPlanInputSync } from '../io/read.js';
import type { CheckBatch, CheckBatchResult, CheckTask, TaskResult } from './check-pool.js';

function runTask(t: CheckTask, batch: CheckBatch): TaskResult {
  const input = t.input ?? readPlanInputSync(t.path!.file, t.path!.cwd);
  if ('error' in input) return { file: input.file, readError: input.error };
  return checkInput(input, { ...batch.options, ...(t.config ? { config: t.config } : {}) });
}

parentPort?.on('message', (batch: CheckBatch) => {
  let reply: CheckBatchResult;
  try {
    reply = { id: batch.id, results: batch.tasks.map((t) => runTask(t, batch)) };
  } catch (err) {
    reply = { id: batch.id, error: (err as Error)?.message ?? String(err) };
  }
  parentPort!.postMessage(reply);
});
