/**
 * A worker thread of `kemitraan check`: receives batches of files — read by the main thread (with --cache, which
 * needs their bytes) or named by path, read here — and returns their results in the batch's order. The checking
 * is the same pure engine the main thread runs on the batches it takes itself (task.ts).
 */
import type { CheckPoolOptions, CheckTask, TaskResult } from './task.js';
import { serveBatches } from '../worker-pool.js';
import { checkTask } from './task.js';

serveBatches<CheckTask, TaskResult, CheckPoolOptions>(checkTask);
