/**
 * check's and report's worker threads run from one bundle each where built (dist/check-worker.cjs,
 * dist/report-worker.cjs; scripts/bundle.js), compiled through the executable's code-cache loader, which a
 * thread loads in a fraction of the module graph's time; their answers are the module workers', byte for byte.
 * (test/check-cli.test.ts runs the binary, and so this bundle, against checking in one thread.)
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { WorkerPool } from '../src/commands/worker-pool.js';
import { outputWriter, type CheckPoolOptions, type CheckTask, type TaskResult } from '../src/commands/check/task.js';
import { EXAMPLES, ROOT } from './helpers/cli.js';
import type { ReportTask, ReportTaskOptions, ReportTaskResult } from '../src/commands/report/plan.js';

const BUNDLED = new URL('../dist/check-worker.cjs', import.meta.url);
const REPORT_BUNDLED = new URL('../dist/report-worker.cjs', import.meta.url);
const REPORT_MODULES = new URL('../dist/commands/report/worker.js', import.meta.url);
const LOADER = new URL('../bin/kemitraan.cjs', import.meta.url);
const MODULES = new URL('../dist/commands/check/worker.js', import.meta.url);

async function answers(worker: URL, options: CheckPoolOptions, tasks: CheckTask[]): Promise<TaskResult[]> {
  const pool = new WorkerPool<CheckTask, TaskResult, CheckPoolOptions>(worker, 1, options);
  try {
    return await Promise.all(tasks.map((t) => pool.run(t)));
  } finally {
    await pool.close();
  }
}

describe('the bundled check worker', () => {
  test('is built', () => {
    expect(existsSync(fileURLToPath(BUNDLED))).toBe(true);
  });

  test('answers as the module worker does: whole results, and written stylish text without summaries', async () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')).map((f) => path.join(EXAMPLES, f));
    const tasks = files.map((file) => ({ path: { file, cwd: '/' } }));
    const whole: CheckPoolOptions = { lang: 'id', today: '2026-11-22' };
    const output = { format: 'stylish' as const, meta: { lang: 'en' as const, color: true, quiet: false }, fileCount: 500, failOn: 'warning' as const };
    const written: CheckPoolOptions = { lang: 'en', today: '2026-11-22', summary: false, output };
    const bundled = new Map<CheckPoolOptions, TaskResult[]>();
    for (const options of [whole, written]) {
      bundled.set(options, await answers(BUNDLED, options, tasks));
      expect(JSON.stringify(bundled.get(options))).toBe(JSON.stringify(await answers(MODULES, options, tasks)));
      expect(bundled.get(options)).toHaveLength(files.length);
    }
    // The written text is what this thread's writer makes of the same files (the bundle's answers above: asking a
    // third pool for them again cost a worker's start-up and the checks).
    const write = await outputWriter(output);
    const { checkTask } = await import('../src/commands/check/task.js');
    expect(JSON.stringify(bundled.get(written))).toBe(JSON.stringify(tasks.map((t) => checkTask(t, written, write))));
  });
});

describe('the bundled report worker', () => {
  test('answers as the module worker does, started through the code-cache loader as report starts it', async () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')).map((f) => path.join(EXAMPLES, f));
    const tasks: ReportTask[] = [...files.map((file) => ({ path: { file, cwd: '/' } })), { path: { file: path.join(EXAMPLES, 'missing.yaml'), cwd: '/' } }];
    const options: ReportTaskOptions = { build: { asOf: '2026-11-22', lang: 'id', version: '0.1.0', planSections: true }, lang: 'id', today: '2026-11-22', keepPlan: true };
    const run = async (url: URL, settings: { codeCacheLoader?: URL }) => {
      const pool = new WorkerPool<ReportTask, ReportTaskResult, ReportTaskOptions>(url, 1, options, settings);
      try {
        return JSON.stringify(await Promise.all(tasks.map((t) => pool.run(t))));
      } finally {
        await pool.close();
      }
    };
    const bundled = await run(REPORT_BUNDLED, { codeCacheLoader: LOADER });
    expect(bundled).toBe(await run(REPORT_MODULES, {}));
    expect(bundled).toContain('"part"');
    expect(existsSync(fileURLToPath(new URL('../dist/report-worker.cjs.v8cache', import.meta.url)))).toBe(true);
  });
});

/**
 * A worker bundle started through the executable's code-cache loader (as check's is): a small bundle that
 * answers batches as serveBatches does, so that the cache's file is this test's alone.
 */
describe('a worker bundle with a code cache', () => {
  const LOADER = pathToFileURL(path.join(ROOT, 'bin', 'kemitraan.cjs'));
  const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-worker-cache-'));
  const bundle = path.join(dir, 'worker.cjs');
  const cache = `${bundle}.v8cache`;
  writeFileSync(bundle, [
    "'use strict';",
    "const { parentPort } = require('node:worker_threads');",
    'const square = (n) => n * n;',
    "parentPort.on('message', (b) => { if (typeof b === 'object') parentPort.postMessage({ id: b.id, results: b.tasks.map(square) }); });",
    '',
  ].join('\n'));

  async function run(tasks: number[]): Promise<number[]> {
    const pool = new WorkerPool<number, number, object>(pathToFileURL(bundle), 1, {}, { codeCacheLoader: LOADER });
    try {
      return await Promise.all(tasks.map((t) => pool.run(t)));
    } finally {
      await pool.close();
    }
  }

  test('is written when the pool closes, used by the next run without writing it again, and rewritten when damaged', async () => {
    expect(await run([1, 2, 3])).toEqual([1, 4, 9]);
    expect(existsSync(cache)).toBe(true);
    const first = readFileSync(cache);
    expect(first.subarray(0, 5).toString('latin1')).toBe('KMCC3');
    const written = statSync(cache).mtimeMs;
    expect(await run([4, 5])).toEqual([16, 25]);
    expect(statSync(cache).mtimeMs).toBe(written);
    expect(readFileSync(cache).equals(first)).toBe(true);
    // A changed byte in the data: refused by the checksum (V8 would crash on it), the bundle compiled, the cache
    // written again whole.
    const damaged = Buffer.from(first);
    damaged[damaged.length - 40] = damaged[damaged.length - 40]! ^ 0xff;
    writeFileSync(cache, damaged);
    expect(await run([6])).toEqual([36]);
    expect(readFileSync(cache).equals(damaged)).toBe(false);
    expect(readFileSync(cache).subarray(0, first.indexOf(0x0a)).toString('latin1')).toBe(first.subarray(0, first.indexOf(0x0a)).toString('latin1'));
    // No temporary file is left beside it.
    expect(readdirSync(dir).sort()).toEqual(['worker.cjs', 'worker.cjs.v8cache']);
  });

  test('a bundle that cannot be read fails the pool\'s tasks, with its name, instead of hanging', async () => {
    const pool = new WorkerPool<number, number, object>(pathToFileURL(path.join(dir, 'missing.cjs')), 1, {}, { codeCacheLoader: LOADER });
    try {
      await expect(pool.run(1)).rejects.toThrow(/missing\.cjs/);
    } finally {
      await pool.close();
    }
  });
});
