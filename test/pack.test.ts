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

/** The registry's certificates, which `npm test` keeps from the other processes it starts (scripts/test.js). */
const CA = process.env.KEMITRAAN_TEST_CA_CERTS ? { NODE_EXTRA_CA_CERTS: process.env.KEMITRAAN_TEST_CA_CERTS } : {};
const npm = (args: string[], cwd: string, online = false) =>
  spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', timeout: 180_000, env: { ...process.env, NO_COLOR: '1', ...(online ? CA : {}) } });

let files: string[] = [];
let work: string;

let tgz: string;

/** One `npm pack`: its JSON lists the files, and the tarball is what gets installed below. */
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'kemitraan-pack-'));
  const r = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT);
  expect(r.status).toBe(0);
  const [packed] = JSON.parse(r.stdout) as { filename: string; files: { path: string }[] }[];
  files = packed!.files.map((f) => f.path);
  tgz = path.join(work, packed!.filename);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack', () => {
  test('contains the executable, compiled code, generated validator, schemas, templates, examples and docs', () => {
    for (const f of ['package.json', 'README.md', 'CHANGELOG.md', 'bin/kemitraan.cjs', 'bin/kemitraan.js', 'dist/check-fast.cjs', 'dist/cli.cjs', 'dist/cli/main.js', 'dist/commands/check/run.js', 'dist/commands/check/worker.js', 'dist/check/plan-validator.generated.cjs', 'dist/build-info.json', 'schemas/plan.schema.json', 'data/regions.json', 'data/districts/32.json']) {
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

  test('installed from the tarball into an empty directory, npx kemitraan runs --version and the installed command checks', () => {
    expect(readdirSync(work)).toContain(path.basename(tgz));
    const app = path.join(work, 'app');
    mkdirSync(app);
    // All dependencies are in the npm cache on a machine that ran `npm ci`; fall back to the registry otherwise.
    let install = npm(['install', tgz, '--offline'], app);
    if (install.status !== 0) install = npm(['install', tgz], app, true);
    expect(install.stderr).not.toMatch(/ERR!/);
    expect(install.status).toBe(0);

    const env = { ...process.env, NO_COLOR: '1', KEMITRAAN_TODAY: '2026-11-22' };
    const version = spawnSync('npx', ['--no-install', 'kemitraan', '--version'], { cwd: app, encoding: 'utf8', timeout: 60_000, env });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    // npx found the installed command above; the checks call the very link it runs (node_modules/.bin), without
    // paying for another npm start-up each.
    const kemitraan = (args: string[]) => spawnSync(path.join(app, 'node_modules', '.bin', 'kemitraan'), args, { cwd: app, encoding: 'utf8', timeout: 60_000, env });
    // A glob too: minimatch is required at run time from the installed bundle (it is kept out of it).
    const check = kemitraan(['check', 'node_modules/kemitraan/examples/', 'node_modules/kemitraan/examples/[st]*.yaml']);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    const empty = kemitraan(['check', '-', '--format', 'json']);
    expect(empty.status).toBe(1);
    expect(empty.stdout).toMatch(/parse\/empty/);
  });
});
