/** The worker pool of `kemitraan check`: tasks are files (read, or by path), results the files' findings. */
import { WorkerPool, workerCount as countFor } from '../worker-pool.js';
import { checkTask, type CheckPoolOptions, type CheckTask, type TaskResult } from './task.js';


const WORKER_URL = new URL('./worker.js', import.meta.url);

export function workerCount(fileCount: number, env: Record<string, string | undefined>): number {
  return countFor(WORKER_URL, fileCount, env);
}

export class CheckPool {
  private readonly pool: WorkerPool<CheckTask, TaskResult, CheckPoolOptions>;

  constructor(size: number, options: CheckPoolOptions) {
    // The main thread checks files too (the same task as the workers'): see worker-pool.ts.
    this.pool = new WorkerPool(WORKER_URL, size, options, { transfer: (t) => t.input?.bytes, local: checkTask });
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
