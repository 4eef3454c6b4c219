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
