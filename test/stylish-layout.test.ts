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
import { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../src/cli/main.js';
import type { CliIO } from '../src/commands/context.js';
import { EXAMPLES } from './helpers/cli.js';

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

/**
 * `check --quiet` shows errors only; its closing line must not say "no findings" or "0 warnings" over the
 * warnings and infos it hid (which --fail-on still counts, so the exit code can be 1).
 */
async function check(args: string[], text: string): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const io: CliIO = {
    stdout: { write: (s: string) => out.push(s) }, stderr: { write: () => true },
    stdin: Readable.from([text]) as unknown as CliIO['stdin'], cwd: EXAMPLES, env: { KEMITRAAN_TODAY: '2026-11-22', NO_COLOR: '1' },
  };
  const code = await run(['check', '-', ...args], io);
  return { code, out: out.join('') };
}

describe('check --quiet closing line', () => {
  test('only an info hidden, --fail-on info: exit 1 and "no errors", not "no findings"', async () => {
    const text = readFileSync(path.join(EXAMPLES, 'tbc-makassar.yaml'), 'utf8');
    const loud = await check(['--fail-on', 'info'], text);
    expect(loud.code).toBe(1);
    expect(loud.out).toContain('monitoring/no-assessment');
    const quiet = await check(['--fail-on', 'info', '-q'], text);
    expect(quiet.code).toBe(1);
    expect(quiet.out).toBe('Tidak ada galat dalam 1 berkas (peringatan dan info tidak ditampilkan karena --quiet).\n');
  });

  test('errors shown: counted without claiming 0 warnings', async () => {
    const text = readFileSync(path.join(EXAMPLES, 'tbc-makassar.yaml'), 'utf8').replace('program: tbc', 'program: tbcx');
    const { code, out } = await check(['-q', '--lang', 'en'], text);
    expect(code).toBe(1);
    expect(out.trimEnd().split('\n').pop()).toBe('✖ 1 errors in 1 files (warnings and infos are not shown with --quiet)');
  });
});
