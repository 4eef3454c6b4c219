/** From this many files on, work is spread over worker threads (worker-pool.ts); below it one thread is faster. */
export const WORKER_THRESHOLD = 200;

/**
 * From this many files on, V8 runs with lean tiering (lean-tiering.ts), workers or not: even ten drafts make it
 * optimise the reader and the rules, and loading node:v8 to set the flags costs ~18 M instructions against ~140 M
 * saved (valgrind, 10 drafts on one thread: 1.09 → 0.94 G; 50: 1.77 → 1.49 G; 50 valid plans −9%; 199: −8%, −13%).
 */
export const LEAN_TIERING_FROM = 10;
