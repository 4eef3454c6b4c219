/**
 * Nothing is lost: the one way the tool writes a file. The content goes to a hidden temporary file beside the
 * target, is flushed to disk, and only then takes the target's place, so a crash, a full disk or a signal leaves
 * either the old file or the new one, never half of one. Around that:
 *
 * - an existing file is replaced only when the caller may (`overwrite`, `force`), and a read-only one only with
 *   `force` (the user's --force);
 * - only a regular file is ever replaced: a device, a FIFO, a socket or a directory is refused, whatever the flags;
 * - a symbolic link is written through to the file it points at (the link stays a link); the replaced file keeps
 *   its mode and, where the process may set it, its owner; a file with several hard links is rewritten in place
 *   (after the new content was written out in full) so every name still shows the same file;
 * - `expect` says what the caller last read: the file must still hold those bytes (a content hash), or still
 *   start with a header (a cache of ours), or still not exist. Another program's (or another kemitraan's) change
 *   is never overwritten silently. A lock file beside the target makes the check and the rename one step for
 *   every kemitraan process;
 * - a signal (SIGTERM, SIGINT, SIGHUP) or an exit during a write removes the temporary and lock files.
 *
 * `write-file-atomic` (npm) was compared: it follows symlinks, keeps mode and owner and cleans up on signals, but
 * breaks hard links, replaces read-only files, devices and FIFOs, has no "must not exist" that is free of races
 * and no change detection; those are the cases that lost data here, hence this module.
 */
// fs.promises rather than node:fs/promises: read on first use, so that a run that writes nothing (check's
// start-up) does not load it (it brings Node's readline and file watchers along).
import { closeSync, constants as FS, mkdirSync, openSync, promises as fsp, readSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';

/** A write the caller may not make; `reason` names why, for the message. */
// node:crypto loads only when a file is written or compared: every command reaches this module (its error
// classes), and loading crypto costs `check` a few milliseconds of start-up.
// Made on first use: createRequire at load time cost every start-up of check a little, in five modules.
let requireHere: NodeJS.Require | undefined;
const require = (id: string): unknown => (requireHere ??= createRequire(import.meta.url))(id);
let cryptoModule: typeof import('node:crypto') | undefined;
function crypto(): typeof import('node:crypto') {
  return (cryptoModule ??= require('node:crypto') as typeof import('node:crypto'));
}

export class WriteRefusedError extends Error {
  constructor(public readonly file: string, public readonly reason: 'exists' | 'read-only' | 'not-a-file' | 'changed' | 'not-ours' | 'busy') {
    super(`${file}: ${reason}`);
    this.name = 'WriteRefusedError';
  }
}

/** The target already exists and the caller may not replace it. */
export class FileExistsError extends WriteRefusedError {
  constructor(file: string) {
    super(file, 'exists');
    this.name = 'FileExistsError';
  }
}

/** The file changed on disk since it was read (its content hash differs). */
export class ChangedOnDiskError extends WriteRefusedError {
  constructor(file: string) {
    super(file, 'changed');
    this.name = 'ChangedOnDiskError';
  }
}

export type Expectation =
  /** The bytes last read (see contentHash); a file deleted meanwhile is written again (nothing to lose). */
  | { sha256: string }
  /** An existing file must start with this text (a file of ours, e.g. the check cache). */
  | { startsWith: string };

export interface WriteOptions {
  /** The caller may replace an existing (writable) file. */
  overwrite?: boolean;
  /** The user said --force: replace an existing file, read-only ones too. */
  force?: boolean;
  expect?: Expectation;
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fsp.stat(file);
    return true;
  } catch {
    return false;
  }
}

/** SHA-256 of a file's bytes (or of a text as UTF-8), hex. */
export function contentHash(content: string | Uint8Array): string {
  return crypto().createHash('sha256').update(content).digest('hex');
}

// ---- cleanup on signals and exit ---------------------------------------------------------------------------

/** Temporary and lock files this process has made and not yet removed. */
const pending = new Set<string>();
const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

function removePendingSync(): void {
  for (const f of pending) {
    try {
      unlinkSync(f);
    } catch {
      /* already gone */
    }
  }
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePendingSync();
  // Another handler (the wizard's) decides what the signal means; alone, die of it as if no handler had been
  // installed (the shell then reports 128 + its number).
  if (process.listenerCount(signal) > 1) return;
  unwatch();
  process.kill(process.pid, signal);
}

let watching = false;
function watch(): void {
  if (watching) return;
  watching = true;
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', removePendingSync);
}
function unwatch(): void {
  if (!watching) return;
  watching = false;
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.removeListener('exit', removePendingSync);
}
function track(file: string): void {
  pending.add(file);
  watch();
}
async function untrack(file: string, remove: boolean): Promise<void> {
  if (remove) await fsp.rm(file, { force: true }).catch(() => undefined);
  pending.delete(file);
  if (pending.size === 0) unwatch();
}

/** @public Removes this process's temporary and lock files now (for a command that must exit at once, e.g. on SIGHUP). */
export function removeTemporaryFiles(): void {
  removePendingSync();
}

// ---- the write ---------------------------------------------------------------------------------------------

/** Where a write to `file` must land: through symbolic links (also dangling ones) to the real file. */
async function resolveTarget(file: string): Promise<string> {
  let current = path.resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    let st;
    try {
      st = await fsp.lstat(current);
    } catch {
      // Not there: resolve the directory's links, the name itself is new.
      const dir = await fsp.realpath(path.dirname(current)).catch(() => path.dirname(current));
      return path.join(dir, path.basename(current));
    }
    if (!st.isSymbolicLink()) return fsp.realpath(current);
    current = path.resolve(path.dirname(current), await fsp.readlink(current));
  }
  return fsp.realpath(file); // a loop: let the system say ELOOP
}

const LOCK_WAIT_MS = 3_000;
const LOCK_STALE_MS = 60_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock file beside the target, held for the check-and-replace; stale locks (dead process, old) are taken over. */
async function acquireLock(target: string): Promise<string> {
  const lock = path.join(path.dirname(target), `.${path.basename(target)}.kemitraan-lock`);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const h = await fsp.open(lock, 'wx');
      track(lock);
      await h.writeFile(String(process.pid));
      await h.close();
      return lock;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = await fsp.readFile(lock, 'utf8').catch(() => '');
    const age = await fsp.stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
    const pid = Number(holder);
    if ((Number.isInteger(pid) && pid > 0 && !alive(pid)) || age > LOCK_STALE_MS) {
      await fsp.rm(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new WriteRefusedError(target, 'busy');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function readOnly(file: string, mode: number): Promise<boolean> {
  if ((mode & 0o222) === 0) return true;
  try {
    await fsp.access(file, FS.W_OK);
    return false;
  } catch {
    return true;
  }
}

async function startsWith(file: string, header: string): Promise<boolean> {
  const h = await fsp.open(file, FS.O_RDONLY | FS.O_NONBLOCK);
  try {
    const want = Buffer.from(header);
    const buf = Buffer.alloc(want.length);
    const { bytesRead } = await h.read(buf, 0, want.length, 0);
    return bytesRead === want.length && buf.equals(want);
  } finally {
    await h.close();
  }
}

async function writeAll(handle: FileHandle, content: FileContent): Promise<void> {
  // FileHandle.writeFile loops over short writes; a full disk surfaces as ENOSPC here, before anything is replaced.
  if (typeof content === 'string' || content instanceof Uint8Array) await handle.writeFile(content);
  else for (const chunk of content) await handle.writeFile(chunk);
  await handle.sync();
}

/** What a file is written from: text, bytes, or chunks of bytes produced as they are written (large files). */
export type FileContent = string | Uint8Array | Iterable<Uint8Array>;

export async function writeFileAtomic(file: string, content: FileContent, options: WriteOptions = {}): Promise<void> {
  const target = await resolveTarget(file);
  const dir = path.dirname(target);
  await fsp.mkdir(dir, { recursive: true });
  const lock = await acquireLock(target);
  const tmp = temporaryName(target);
  let tmpMade = false;
  try {
    const st = await statTarget(target);
    await checkReplaceable(file, target, st, options);

    const handle = await fsp.open(tmp, 'wx', 0o666);
    tmpMade = true;
    track(tmp);
    try {
      await writeAll(handle, content);
      if (st) await keepOwnership(handle, st);
    } finally {
      await handle.close();
    }
    tmpMade = await putInPlace(file, target, tmp, st);
  } finally {
    if (tmpMade) await untrack(tmp, true);
    else await untrack(tmp, false);
    await untrack(lock, true);
  }
}

/** A hidden temporary file beside the target, named so that two processes (or two writes) never share one. */
function temporaryName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${crypto().randomBytes(4).toString('hex')}.tmp`);
}

async function statTarget(target: string): Promise<Stats | undefined> {
  return fsp.stat(target).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
}

/** Refuses (WriteRefusedError) what may not be replaced: see the module comment. Run under the lock. */
async function checkReplaceable(file: string, target: string, st: Stats | undefined, options: WriteOptions): Promise<void> {
  if (!st) return;
  if (!st.isFile()) throw new WriteRefusedError(file, 'not-a-file');
  if (!options.overwrite && !options.force) throw new FileExistsError(file);
  if (!options.force && (await readOnly(target, st.mode))) throw new WriteRefusedError(file, 'read-only');
  const expect = options.expect;
  if (expect && 'sha256' in expect && contentHash(await fsp.readFile(target)) !== expect.sha256) throw new ChangedOnDiskError(file);
  if (expect && 'startsWith' in expect && !(await startsWith(target, expect.startsWith))) throw new WriteRefusedError(file, 'not-ours');
}

/** The replaced file's mode and, where the process may set it, its owner. */
async function keepOwnership(handle: FileHandle, st: Stats): Promise<void> {
  await handle.chmod(st.mode & 0o7777);
  if (typeof process.getuid === 'function' && (st.uid !== process.getuid() || st.gid !== process.getgid?.())) {
    await handle.chown(st.uid, st.gid).catch(() => undefined); // only root may give a file away
  }
}

/** Puts the written temporary file in the target's place; true while the temporary file still exists. Under the lock. */
async function putInPlace(file: string, target: string, tmp: string, st: Stats | undefined): Promise<boolean> {
  if (st && st.nlink > 1) {
    // Renaming would leave the other names on the old file: copy into the same inode instead. The content is
    // already on disk in full (tmp), so only a crash in the copy itself could cut the file.
    await fsp.copyFile(tmp, target);
    return true;
  }
  if (st) {
    await fsp.rename(tmp, target);
    return false;
  }
  // A new file: link() fails if another process created the name meanwhile, where rename would replace it.
  try {
    await fsp.link(tmp, target);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FileExistsError(file);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw err;
    await fsp.rename(tmp, target); // a file system without hard links
    return false;
  }
}

/**
 * A file written piece by piece while its content is produced (the check cache, an entry as each file's result
 * comes), then put in place as writeFileAtomic puts a file: the content is never held whole in memory, and the
 * target holds the old content or the new, never part of either. The temporary file beside the target is made
 * on the first write (synchronously: pieces are small, and the caller need not wait for anything); the lock is
 * taken only for the check-and-replace in `commit`, so a write that lasts as long as a run never keeps another
 * run waiting. A failed write is kept and thrown by `commit`; `discard` removes the temporary file (also done on
 * a signal or exit).
 */
export class StreamedAtomicFile {
  private fd: number | undefined;
  private tmp: string | undefined;
  private failure: unknown;
  private done = false;

  private constructor(readonly file: string, private readonly target: string) {}

  /** Where `file` will land is resolved now (through symbolic links); nothing is created before the first write. */
  static async create(file: string): Promise<StreamedAtomicFile> {
    return new StreamedAtomicFile(file, await resolveTarget(file));
  }

  /** Appends bytes; after a failure (a full disk, no permission) further pieces are dropped and `commit` throws it. */
  write(chunk: Uint8Array): void {
    if (this.failure !== undefined || this.done) return;
    try {
      if (this.fd === undefined) {
        mkdirSync(path.dirname(this.target), { recursive: true });
        const tmp = temporaryName(this.target);
        this.fd = openSync(tmp, 'wx+', 0o666);
        this.tmp = tmp;
        track(tmp);
      }
      for (let off = 0; off < chunk.length; ) off += writeSync(this.fd, chunk, off, chunk.length - off);
    } catch (err) {
      this.failure = err;
    }
  }

  /** Bytes written before, read back; undefined once the write failed (or was given up). */
  readSync(position: number, length: number): Buffer | undefined {
    if (this.fd === undefined || this.failure !== undefined) return undefined;
    const buf = Buffer.allocUnsafe(length);
    try {
      let got = 0;
      while (got < length) {
        const n = readSync(this.fd, buf, got, length - got, position + got);
        if (n === 0) return undefined;
        got += n;
      }
      return buf;
    } catch {
      return undefined;
    }
  }

  /** Flushes the content to disk and puts it in the target's place (see writeFileAtomic for `options`). */
  async commit(options: WriteOptions = {}): Promise<void> {
    if (this.done) throw new Error('StreamedAtomicFile: committed or discarded already');
    if (this.failure !== undefined) {
      const failure = this.failure;
      await this.discard();
      throw failure;
    }
    this.write(new Uint8Array(0)); // an empty file is made, too
    if (this.failure !== undefined) return this.commit(options);
    const tmp = this.tmp!;
    this.done = true;
    let tmpExists = true;
    let lock: string | undefined;
    try {
      const handle = await fsp.open(tmp, 'r+');
      let st: Stats | undefined;
      try {
        await handle.sync(); // a full disk surfaces here, before anything is replaced
        lock = await acquireLock(this.target);
        st = await statTarget(this.target);
        await checkReplaceable(this.file, this.target, st, options);
        if (st) await keepOwnership(handle, st);
      } finally {
        await handle.close();
        closeSync(this.fd!);
        this.fd = undefined;
      }
      tmpExists = await putInPlace(this.file, this.target, tmp, st);
    } finally {
      await untrack(tmp, tmpExists);
      if (lock) await untrack(lock, true);
    }
  }

  /** Gives the write up: the temporary file (if any) is removed, the target untouched. */
  async discard(): Promise<void> {
    this.done = true;
    if (this.fd !== undefined) {
      closeSync(this.fd);
      this.fd = undefined;
    }
    if (this.tmp !== undefined) await untrack(this.tmp, true);
  }
}
