/** From this many files on, work is spread over worker threads (worker-pool.ts); below it one thread is faster. */
export const WORKER_THRESHOLD = 200;
