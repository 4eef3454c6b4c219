/** The worker pool of `kemitraan check`: tasks are files (read, or by path), results the files' findings. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WorkerPool, workerCount as countFor } from '../worker-pool.js';
import { checkTask, type CheckPoolOptions, type CheckTask, type TaskResult, type WriteResult } from './task.js';


/** The worker as built: one bundle (scripts/bundle.js), which a thread loads in a fraction of the module graph's time. */
const BUNDLED_WORKER_URL = new URL('../../check-worker.cjs', import.meta.url);
const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * The executable, whose code-cache loader compiles the bundled worker (as it does the main thread's bundle): a
 * thread then deserialises what an earlier run compiled instead of parsing and compiling the bundle's functions
 * again as it first calls them (5,000 drafts: see README "Performance").
 */
const CODE_CACHE_LOADER = new URL('../../../bin/kemitraan.cjs', import.meta.url);

/** The bundled worker where it is built, unless KEMITRAAN_BUNDLE=0 asks for the unbundled modules everywhere. */
function workerUrl(env: Record<string, string | undefined>): URL {
  return env.KEMITRAAN_BUNDLE !== '0' && existsSync(fileURLToPath(BUNDLED_WORKER_URL)) ? BUNDLED_WORKER_URL : WORKER_URL;
}

/** The loader for the bundled worker, where the executable is there beside dist/ (it is, in a package). */
function codeCacheLoader(url: URL): URL | undefined {
  return url === BUNDLED_WORKER_URL && existsSync(fileURLToPath(CODE_CACHE_LOADER)) ? CODE_CACHE_LOADER : undefined;
}

export function workerCount(fileCount: number, env: Record<string, string | undefined>): number {
  return countFor(workerUrl(env), fileCount, env);
}

export class CheckPool {
  private readonly pool: WorkerPool<CheckTask, TaskResult, CheckPoolOptions>;

  /** `write`: the main thread's writer for `options.output` (the workers make their own from the spec). */
  constructor(size: number, env: Record<string, string | undefined>, options: CheckPoolOptions, write?: WriteResult) {
    // The main thread checks files too (the same task as the workers'): see worker-pool.ts.
    const url = workerUrl(env);
    const loader = codeCacheLoader(url);
    this.pool = new WorkerPool(url, size, options, { transfer: (t) => t.input?.bytes, local: (t, o) => checkTask(t, o, write), ...(loader ? { codeCacheLoader: loader } : {}) });
  }

  check(task: CheckTask): Promise<TaskResult> {
    return this.pool.run(task);
  }

  /** See WorkerPool.workersGrown. */
  get workersGrown(): boolean {
    return this.pool.workersGrown;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
