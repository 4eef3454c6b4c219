/**
 * Worker threads for commands that process many files on all cores. The main thread hands tasks out in
 * batches, and — given the same handler the workers run — takes batches itself between handing out and
 * writing, so one core needs no worker: every worker is one more isolate that loads, compiles and optimises
 * everything again and holds its own heap (~45 MB). Each result comes back to the promise of its own task, so
 * output order is input order whatever finishes first. Used only where it pays: starting a worker (~100 ms of
 * module loading) is worth it from a few hundred files on. The worker side is `serveBatches`.
 */
import { Worker, parentPort } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import v8 from 'node:v8';

import { WORKER_THRESHOLD } from './parallel.js';

export { WORKER_THRESHOLD };
/** Tasks per message: enough to make messaging cheap, few enough to keep both cores busy to the end. */
const BATCH_SIZE = 16;
/** Batches a worker holds at once: the next one is there when it finishes, while the main thread is busy. */
const BATCHES_IN_FLIGHT = 2;
/** Tasks the main thread takes at a time: short, so that it answers the workers and writes output between. */
const LOCAL_BATCH_SIZE = 8;

interface Batch<TTask, TOptions> {
  id: number;
  options: TOptions;
  tasks: TTask[];
}
/** `grown`: the worker's young generation has reached its limit (sent once; see youngGenerationGrown). */
type BatchResult<TResult> = { id: number; results: TResult[]; grown?: true } | { id: number; error: string };

interface Pending<TTask, TResult> {
  task: TTask;
  resolve(r: TResult): void;
  reject(e: Error): void;
}

/**
 * The executable, whose code-cache loader (`loadCachedBundle`) compiles a bundled worker as it does the main
 * thread's bundle: a thread then deserialises what an earlier run compiled instead of parsing and compiling the
 * bundle's functions again as it first calls them (README "Performance").
 */
const CODE_CACHE_LOADER = new URL('../../bin/kemitraan.cjs', import.meta.url);

/** Where a pool's workers come from, and the loader that compiles them (absent: Node's own). */
export interface WorkerEntry {
  url: URL;
  codeCacheLoader?: URL;
}

/**
 * A command's worker: its bundle (scripts/bundle.js) where built, through the executable's code-cache loader
 * where that is beside dist/ (it is, in a package); the module (`dist/commands/…/worker.js`) where the bundle is
 * not built or KEMITRAAN_BUNDLE=0 asks for the unbundled modules everywhere.
 */
export function workerEntry(bundle: URL, module: URL, env: Record<string, string | undefined>): WorkerEntry {
  if (env.KEMITRAAN_BUNDLE === '0' || !existsSync(fileURLToPath(bundle))) return { url: module };
  return existsSync(fileURLToPath(CODE_CACHE_LOADER)) ? { url: bundle, codeCacheLoader: CODE_CACHE_LOADER } : { url: bundle };
}

/**
 * How many workers to start for `fileCount` files: KEMITRAAN_WORKERS=n decides when set (0 = none); otherwise
 * one per core besides the main thread's (which checks too) from WORKER_THRESHOLD files on, none below it or
 * where the worker module is not built (tests running src/).
 */
export function workerCount(workerUrl: URL, fileCount: number, env: Record<string, string | undefined>): number {
  if (!workerUrl.protocol.startsWith('file') || !existsSync(fileURLToPath(workerUrl))) return 0;
  const forced = env.KEMITRAAN_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), 16);
  if (fileCount < WORKER_THRESHOLD) return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.min(cores - 1, 7);
}

/**
 * A small young generation makes each worker collect its short-lived garbage (parsed plans) often instead of
 * growing: about 50 MB less per worker at a few percent of speed. The old generation is left unlimited, so a
 * large plan can never run a worker out of memory.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

export interface WorkerPoolSettings<TTask, TResult, TOptions> {
  /** Buffers of a task that can be moved to the worker instead of copied. */
  transfer?: (task: TTask) => Uint8Array | undefined;
  /** The workers' handler, run on the main thread too (absent: the main thread only hands tasks out). */
  local?: (task: TTask, options: TOptions) => TResult;
  /**
   * The worker is a bundle (a CommonJS file with a build id): each thread compiles it through this code-cache
   * loader (bin/kemitraan.cjs, `loadCachedBundle`) instead of Node's loader, so that it reuses what an earlier
   * run compiled — the cache beside the bundle, `<bundle>.v8cache`, written when the pool closes if it was
   * missing or did not match.
   */
  codeCacheLoader?: URL;
}

/** The messages of a code-cached worker's own (not a batch): the pool asks it to save its cache at the end. */
const SAVE_CODE_CACHE = 'kemitraan:save-code-cache';
const CODE_CACHE_SAVED = 'kemitraan:code-cache-saved';
/** How long closing waits for a worker to write its code cache: a cache not written costs speed, never a hang. */
const SAVE_CODE_CACHE_TIMEOUT_MS = 5_000;

/**
 * A worker thread's first code when the worker bundle is started through the code-cache loader. It runs as
 * CommonJS (`eval: true`); requiring the executable only defines its parts (it starts only as the main module).
 */
const CODE_CACHED_WORKER = `'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const started = require(workerData.loader).loadCachedBundle(workerData.bundle);
if (started === undefined) throw new Error('cannot read ' + workerData.bundle);
parentPort.on('message', (m) => {
  if (m !== ${JSON.stringify(SAVE_CODE_CACHE)}) return;
  started.saveCache();
  parentPort.postMessage(${JSON.stringify(CODE_CACHE_SAVED)});
});
`;

export class WorkerPool<TTask, TResult, TOptions> {
  private readonly workers: Worker[] = [];
  /** Batches each worker holds. */
  private readonly load = new Map<Worker, number>();
  private readonly queue: Pending<TTask, TResult>[] = [];
  private readonly inFlight = new Map<number, Pending<TTask, TResult>[]>();
  private nextId = 0;
  /** Workers whose young generation has grown to its limit. */
  private readonly grown = new Set<Worker>();
  private failure: Error | undefined;
  private localScheduled = false;
  private readonly transfer: (task: TTask) => Uint8Array | undefined;
  private readonly local: ((task: TTask, options: TOptions) => TResult) | undefined;
  private readonly codeCached: boolean;
  private readonly exited = new Set<Worker>();

  constructor(workerUrl: URL, size: number, private readonly options: TOptions, settings: WorkerPoolSettings<TTask, TResult, TOptions> = {}) {
    this.transfer = settings.transfer ?? (() => undefined);
    this.local = settings.local;
    this.codeCached = settings.codeCacheLoader !== undefined;
    for (let i = 0; i < size; i++) {
      const w = settings.codeCacheLoader
        ? new Worker(CODE_CACHED_WORKER, { eval: true, workerData: { loader: fileURLToPath(settings.codeCacheLoader), bundle: fileURLToPath(workerUrl) }, resourceLimits: WORKER_LIMITS })
        : new Worker(workerUrl, { resourceLimits: WORKER_LIMITS });
      w.on('message', (m: BatchResult<TResult> | typeof CODE_CACHE_SAVED) => {
        if (typeof m !== 'string') this.settle(w, m);
      });
      w.on('error', (err) => this.fail(err));
      w.on('exit', () => this.exited.add(w));
      this.workers.push(w);
      this.load.set(w, 0);
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
    for (let held = 0; held < BATCHES_IN_FLIGHT && this.queue.length > 0; held++) {
      for (const worker of this.workers) {
        if (this.queue.length === 0) break;
        if (this.load.get(worker)! > held) continue;
        const pending = this.queue.splice(0, BATCH_SIZE);
        const id = this.nextId++;
        this.inFlight.set(id, pending);
        this.load.set(worker, held + 1);
        const batch: Batch<TTask, TOptions> = { id, options: this.options, tasks: pending.map((p) => p.task) };
        worker.postMessage(batch, transferable(pending.map((p) => this.transfer(p.task))));
      }
    }
    // What the workers cannot take yet, the main thread does — after the events already waiting (results to
    // hand on, output to write), so that it never keeps the workers waiting long.
    if (this.local && this.queue.length > 0 && !this.localScheduled && !this.failure) {
      this.localScheduled = true;
      setImmediate(() => this.runLocal());
    }
  }

  private runLocal(): void {
    this.localScheduled = false;
    for (const p of this.queue.splice(0, LOCAL_BATCH_SIZE)) {
      try {
        p.resolve(this.local!(p.task, this.options));
      } catch (err) {
        p.reject(err as Error);
      }
    }
    this.dispatch();
  }

  /**
   * Every worker's young generation has grown to its limit: V8's growth factor may be changed without holding a
   * worker below its own size (see check/young-generation.ts).
   */
  get workersGrown(): boolean {
    return this.grown.size === this.workers.length;
  }

  private settle(worker: Worker, m: BatchResult<TResult>): void {
    if ('grown' in m) this.grown.add(worker);
    const pending = this.inFlight.get(m.id) ?? [];
    this.inFlight.delete(m.id);
    if ('error' in m) pending.forEach((p) => p.reject(new Error(m.error)));
    else pending.forEach((p, i) => p.resolve(m.results[i]!));
    this.load.set(worker, this.load.get(worker)! - 1);
    this.dispatch();
  }

  private fail(err: Error): void {
    this.failure = err;
    for (const pending of [...this.inFlight.values(), this.queue.splice(0)]) pending.forEach((p) => p.reject(err));
    this.inFlight.clear();
  }

  /** Ends the workers; code-cached ones first write their cache where it was missing or stale. */
  async close(): Promise<void> {
    if (this.codeCached && !this.failure) await Promise.all(this.workers.map((w) => this.saveCodeCache(w)));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** Asks an idle worker to write its code cache (a no-op for a cache it could use) and waits for it, or not long. */
  private saveCodeCache(w: Worker): Promise<void> {
    if (this.exited.has(w)) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        w.off('message', saved);
        w.off('exit', done);
        resolve();
      };
      const saved = (m: unknown) => {
        if (m === CODE_CACHE_SAVED) done();
      };
      const timer = setTimeout(done, SAVE_CODE_CACHE_TIMEOUT_MS);
      w.on('message', saved);
      w.on('exit', done);
      w.postMessage(SAVE_CODE_CACHE);
    });
  }
}

/** Batches after which a worker counts as grown even if its young generation never reads as full. */
const GROWN_AFTER_BATCHES = 16;

/** Whether this worker's young generation has reached its limit (WORKER_LIMITS), or has had time to. */
function youngGenerationGrown(batches: number): boolean {
  if (batches >= GROWN_AFTER_BATCHES) return true;
  const newSpace = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  return newSpace !== undefined && newSpace.space_size >= WORKER_LIMITS.maxYoungGenerationSizeMb * 1024 * 1024;
}

/**
 * The worker side: answers each batch with its tasks' results, in order. `prepare`, when given, makes the
 * handler from the pool's options once, at the first batch (a pool's options are the same for every batch), for
 * what must be loaded first — batches that arrive meanwhile wait for it, and are still answered in order.
 */
export function serveBatches<TTask, TResult, TOptions>(handle: (task: TTask, options: TOptions) => TResult): void;
export function serveBatches<TTask, TResult, TOptions>(handle: undefined, prepare: (options: TOptions) => Promise<(task: TTask) => TResult>): void;
export function serveBatches<TTask, TResult, TOptions>(handle: ((task: TTask, options: TOptions) => TResult) | undefined, prepare?: (options: TOptions) => Promise<(task: TTask) => TResult>): void {
  let prepared: Promise<(task: TTask) => TResult> | undefined;
  let batches = 0;
  let grown = false;
  const answer = (batch: Batch<TTask, TOptions>, run: (task: TTask) => TResult) => {
    let reply: BatchResult<TResult>;
    try {
      reply = { id: batch.id, results: batch.tasks.map(run) };
      if (!grown && youngGenerationGrown(++batches)) {
        grown = true;
        reply.grown = true;
      }
    } catch (err) {
      reply = { id: batch.id, error: (err as Error)?.message ?? String(err) };
    }
    parentPort!.postMessage(reply);
  };
  parentPort?.on('message', (batch: Batch<TTask, TOptions> | string) => {
    // A string is the code-cache loader's (the pool asking it to save its cache), not a batch.
    if (typeof batch === 'string') return;
    if (handle) return answer(batch, (t) => handle(t, batch.options));
    prepared ??= prepare!(batch.options);
    prepared.then((run) => answer(batch, run), (err: unknown) => parentPort!.postMessage({ id: batch.id, error: (err as Error)?.message ?? String(err) }));
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
