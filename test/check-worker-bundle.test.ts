/**
 * check's worker thread runs from one bundle where it is built (dist/check-worker.cjs, scripts/bundle.js), which
 * a thread loads in a fraction of the module graph's time; its answers are the module worker's, byte for byte.
 * (test/check-cli.test.ts runs the binary, and so this bundle, against checking in one thread.)
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { WorkerPool } from '../src/commands/worker-pool.js';
import { outputWriter, type CheckPoolOptions, type CheckTask, type TaskResult } from '../src/commands/check/task.js';
import { EXAMPLES } from './helpers/cli.js';

const BUNDLED = new URL('../dist/check-worker.cjs', import.meta.url);
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
