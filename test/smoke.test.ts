import { describe, expect, test } from '@jest/globals';
import { runCli, hasStackTrace } from './helpers/cli.js';

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

describe('commander speaks the user\'s language', () => {
  test('help headings and usage errors are Indonesian by default, English with --lang en', () => {
    const help = runCli(['check', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Penggunaan: kemitraan check/m);
    expect(help.stdout).toMatch(/^Opsi:$/m);
    expect(help.stdout).toContain('(pilihan: "stylish"');
    expect(help.stdout).not.toMatch(/\bdefault:/);
    expect(runCli(['check', '--help', '--lang', 'en']).stdout).toMatch(/^Usage: kemitraan check/m);
    const bad = runCli(['check', 'x', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("galat: nilai 'xml' untuk opsi '-f, --format <format>' tidak valid");
    expect(runCli(['chek']).stderr).toContain('(Maksud Anda check?)');
  });
});
