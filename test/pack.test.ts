/**
 * The published package: `npm pack` holds what a user needs (the executable, compiled code with the generated
 * validator, schemas, templates, examples, README, CHANGELOG) and nothing they don't (sources, tests, benchmarks,
 * CI scripts); installed from the tarball into an empty directory, `npx kemitraan` works. `npm test` builds first,
 * so dist/ is current; packing skips the prepare script so that it does not rebuild under other running tests.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './helpers/cli.js';

const npm = (args: string[], cwd: string) =>
  spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', timeout: 180_000, env: { ...process.env, NO_COLOR: '1' } });

let files: string[] = [];
let work: string;

beforeAll(() => {
  const r = npm(['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT);
  expect(r.status).toBe(0);
  files = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
  work = mkdtempSync(path.join(tmpdir(), 'kemitraan-pack-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack', () => {
  test('contains the executable, compiled code, generated validator, schemas, templates, examples and docs', () => {
    for (const f of ['package.json', 'README.md', 'CHANGELOG.md', 'bin/kemitraan.cjs', 'bin/kemitraan.js', 'bin/cached-bundle.cjs', 'dist/check-fast.cjs', 'dist/cli/main.js', 'dist/commands/check/run.js', 'dist/commands/check/worker.js', 'dist/check/plan-validator.generated.cjs', 'dist/build-info.json', 'schemas/plan.schema.json', 'data/regions.json', 'data/districts/32.json']) {
      expect(files).toContain(f);
    }
    expect(files.some((f) => f.startsWith('templates/'))).toBe(true);
    const examples = (readdirSync(path.join(ROOT, 'examples'), { recursive: true }) as string[])
      .filter((f) => /\.ya?ml$/.test(f)).map((f) => `examples/${f.split(path.sep).join('/')}`);
    for (const e of examples) expect(files).toContain(e);
  });

  test('leaves out sources, tests, benchmarks, CI scripts and local data', () => {
    const unwanted = files.filter((f) => /^(src|test|bench|\.ci|coverage|node_modules|\.kemitraan-cache)\//.test(f) || /\.tgz$|\.test\.|tsconfig|jest\.config|\.v8cache$/.test(f));
    expect(unwanted).toEqual([]);
  });

  test('installed from the tarball into an empty directory, npx kemitraan runs --version and check', () => {
    const packed = npm(['pack', '--ignore-scripts', '--pack-destination', work], ROOT);
    expect(packed.status).toBe(0);
    const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
    const app = path.join(work, 'app');
    mkdirSync(app);
    // All dependencies are in the npm cache on a machine that ran `npm ci`; fall back to the registry otherwise.
    let install = npm(['install', path.join(work, tgz), '--offline'], app);
    if (install.status !== 0) install = npm(['install', path.join(work, tgz)], app);
    expect(install.stderr).not.toMatch(/ERR!/);
    expect(install.status).toBe(0);

    const npx = (args: string[]) => spawnSync('npx', ['--no-install', 'kemitraan', ...args], { cwd: app, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1', KEMITRAAN_TODAY: '2026-11-22' } });
    const version = npx(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const check = npx(['check', 'node_modules/kemitraan/examples/']);
    // npm itself may warn about the machine's npm config; kemitraan must print nothing on stderr.
    expect(check.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn'))).toEqual([]);
    expect(check.status).toBe(0);
    const empty = npx(['check', '-', '--format', 'json']);
    expect(empty.status).toBe(1);
    expect(empty.stdout).toMatch(/parse\/empty/);
  });
});
