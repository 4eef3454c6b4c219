/** `-o plan.yaml/x.md`: the folder to create is a file; said as such, not "already exists". */
import { describe, expect, test } from '@jest/globals';
import { mkdir } from 'node:fs/promises';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ioReason, writeErrorMessage } from '../src/commands/io-errors.js';

describe('why a write failed', () => {
  test('mkdir through a file is "not a directory"; EEXIST elsewhere stays "already exists"', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-io-'));
    writeFileSync(path.join(dir, 'rencana.yaml'), 'x');
    const err = await mkdir(path.join(dir, 'rencana.yaml'), { recursive: true }).then(() => undefined, (e: unknown) => e);
    expect(writeErrorMessage(err, 'rencana.yaml/x.md', 'id')).toBe('tidak dapat menulis rencana.yaml/x.md: bagian jalurnya bukan direktori (ENOTDIR)');
    const exists = Object.assign(new Error('exists'), { code: 'EEXIST', syscall: 'link' });
    expect(ioReason(exists, 'en')).toBe('already exists (EEXIST)');
  });
});
