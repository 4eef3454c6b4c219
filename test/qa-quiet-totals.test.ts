/**
 * `check --quiet` shows errors only; its closing line must not say "no findings" or "0 warnings" over the
 * warnings and infos it hid (which --fail-on still counts, so the exit code can be 1).
 */
import { describe, expect, test } from '@jest/globals';
import { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../src/cli/main.js';
import type { CliIO } from '../src/commands/context.js';
import { EXAMPLES } from './helpers/cli.js';

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
