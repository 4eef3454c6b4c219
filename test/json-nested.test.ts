/**
 * `nestedJson` cuts a value out of `JSON.stringify` of it wrapped in arrays: it must give exactly the text of
 * re-indenting `JSON.stringify(value, null, 2)` line by line, which the JSON and SARIF formats were written as.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { nestedJson } from '../src/check/format/json.js';

const reindented = (value: unknown, depth: number) => JSON.stringify(value, null, 2).split('\n').join(`\n${'  '.repeat(depth)}`);

describe('nestedJson', () => {
  test('is the value stringified and re-indented, at every depth', () => {
    const finding = { ruleId: 'a/b', severity: 'error', message: 'Baris 1\nbaris 2 "kutip" \\ \u2028 \ud800', line: 3, column: 1, nested: { list: [1, [], {}, [{ x: null }]], empty: {} } };
    for (const value of [finding, [], {}, [1], 'teks\n', 0, null, true, [[[]]], { a: undefined, b: [undefined] }]) {
      for (let depth = 0; depth <= 5; depth++) expect(nestedJson(value, depth)).toBe(reindented(value, depth));
    }
  });

  test('agrees on generated JSON values (fast-check)', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), fc.nat(4), (value, depth) => nestedJson(value, depth) === reindented(value, depth)), { numRuns: 300, seed: 16 });
  });
});
