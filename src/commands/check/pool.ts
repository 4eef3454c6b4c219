/** The worker pool of `kemitraan check`: tasks are files (read, or by path), results the files' findings. */
import { WorkerPool, workerCount as countFor } from '../worker-pool.js';
import { checkTask, type CheckPoolOptions, type CheckTask, type TaskResult, type WriteResult } from './task.js';


const WORKER_URL = new URL('./worker.js', import.meta.url);

export function workerCount(fileCount: number, env: Record<string, string | undefined>): number {
  return countFor(WORKER_URL, fileCount, env);
}

export class CheckPool {
  private readonly pool: WorkerPool<CheckTask, TaskResult, CheckPoolOptions>;

  /** `write`: the main thread's writer for `options.output` (the workers make their own from the spec). */
  constructor(size: number, options: CheckPoolOptions, write?: WriteResult) {
    // The main thread checks files too (the same task as the workers'): see worker-pool.ts.
    this.pool = new WorkerPool(WORKER_URL, size, options, { transfer: (t) => t.input?.bytes, local: (t, o) => checkTask(t, o, write) });
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
