/**
 * check limits V8's inlining while workers run (src/commands/check/lean-inlining.ts) and must set it back when the
 * run ends: V8's flags are part of the check it makes on a code cache, which is written after the run.
 */
import { describe, expect, test } from '@jest/globals';
import v8 from 'node:v8';
import { LeanInlining } from '../src/commands/check/lean-inlining.js';

describe('lean inlining', () => {
  test('changes V8\'s flags while the run lasts and leaves them as before (code caches stay valid)', () => {
    const tag = v8.cachedDataVersionTag();
    const lean = new LeanInlining([]);
    lean.start();
    expect(v8.cachedDataVersionTag()).not.toBe(tag);
    lean.start(); // once only
    lean.release();
    expect(v8.cachedDataVersionTag()).toBe(tag);
    lean.release();
    expect(v8.cachedDataVersionTag()).toBe(tag);
  });

  test('leaves alone an inlining flag given to node', () => {
    const tag = v8.cachedDataVersionTag();
    const lean = new LeanInlining(['--max-inlined-bytecode-size=300']);
    lean.start();
    expect(v8.cachedDataVersionTag()).toBe(tag);
    lean.release();
    expect(v8.cachedDataVersionTag()).toBe(tag);
  });
});
