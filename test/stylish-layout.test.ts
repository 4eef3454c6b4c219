/**
 * The stylish format's lines for one finding: the message and rule id wrapped to the terminal's width (the id
 * dimmed wherever it lands), the hint's advice wrapped, the text to copy after a hint's line break never wrapped,
 * and control characters from the plan shown as escapes.
 */
import { describe, expect, test } from '@jest/globals';
import { stylishStream } from '../src/check/format/stylish.js';
import { RULE_SEVERITIES } from '../src/commands/rules.js';
import type { FormatMeta } from '../src/check/format/types.js';
import type { FileResult } from '../src/check/engine.js';

const meta: FormatMeta = { lang: 'id', color: false, quiet: false, toolVersion: '0.0.0', rules: RULE_SEVERITIES };
const INDENT = ' '.repeat(22);

const result: FileResult = {
  file: 'plans/a.yaml',
  findings: [{
    ruleId: 'schema/number-thousands',
    severity: 'warning',
    message: 'Nilai 21.000 dibaca YAML sebagai 21, padahal yang dimaksud kemungkinan dua puluh satu ribu \x1b[31mmerah',
    hint: 'Tulis angkanya tanpa titik pemisah ribuan, seperti pada baris berikut yang dapat disalin apa adanya:\n  target: 21000   # dua puluh satu ribu, tidak dipotong walau panjang sekali\x07',
    file: 'plans/a.yaml',
    line: 12,
    column: 11,
    pointer: '',
  }],
};

describe('stylish lines of a finding', () => {
  test('without a width: the message with its rule id on one line, the advice on one, the copy text as it is', () => {
    const lines = stylishStream(meta, 20).file(result, 0).split('\n');
    expect(lines[0]).toBe('plans/a.yaml');
    expect(lines[1]).toMatch(/^ {2}12:11 {4}peringatan Nilai 21\.000 .* \\x1b\[31mmerah {2}schema\/number-thousands$/);
    expect(lines[2]).toBe(`${INDENT}saran: Tulis angkanya tanpa titik pemisah ribuan, seperti pada baris berikut yang dapat disalin apa adanya:`);
    expect(lines[3]).toBe(`${INDENT}    target: 21000   # dua puluh satu ribu, tidak dipotong walau panjang sekali\\x07`);
    expect(lines.slice(4)).toEqual(['', '']);
  });

  test('at 60 columns: message and advice wrapped within the width, the copy text not', () => {
    const lines = stylishStream({ ...meta, width: 60 }, 20).file(result, 0).split('\n');
    const copy = lines.findIndex((l) => l.includes('target: 21000'));
    expect(copy).toBeGreaterThan(3);
    for (const l of lines.slice(1, copy)) expect(l.length).toBeLessThanOrEqual(60);
    expect(lines[copy]!.length).toBeGreaterThan(60);
    expect(lines.slice(1, copy).some((l) => l.endsWith('schema/number-thousands'))).toBe(true);
    expect(lines.slice(2, copy).every((l) => l.startsWith(INDENT))).toBe(true);
  });

  test('in colour the rule id is dimmed where the wrap put it, and the advice dimmed line by line', () => {
    const text = stylishStream({ ...meta, width: 60, color: true }, 20).file(result, 0);
    expect(text).toContain('\x1b[2mschema/number-thousands\x1b[22m');
    expect(text).toMatch(/\n {22}\x1b\[2msaran: /);
    expect(text).not.toContain('\x1b[31m');
  });
});
