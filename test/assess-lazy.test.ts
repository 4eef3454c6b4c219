/**
 * Nothing of `assess` loads for `check` of a plan that names no assessments (start-up must not grow): the real
 * binary runs with a module-resolution hook that records every module it loads. The unbundled ES-module path is
 * the one observed (KEMITRAAN_FAST_PATH=0, KEMITRAAN_BUNDLE=0); the bundles hold the same modules behind
 * esbuild's lazy inits.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN, EXAMPLES } from './helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The dist/ modules a run of the binary loads. */
function loadedModules(args: string[]): string[] {
  const log = path.join(dir, `loaded-${args[0]}-${Math.random().toString(36).slice(2)}.txt`);
  const hook = path.join(dir, 'hook.mjs');
  writeFileSync(hook, `import { appendFileSync } from 'node:fs';\nexport async function resolve(specifier, context, next) {\n  const r = await next(specifier, context);\n  appendFileSync(${JSON.stringify(log)}, r.url + '\\n');\n  return r;\n}\n`);
  const register = `data:text/javascript,import{register}from'node:module';register(${JSON.stringify(pathToFileURL(hook).href)})`;
  const r = spawnSync(process.execPath, ['--import', register, BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', KEMITRAAN_TODAY: '2026-11-22', KEMITRAAN_FAST_PATH: '0', KEMITRAAN_BUNDLE: '0' } });
  expect(r.stderr).not.toMatch(/Error/);
  return [...new Set(readFileSync(log, 'utf8').split('\n').filter((u) => u.includes('/dist/')).map((u) => u.slice(u.indexOf('/dist/') + 6)))];
}

/**
 * assess's code. Not its rule declarations (assess/rules.js: ids and default severities, no logic): `check`
 * lists every rule in SARIF and resolves assess findings in folders of plans, so it holds them all.
 */
const ASSESS = /^(assess\/(?!rules\.js$)|commands\/assess\/|guide\/instruments\/|render\/assessment-form)/;

describe('assess loads lazily', () => {
  test('check of a plan without assessments loads no assess module', () => {
    const check = loadedModules(['check', path.join(EXAMPLES, 'stunting-sumedang.yaml')]);
    expect(check).toContain('commands/check/run.js');
    expect(check.filter((m) => ASSESS.test(m))).toEqual([]);
  });

  test('a plan that names assessments loads them (so the hook sees what is loaded)', () => {
    const check = loadedModules(['check', path.join(EXAMPLES, 'imunisasi-lombok-timur.yaml')]);
    expect(check).toEqual(expect.arrayContaining(['commands/assess/plan-findings.js', 'assess/aggregate.js']));
  });
});
