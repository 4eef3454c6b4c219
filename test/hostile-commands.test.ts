/**
 * Hostile input through report, render and `init --step` (check has its own file): no crash, no stack trace, no
 * hang (each run has a timeout), exit codes 0/1/2, every location printed is inside the file and syntax errors
 * are on their line, no file is written outside the requested output, and no plan is changed.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInProcess as runCli, hasStackTrace, type CliResult } from './helpers/cli.js';
import { HOSTILE_DIR, HUGE_FILE, generatedHostileTexts, writeGeneratedCorpus } from './hostile/corpus.js';
import { snapshot } from './helpers/disk.js';

let work: string;
/** The committed hostile files get every command; the generated ones (same core) only init, whose editor parses on its own. */
const COMMITTED = readdirSync(HOSTILE_DIR).filter((f) => f.endsWith('.yaml')).sort();
const GENERATED = [...Object.keys(generatedHostileTexts()), HUGE_FILE].sort();
/** The plans as they were before any command ran. */
let before: ReturnType<typeof snapshot>;

function lineCount(file: string): number {
  const bytes = readFileSync(file);
  let n = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

/** The run ended by itself, with an exit code the CLI documents, without a stack trace; locations are in the file. */
function assertSane(r: CliResult, file: string): void {
  expect([0, 1, 2]).toContain(r.code); // -1 would be a timeout (a hang) or a signal (a crash)
  expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  const name = path.basename(file);
  const max = lineCount(file);
  const re = new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+):(\\d+)`, 'g');
  for (const m of (r.stdout + r.stderr).matchAll(re)) {
    expect(Number(m[1])).toBeGreaterThanOrEqual(1);
    expect(Number(m[1])).toBeLessThanOrEqual(max);
    expect(Number(m[2])).toBeGreaterThanOrEqual(1);
  }
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'kemitraan-hostile-cmd-'));
  cpSync(HOSTILE_DIR, path.join(work, 'plans'), { recursive: true, filter: (src) => !src.endsWith('.ts') });
  const generated = writeGeneratedCorpus({ huge: true });
  cpSync(generated, path.join(work, 'plans'), { recursive: true });
  rmSync(generated, { recursive: true, force: true });
  mkdirSync(path.join(work, 'out'));
  before = snapshot(path.join(work, 'plans'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (args: string[]) => runCli(args, { cwd: work, timeoutMs: 60_000 });

describe('report, render and init --step on the hostile corpus', () => {
  test.each(COMMITTED)('%s: report, render and init --step stay sane', async (name) => {
    const plan = path.join('plans', name);
    const file = path.join(work, plan);
    assertSane(await run(['report', '--format', 'json', plan]), file);

    const out = path.join('out', `${name}.md`);
    const rendered = await run(['render', 'mou', plan, '-o', out]);
    assertSane(rendered, file);
    expect(readdirSync(path.join(work, 'out')).includes(path.basename(out))).toBe(rendered.code === 0);

    // No terminal and no answers: nothing to ask, so nothing may change.
    assertSane(await run(['init', '--step', 'partners', plan]), file);
  });

  test.each(GENERATED)('%s (generated): init --step stays sane', async (name) => {
    const plan = path.join('plans', name);
    assertSane(await run(['init', '--step', 'goals', plan]), path.join(work, plan));
  }, 60_000);

  test('report on the whole corpus at once: every file accounted for, exit 0/1/2', async () => {
    const r = await run(['report', 'plans']);
    expect([0, 1, 2]).toContain(r.code);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  });

  test.each([
    ['syntax-unclosed-flow.yaml', 7],
    ['tabs.yaml', 4],
    ['duplicate-key.yaml', 4],
  ])('%s: report and render name line %d', async (name, line) => {
    const plan = path.join('plans', name);
    for (const args of [['report', plan], ['render', 'mou', plan, '-o', path.join('out', 'x.md')]]) {
      const r = await run(args);
      expect(r.code).not.toBe(0);
      expect(r.stdout + r.stderr).toContain(`${name}:${line}:`);
    }
  });

  test('no plan was changed, and files were written only to out/', () => {
    expect(snapshot(path.join(work, 'plans'))).toEqual(before);
    expect(readdirSync(work).sort()).toEqual(['out', 'plans']);
  });
});
