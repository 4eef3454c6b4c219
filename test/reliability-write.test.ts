/**
 * The one write path (src/io/write.ts), in-process: what it keeps (mode, symlinks, hard links), what it refuses
 * (existing, read-only, non-regular files, a change on disk since read, a foreign file where a cache should be)
 * and what it leaves behind (nothing).
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { chmodSync, linkSync, lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ChangedOnDiskError, FileExistsError, WriteRefusedError, contentHash, writeFileAtomic } from '../src/io/write.js';
import { mkdir } from 'node:fs/promises';
import { ioReason, writeErrorMessage } from '../src/commands/io-errors.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const at = (f: string) => path.join(dir, f);
const leftovers = () => readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.kemitraan-lock'));

describe('writeFileAtomic keeps what the file was', () => {
  test('a 0600 plan stays 0600 (it became 0644)', async () => {
    writeFileSync(at('p.yaml'), 'a: 1\n', { mode: 0o600 });
    chmodSync(at('p.yaml'), 0o600);
    await writeFileAtomic(at('p.yaml'), 'a: 2\n', { overwrite: true });
    expect(statSync(at('p.yaml')).mode & 0o777).toBe(0o600);
    expect(readFileSync(at('p.yaml'), 'utf8')).toBe('a: 2\n');
    expect(leftovers()).toEqual([]);
  });

  test('a symlinked plan: the real file changes, the link stays a link (it was replaced by a copy)', async () => {
    writeFileSync(at('real.yaml'), 'a: 1\n');
    symlinkSync('real.yaml', at('link.yaml'));
    await writeFileAtomic(at('link.yaml'), 'a: 2\n', { overwrite: true });
    expect(lstatSync(at('link.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(at('link.yaml'))).toBe('real.yaml');
    expect(readFileSync(at('real.yaml'), 'utf8')).toBe('a: 2\n');
  });

  test('a hard-linked plan: both names still show the same, new content (the link broke)', async () => {
    writeFileSync(at('a.yaml'), 'a: 1\n');
    linkSync(at('a.yaml'), at('b.yaml'));
    await writeFileAtomic(at('a.yaml'), 'a: 2\n', { overwrite: true });
    expect(readFileSync(at('b.yaml'), 'utf8')).toBe('a: 2\n');
    expect(statSync(at('a.yaml')).ino).toBe(statSync(at('b.yaml')).ino);
    expect(leftovers()).toEqual([]);
  });

  test('the owner is kept when root rewrites another user\'s file', async () => {
    if (process.getuid?.() !== 0) return expect(true).toBe(true); // only root can give files away
    writeFileSync(at('p.yaml'), 'a: 1\n');
    execFileSync('chown', ['65534:65534', at('p.yaml')]);
    await writeFileAtomic(at('p.yaml'), 'a: 2\n', { overwrite: true });
    expect([statSync(at('p.yaml')).uid, statSync(at('p.yaml')).gid]).toEqual([65534, 65534]);
  });
});

describe('writeFileAtomic refuses', () => {
  test('an existing file without overwrite; a read-only one without force (it was rewritten)', async () => {
    writeFileSync(at('p.yaml'), 'a: 1\n');
    await expect(writeFileAtomic(at('p.yaml'), 'x')).rejects.toBeInstanceOf(FileExistsError);
    chmodSync(at('p.yaml'), 0o444);
    await expect(writeFileAtomic(at('p.yaml'), 'x', { overwrite: true })).rejects.toMatchObject({ reason: 'read-only' });
    expect(readFileSync(at('p.yaml'), 'utf8')).toBe('a: 1\n');
    await writeFileAtomic(at('p.yaml'), 'a: 2\n', { force: true });
    expect(readFileSync(at('p.yaml'), 'utf8')).toBe('a: 2\n');
    expect(statSync(at('p.yaml')).mode & 0o777).toBe(0o444);
  });

  test('a FIFO, a device or a directory, even with force (they became regular files)', async () => {
    execFileSync('mkfifo', [at('fifo')]);
    await expect(writeFileAtomic(at('fifo'), 'x', { force: true })).rejects.toMatchObject({ reason: 'not-a-file' });
    expect(statSync(at('fifo')).isFIFO()).toBe(true);
    await expect(writeFileAtomic('/dev/null', 'x', { force: true })).rejects.toBeInstanceOf(WriteRefusedError);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    await expect(writeFileAtomic(dir, 'x', { force: true })).rejects.toMatchObject({ reason: 'not-a-file' });
    expect(leftovers()).toEqual([]);
  });

  test('a file changed on disk since it was read (content hash)', async () => {
    writeFileSync(at('p.yaml'), 'a: 1\n');
    const read = contentHash(readFileSync(at('p.yaml')));
    writeFileSync(at('p.yaml'), 'a: 1\nb: editor\n'); // an editor saves meanwhile
    await expect(writeFileAtomic(at('p.yaml'), 'a: 2\n', { overwrite: true, expect: { sha256: read } })).rejects.toBeInstanceOf(ChangedOnDiskError);
    expect(readFileSync(at('p.yaml'), 'utf8')).toBe('a: 1\nb: editor\n');
    // Unchanged: written.
    const now = contentHash(readFileSync(at('p.yaml')));
    await writeFileAtomic(at('p.yaml'), 'a: 2\n', { overwrite: true, expect: { sha256: now } });
    expect(readFileSync(at('p.yaml'), 'utf8')).toBe('a: 2\n');
  });

  test('a file that does not start with the expected header (a plan where the cache should be)', async () => {
    writeFileSync(at('rencana.yaml'), 'schemaVersion: 1\n');
    await expect(writeFileAtomic(at('rencana.yaml'), 'kemitraan-cache 2\n', { overwrite: true, expect: { startsWith: 'kemitraan-cache ' } })).rejects.toMatchObject({ reason: 'not-ours' });
    expect(readFileSync(at('rencana.yaml'), 'utf8')).toBe('schemaVersion: 1\n');
  });

  test('two writers creating the same new file: one wins, the other is told it exists (no silent replace)', async () => {
    const results = await Promise.allSettled([writeFileAtomic(at('n.yaml'), 'one'), writeFileAtomic(at('n.yaml'), 'two')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)).toEqual([expect.any(FileExistsError)]);
    expect(leftovers()).toEqual([]);
  });

  test('a stale lock of a dead process is taken over; a live one makes the writer wait, then give up (busy)', async () => {
    writeFileSync(at('.p.yaml.kemitraan-lock'), '999999');
    await writeFileAtomic(at('p.yaml'), 'a: 1\n');
    expect(readFileSync(at('p.yaml'), 'utf8')).toBe('a: 1\n');
    writeFileSync(at('.p.yaml.kemitraan-lock'), String(process.ppid));
    await expect(writeFileAtomic(at('p.yaml'), 'a: 2\n', { overwrite: true })).rejects.toMatchObject({ reason: 'busy' });
    rmSync(at('.p.yaml.kemitraan-lock'));
  }, 10_000);
});

/** `-o plan.yaml/x.md`: the folder to create is a file; said as such, not "already exists". */
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
