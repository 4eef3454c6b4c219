import { describe, expect, test } from '@jest/globals';
import { runCli, runInProcess, hasStackTrace } from './helpers/cli.js';
import { Readable } from 'node:stream';
import { run } from '../src/cli/main.js';
import { SUBCOMMANDS } from '../src/cli/command-name.js';
import { localizeCommanderText } from '../src/cli/help.js';
import type { CliIO } from '../src/commands/context.js';

describe('kemitraan binary', () => {
  test('--version prints the package version', () => {
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('an unknown command is a usage error (exit 2), without a stack trace', () => {
    const r = runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  test('check examples/ passes', () => {
    const r = runCli(['check', 'examples/']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

// In process (run(argv, io), the command line the binary runs): what is tested is commander's words, and
// check-fast.test.ts holds the binary's help and usage errors to these modules byte for byte (four more
// processes here cost ~0.5 s of CPU).
describe('commander speaks the user\'s language', () => {
  test('help headings and usage errors are Indonesian by default, English with --lang en', async () => {
    const help = await runInProcess(['check', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Penggunaan: kemitraan check/m);
    expect(help.stdout).toMatch(/^Opsi:$/m);
    expect(help.stdout).toContain('(pilihan: "stylish"');
    expect(help.stdout).not.toMatch(/\bdefault:/);
    expect((await runInProcess(['check', '--help', '--lang', 'en'])).stdout).toMatch(/^Usage: kemitraan check/m);
    const bad = await runInProcess(['check', 'x', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("galat: nilai 'xml' untuk opsi '-f, --format <format>' tidak valid");
    expect((await runInProcess(['chek'])).stderr).toContain('(Maksud Anda check?)');
  });
});

/**
 * Every command's --help in Indonesian: commander's own English words ("default:", "choices:") are put into the
 * catalog's words wherever commander writes them, also right after the opening parenthesis ("(default: …").
 */
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

describe('commander\'s usage errors', () => {
  test('in the person\'s language (every one commander can give here), and named "kemitraan:" like the tool\'s own', async () => {
    expect(await help(['schema', 'a', 'b'])).toBe("kemitraan: galat: argumen untuk 'schema' terlalu banyak: seharusnya 0, diberikan 2.\n");
    expect(await help(['export', 'dhis2', 'x.yaml'])).toBe("kemitraan: galat: opsi wajib '--map <file>' belum diberikan\n");
    expect(await help(['check', '--bogus', 'x.yaml'])).toBe("kemitraan: galat: opsi tidak dikenal '--bogus'\n");
    expect(await help(['chek'])).toBe("kemitraan: galat: perintah tidak dikenal 'chek'\n(Maksud Anda check?)\n");
    expect(await help(['schema', 'a', '--lang', 'en'])).toBe("kemitraan: error: too many arguments for 'schema'. Expected 0 arguments but got 1.\n");
    expect(await help(['assess', 'new', '--lang', 'en'])).toBe("kemitraan: error: required option '-p, --partner <id>' not specified\n");
  });
});
