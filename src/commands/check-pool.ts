/**
 * Worker threads for checking many files on all cores. The main thread hands files out in batches (read, or
 * by path for the worker to read); each result comes back to the promise of its own file, so the output order is the input order
 * whatever finishes first. Used only where it pays: start-up of a worker (~100 ms of module loading) is worth
 * it from a few hundred files on.
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import type { CheckOptions, FileResult, RuleConfig } from '../check/engine.js';
import type { PlanInput } from '../plan/load.js';

/** From this many files on, check spreads the work over worker threads. */
export const WORKER_THRESHOLD = 200;
/** Files per message: enough to make messaging cheap, few enough to keep both cores busy to the end. */
const BATCH_SIZE = 16;

/** A file to check: its bytes, or where to read it (the worker reads it). */
export interface CheckTask {
  input?: PlanInput;
  path?: { file: string; cwd: string };
  config?: RuleConfig;
}
/** A file's result, or why it could not be read. */
export type TaskResult = FileResult | { file: string; readError: string };
export interface CheckBatch {
  id: number;
  options: Omit<CheckOptions, 'config'>;
  tasks: CheckTask[];
}
export type CheckBatchResult = { id: number; results: TaskResult[] } | { id: number; error: string };

interface Pending {
  task: CheckTask;
  resolve(r: TaskResult): void;
  reject(e: Error): void;
}

const WORKER_URL = new URL('./check-worker.js', import.meta.url);

/**
 * How many workers to start for `fileCount` files: KEMITRAAN_WORKERS=n decides when set (0 = none); otherwise
 * one per core from WORKER_THRESHOLD files on, none below it or where the worker module is not built (tests
 * running src/).
 */
export function workerCount(fileCount: number, env: Record<string, string | undefined>): number {
  if (!WORKER_URL.protocol.startsWith('file') || !existsSync(fileURLToPath(WORKER_URL))) return 0;
  const forced = env.KEMITRAAN_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), 16);
  if (fileCount < WORKER_THRESHOLD) return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return cores > 1 ? Math.min(cores, 8) : 0;
}

export class CheckPool {
  private readonly idle: Worker[] = [];
  private readonly workers: Worker[] = [];
  private readonly queue: Pending[] = [];
  private readonly inFlight = new Map<number, Pending[]>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(size: number, private readonly options: Omit<CheckOptions, 'config'>) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(WORKER_URL);
      w.on('message', (m: CheckBatchResult) => this.settle(w, m));
      w.on('error', (err) => this.fail(err));
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  check(task: CheckTask): Promise<TaskResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const pending = this.queue.splice(0, BATCH_SIZE);
      const id = this.nextId++;
      this.inFlight.set(id, pending);
      const batch: CheckBatch = { id, options: this.options, tasks: pending.map((p) => p.task) };
      worker.postMessage(batch, transferable(pending.map((p) => p.task.input?.bytes)));
    }
  }

  private settle(worker: Worker, m: CheckBatchResult): void {
    const pending = this.inFlight.get(m.id) ?? [];
    this.inFlight.delete(m.id);
    if ('error' in m) pending.forEach((p) => p.reject(new Error(m.error)));
    else pending.forEach((p, i) => p.resolve(m.results[i]!));
    this.idle.push(worker);
    this.dispatch();
  }

  private fail(err: Error): void {
    this.failure = err;
    for (const pending of [...this.inFlight.values(), this.queue.splice(0)]) pending.forEach((p) => p.reject(err));
    this.inFlight.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * Buffers that can be moved to the worker instead of copied: only those a file's bytes own whole. A Buffer from
 * Node's shared pool (small reads, stdin) must never be moved: that would detach every other Buffer in it.
 */
function transferable(all: (Uint8Array | undefined)[]): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const b of all) {
    if (b && b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer) out.add(b.buffer);
  }
  return [...out];
}
