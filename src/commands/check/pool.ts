/** The worker pool of `kemitraan check`: tasks are files (read, or by path), results the files' findings. */
import { WorkerPool, workerCount as countFor, workerEntry } from '../worker-pool.js';
import { checkTask, type CheckPoolOptions, type CheckTask, type TaskResult, type WriteResult } from './task.js';

/** The worker as built: one bundle (scripts/bundle.js), which a thread loads in a fraction of the module graph's time. */
const BUNDLED_WORKER_URL = new URL('../../check-worker.cjs', import.meta.url);
const WORKER_URL = new URL('./worker.js', import.meta.url);

export function workerCount(fileCount: number, env: Record<string, string | undefined>): number {
  return countFor(workerEntry(BUNDLED_WORKER_URL, WORKER_URL, env).url, fileCount, env);
}

export class CheckPool {
  private readonly pool: WorkerPool<CheckTask, TaskResult, CheckPoolOptions>;

  /** `write`: the main thread's writer for `options.output` (the workers make their own from the spec). */
  constructor(size: number, env: Record<string, string | undefined>, options: CheckPoolOptions, write?: WriteResult) {
    // The main thread checks files too (the same task as the workers'): see worker-pool.ts.
    const { url, codeCacheLoader } = workerEntry(BUNDLED_WORKER_URL, WORKER_URL, env);
    this.pool = new WorkerPool(url, size, options, { transfer: (t) => t.input?.bytes, local: (t, o) => checkTask(t, o, write), ...(codeCacheLoader ? { codeCacheLoader } : {}) });
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
