/**
 * check and report limit V8's inlining and delay optimisation over many files (src/commands/lean-tiering.ts) and
 * must set both back when the run ends: V8's flags are part of the check it makes on a code cache, which is
 * written after the run.
 */
import { describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { LEAN, LeanTiering } from '../src/commands/lean-tiering.js';
import { EXAMPLES, runInProcess } from './helpers/cli.js';

describe('lean tiering', () => {
  test('changes V8\'s flags while the run lasts and leaves them as before (code caches stay valid)', () => {
    const tag = v8.cachedDataVersionTag();
    const lean = new LeanTiering([]);
    lean.start();
    expect(v8.cachedDataVersionTag()).not.toBe(tag);
    lean.start(); // once only
    lean.release();
    expect(v8.cachedDataVersionTag()).toBe(tag);
    lean.release();
    expect(v8.cachedDataVersionTag()).toBe(tag);
  });

  test('sets both flags: each alone gives another code-cache tag', () => {
    const tag = v8.cachedDataVersionTag();
    const lean = new LeanTiering([]);
    lean.start();
    const both = v8.cachedDataVersionTag();
    v8.setFlagsFromString('--interrupt-budget=67584');
    const inliningOnly = v8.cachedDataVersionTag();
    v8.setFlagsFromString('--interrupt-budget=202752');
    v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=920');
    const budgetOnly = v8.cachedDataVersionTag();
    lean.release();
    expect(new Set([tag, both, inliningOnly, budgetOnly]).size).toBe(4);
    expect(v8.cachedDataVersionTag()).toBe(tag);
  });

  test('never changes the per-function inlining limit, which V8 reads twice in one background compile', () => {
    // Lowered while a compile ran, it aborted the process (a jest worker: "Check failed: inlineability ==
    // kHasOptimizationDisabled"). The cumulative budget is safe to change at any time.
    expect(LEAN.filter((f) => f.startsWith('--max-inlined-bytecode-size=') || f.startsWith('--max-inlined-bytecode-size-small'))).toEqual([]);
    expect(LEAN).toContain('--max-inlined-bytecode-size-cumulative=230');
  });

  test.each([['--max-inlined-bytecode-size=300'], ['--interrupt-budget=100000']])('leaves V8 alone when node was given %s', (flag) => {
    const tag = v8.cachedDataVersionTag();
    const lean = new LeanTiering([flag]);
    lean.start();
    expect(v8.cachedDataVersionTag()).toBe(tag);
    lean.release();
    expect(v8.cachedDataVersionTag()).toBe(tag);
  });
});

describe('runs over several files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-lean-'));
  const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'));
  for (let i = 0; i < 12; i++) copyFileSync(path.join(EXAMPLES, examples[i % examples.length]!), path.join(dir, `plan-${i}.yaml`));

  test.each([['check'], ['report']])('%s of a dozen plans (lean tiering on, no workers) leaves V8\'s flags as they were', async (command) => {
    const tag = v8.cachedDataVersionTag();
    const r = await runInProcess([command, dir]);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(v8.cachedDataVersionTag()).toBe(tag);
  });
});
