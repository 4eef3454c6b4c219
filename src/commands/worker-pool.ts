/**
 * Worker threads for commands that process many files on all cores. The main thread hands tasks out in
 * batches; each result comes back to the promise of its own task, so output order is input order whatever
 * finishes first. Used only where it pays: starting a worker (~100 ms of module loading) is worth it from a few
 * hundred files on. The worker side is `serveBatches`.
 */
import { Worker, parentPort } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

import { WORKER_THRESHOLD } from './parallel.js';

export { WORKER_THRESHOLD };
/** Tasks per message: enough to make messaging cheap, few enough to keep both cores busy to the end. */
const BATCH_SIZE = 16;

interface Batch<TTask, TOptions> {
  id: number;
  options: TOptions;
  tasks: TTask[];
}
type BatchResult<TResult> = { id: number; results: TResult[] } | { id: number; error: string };

interface Pending<TTask, TResult> {
  task: TTask;
  resolve(r: TResult): void;
  reject(e: Error): void;
}

/**
 * How many workers to start for `fileCount` files: KEMITRAAN_WORKERS=n decides when set (0 = none); otherwise
 * one per core from WORKER_THRESHOLD files on, none below it or where the worker module is not built (tests
 * running src/).
 */
export function workerCount(workerUrl: URL, fileCount: number, env: Record<string, string | undefined>): number {
  if (!workerUrl.protocol.startsWith('file') || !existsSync(fileURLToPath(workerUrl))) return 0;
  const forced = env.KEMITRAAN_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), 16);
  if (fileCount < WORKER_THRESHOLD) return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return cores > 1 ? Math.min(cores, 8) : 0;
}

/**
 * A small young generation makes each worker collect its short-lived garbage (parsed plans) often instead of
 * growing: about 50 MB less per worker at a few percent of speed. The old generation is left unlimited, so a
 * large plan can never run a worker out of memory.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

export class WorkerPool<TTask, TResult, TOptions> {
  private readonly idle: Worker[] = [];
  private readonly workers: Worker[] = [];
  private readonly queue: Pending<TTask, TResult>[] = [];
  private readonly inFlight = new Map<number, Pending<TTask, TResult>[]>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(
    workerUrl: URL,
    size: number,
    private readonly options: TOptions,
    /** Buffers of a task that can be moved to the worker instead of copied. */
    private readonly transfer: (task: TTask) => Uint8Array | undefined = () => undefined,
  ) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(workerUrl, { resourceLimits: WORKER_LIMITS });
      w.on('message', (m: BatchResult<TResult>) => this.settle(w, m));
      w.on('error', (err) => this.fail(err));
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  run(task: TTask): Promise<TResult> {
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
      const batch: Batch<TTask, TOptions> = { id, options: this.options, tasks: pending.map((p) => p.task) };
      worker.postMessage(batch, transferable(pending.map((p) => this.transfer(p.task))));
    }
  }

  private settle(worker: Worker, m: BatchResult<TResult>): void {
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

/** The worker side: answers each batch with its tasks' results, in order. */
export function serveBatches<TTask, TResult, TOptions>(handle: (task: TTask, options: TOptions) => TResult): void {
  parentPort?.on('message', (batch: Batch<TTask, TOptions>) => {
    let reply: BatchResult<TResult>;
    try {
      reply = { id: batch.id, results: batch.tasks.map((t) => handle(t, batch.options)) };
    } catch (err) {
      reply = { id: batch.id, error: (err as Error)?.message ?? String(err) };
    }
    parentPort!.postMessage(reply);
  });
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
