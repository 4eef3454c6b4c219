/**
 * A worker thread of `kemitraan check`: receives batches of files (bytes already read by the main thread) and
 * returns their results. The checking is the same pure engine the main thread would run.
 */
import { parentPort } from 'node:worker_threads';
import { checkInput } from '../check/engine.js';
import type { CheckBatch, CheckBatchResult } from './check-pool.js';

parentPort?.on('message', (batch: CheckBatch) => {
  let reply: CheckBatchResult;
  try {
    reply = { id: batch.id, results: batch.tasks.map((t) => checkInput(t.input, { ...batch.options, ...(t.config ? { config: t.config } : {}) })) };
  } catch (err) {
    reply = { id: batch.id, error: (err as Error)?.message ?? String(err) };
  }
  parentPort!.postMessage(reply);
});
