/**
 * Every command's --help in Indonesian: commander's own English words ("default:", "choices:") are put into the
 * catalog's words wherever commander writes them, also right after the opening parenthesis ("(default: …").
 */
import { describe, expect, test } from '@jest/globals';
import { Readable } from 'node:stream';
import { run } from '../src/cli/main.js';
import { SUBCOMMANDS } from '../src/cli/command-name.js';
import { localizeCommanderText } from '../src/cli/help.js';
import type { CliIO } from '../src/commands/context.js';

async function help(args: string[]): Promise<string> {
  const out: string[] = [];
  const io: CliIO = {
    stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => out.push(s) },
    stdin: Readable.from([]) as unknown as CliIO['stdin'], cwd: process.cwd(), env: { NO_COLOR: '1', COLUMNS: '80' },
  };
  await run(args, io);
  return out.join('');
}

describe('help in Indonesian', () => {
  test('"(default: x)" and ", default: x)" both become "bawaan"', () => {
    expect(localizeCommanderText('  plan  berkas (default:\n                  "kemitraan.yaml")', 'id')).toBe('  plan  berkas (bawaan:\n                  "kemitraan.yaml")');
    expect(localizeCommanderText('(choices: "id", "en", default: "id")', 'id')).toBe('(pilihan: "id", "en", bawaan: "id")');
    expect(localizeCommanderText('(default: "x")', 'en')).toBe('(default: "x")');
  });

  test('no command\'s --help shows commander\'s English', async () => {
    for (const command of SUBCOMMANDS.split('|')) {
      const text = await help([command, '--help']);
      expect(text).not.toMatch(/\bdefault:|\bchoices:|^Usage:|^Options:/m);
    }
  });
});
