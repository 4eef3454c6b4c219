/**
 * `check` starts worker threads only when they have work: not before every config is valid, and with `--cache`
 * only at the first file the cache does not hold — a run whose results all come from the cache starts none (a
 * worker loads the whole checker and holds a heap of its own). The pool is replaced here by one that counts how
 * often it is made and checks on this thread (workers load compiled files; test/check-cli.test.ts runs the real
 * ones).
 */
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made: number[] = [];
jest.unstable_mockModule('../src/commands/check/pool.js', async () => {
  const { checkTask } = await import('../src/commands/check/task.js');
  class CheckPool {
    constructor(size: number, _env: unknown, private readonly options: Parameters<typeof checkTask>[1]) { made.push(size); }
    check(task: Parameters<typeof checkTask>[0]) { return Promise.resolve(checkTask(task, this.options)); }
    get workersGrown() { return false; }
    close() { return Promise.resolve(); }
  }
  return { CheckPool, workerCount: (_files: number, env: Record<string, string | undefined>) => (env.KEMITRAAN_WORKERS === '0' ? 0 : 1) };
});
const { EXAMPLES } = await import('./helpers/cli.js');
const { writePlans } = await import('../bench/generate.js');
const { runInProcess } = await import('./helpers/memory-io.js');

/** `kemitraan check …` in this process with workers asked for (the mocked pool's count: one). */
async function check(args: string[], today = '2026-11-22'): Promise<string> {
  const r = await runInProcess(['check', ...args, '--format', 'json'], { cwd: dir, env: { KEMITRAAN_TODAY: today, KEMITRAAN_WORKERS: '1' } });
  expect([r.code, r.stderr]).toEqual([1, '']);
  return r.stdout;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-cache-workers-'));
  for (const f of readdirSync(EXAMPLES).filter((x) => x.endsWith('.yaml'))) copyFileSync(path.join(EXAMPLES, f), path.join(dir, f));
  writePlans(dir, 6, { seed: 3 }); // drafts, with findings
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('workers start at the first miss: a cold run starts them, a run served whole from the cache does not', async () => {
  const cached = ['.', '--cache', '--cache-location', 'c/'];
  const plain = await check(['.']);
  expect(made).toEqual([1]); // without a cache the pool is made at once
  made.length = 0;
  const cold = await check(cached);
  expect(made).toEqual([1]);
  made.length = 0;
  const warm = await check(cached);
  expect(made).toEqual([]);
  expect([cold, warm]).toEqual([plain, plain]);
  // The next day, a plan whose dates do not straddle the two days is still served from the cache.
  expect(await check(cached, '2026-11-23')).toBe(await check(['.'], '2026-11-23'));
});

test('a bad config ends the run before any worker starts (workers left running kept the binary from exiting)', async () => {
  const sub = path.join(dir, 'bad-config');
  mkdirSync(sub);
  writePlans(sub, 3, { seed: 4 });
  writeFileSync(path.join(sub, '.kemitraanrc.yaml'), 'rules:\n  nope/rule: error\n');
  made.length = 0;
  const r = await runInProcess(['check', 'bad-config'], { cwd: dir, env: { KEMITRAAN_WORKERS: '1' } });
  expect([r.code, r.stdout, made]).toEqual([2, '', []]);
  expect(r.stderr).toMatch(/\.kemitraanrc\.yaml:2:3: .*nope\/rule/);
});
