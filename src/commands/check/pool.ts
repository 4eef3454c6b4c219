/** The worker pool of `kemitraan check`: tasks are files (read, or by path), results the files' findings. */
import type { CheckOptions, FileResult, RuleConfig } from '../../check/engine.js';
import type { PlanInput } from '../../plan/load.js';
import { WorkerPool, workerCount as countFor } from '../worker-pool.js';
import { checkTask } from './task.js';


/** A file to check: its bytes, or where to read it (the worker reads it). */
export interface CheckTask {
  input?: PlanInput;
  path?: { file: string; cwd: string };
  config?: RuleConfig;
}
/** A file's result, or why it could not be read. */
export type TaskResult = FileResult | { file: string; readError: string };
export type CheckPoolOptions = Omit<CheckOptions, 'config'>;

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

  close(): Promise<void> {
    return this.pool.close();
  }
}
