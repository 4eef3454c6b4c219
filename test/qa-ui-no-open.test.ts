/** `kemitraan ui --no-open` says to open the address, not that the plan is being opened in the browser. */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runUi } from '../src/commands/ui/run.js';

describe('kemitraan ui --no-open', () => {
  test('the second line asks the person to open the address', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-ui-noopen-'));
    const out: string[] = [];
    const io = { stdout: { write: (s: string) => out.push(s) > 0 }, stderr: { write: () => true }, stdin: process.stdin, cwd: dir, env: { NO_COLOR: '1' } };
    expect(await runUi('baru.yaml', { port: '0', open: false, lang: 'id' }, io, Promise.resolve())).toBe(0);
    const lines = out.join('').split('\n');
    expect(lines[1]).toBe('baru.yaml tersedia di alamat di atas: bukalah di peramban.');
    expect(out.join('')).not.toContain('Membuka');
    rmSync(dir, { recursive: true, force: true });
  });
});
