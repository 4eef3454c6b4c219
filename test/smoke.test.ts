import { describe, expect, test } from '@jest/globals';
import { runCli, runInProcess, hasStackTrace } from './helpers/cli.js';

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
