/**
 * Reading a file the user named: a plan, an answers file, a config. Never more than the plan limit, never a hang:
 *
 * - a regular file is read up to its size (a 50 MB file costs a stat, not 50 MB of memory);
 * - a pipe — `cat plan | kemitraan check /dev/stdin`, `<(…)`, a FIFO — is a stream: read until its end, stopping
 *   past the limit. It is opened without waiting (O_NONBLOCK): a FIFO nobody writes to reads as empty after a
 *   short grace (PIPE_GRACE_MS) instead of blocking the open forever;
 * - anything else (a terminal, /dev/zero, a socket) is refused: it has no end to read to.
 */
// fs.promises: loaded on first use, not at check's start-up (see io/write.ts).
import { closeSync, constants as FS, fstatSync, openSync, promises as fsp, readSync, type Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { MAX_PLAN_BYTES, type PlanInput } from '../plan/load.js';

/**
 * What went wrong reading a file, as a code the command says in its reader's language (commands/io-errors.ts,
 * readProblemText): the system's code (ENOENT, EACCES, ELOOP, ...), or `special` for a kind of file not read.
 */
function readError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e.code ?? e.message;
}

export type ReadResult = PlanInput | { file: string; error: string };

/** Refused kinds of file: they have no end (a terminal, /dev/zero) or no content (a socket). */
const NOT_READABLE = 'special';

function kindError(st: Stats): string | undefined {
  if (st.isDirectory()) return 'EISDIR';
  if (st.isFile() || st.isFIFO()) return undefined;
  return NOT_READABLE;
}

const OPEN_FLAGS = FS.O_RDONLY | FS.O_NONBLOCK;

/** Reads a plan file (or pipe) without reading more than the limit. */
export async function readPlanInput(file: string, cwd: string): Promise<ReadResult> {
  let handle;
  try {
    handle = await fsp.open(path.resolve(cwd, file), OPEN_FLAGS);
    const st = await handle.stat();
    const kind = kindError(st);
    if (kind) return { file, error: kind };
    if (st.isFIFO()) return await readPipe(file, handle);
    const { size } = st;
    if (size > MAX_PLAN_BYTES) return { file, size };
    const bytes = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const { bytesRead } = await handle.read(bytes, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return { file, bytes: bytes.subarray(0, read), size: read };
  } catch (err) {
    return { file, error: readError(err) };
  } finally {
    await handle?.close();
  }
}

/**
 * How long a pipe that has given nothing yet may stay silent before it counts as empty. A FIFO read before its
 * writer has opened it looks exactly like an empty one (end of file at once); a writer that starts within this
 * time is still read. With data read, the end of file is the end.
 */
export const PIPE_GRACE_MS = 1_000;
const PIPE_POLL_MS = 5;

/** One step of reading a pipe: what to do with the result of a non-blocking read. */
class PipeReader {
  private readonly chunks: Buffer[] = [];
  size = 0;
  private silentSince = Date.now();
  constructor(private readonly file: string) {}

  /** 'more': read again now; 'wait': read again after a pause; a result: done. */
  take(n: number | 'EAGAIN', buf: Buffer): 'more' | 'wait' | PlanInput {
    if (n === 'EAGAIN') return 'wait'; // a writer is there, nothing written yet: a stream takes its time
    if (n === 0) {
      if (this.size > 0 || Date.now() - this.silentSince > PIPE_GRACE_MS) return this.result();
      return 'wait';
    }
    this.size += n;
    if (this.size > MAX_PLAN_BYTES) return { file: this.file, size: this.size };
    this.chunks.push(Buffer.from(buf.subarray(0, n)));
    return 'more';
  }

  private result(): PlanInput {
    const bytes = Buffer.concat(this.chunks);
    return { file: this.file, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), size: this.size, pipe: true };
  }
}

async function readPipe(file: string, handle: FileHandle): Promise<PlanInput> {
  const reader = new PipeReader(file);
  const buf = Buffer.alloc(64 * 1024);
  for (;;) {
    let n: number | 'EAGAIN';
    try {
      n = (await handle.read(buf, 0, buf.length, null)).bytesRead;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
      n = 'EAGAIN';
    }
    const step = reader.take(n, buf);
    if (step === 'wait') await new Promise((r) => setTimeout(r, PIPE_POLL_MS));
    else if (step !== 'more') return step;
  }
}

/** Reads all of stdin, stopping (and reporting the size) past the plan limit. */
export async function readStdinInput(stdin: NodeJS.ReadableStream): Promise<PlanInput> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > MAX_PLAN_BYTES) return { file: '<stdin>', size };
    chunks.push(b);
  }
  const bytes = Buffer.concat(chunks);
  return { file: '<stdin>', bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), size };
}

/** Sleeps the thread (a worker's, or the main one briefly): for waiting on a pipe in the synchronous reader. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const newBuffer = (size: number): Uint8Array => new Uint8Array(size);

/**
 * The same read, synchronous: for check's worker threads, which read the files they check themselves (a thread
 * of its own has nothing else to do meanwhile, and the promise round trips cost more than the reads).
 * `allocate` gives the buffer a regular file is read into (by default a new one of its size): a caller that
 * only hashes the bytes (check --cache, for the key) passes a buffer it reuses, so that reading thousands of
 * files leaves no dead buffers behind.
 */
export function readPlanInputSync(file: string, cwd: string, allocate: (size: number) => Uint8Array = newBuffer): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path.resolve(cwd, file), OPEN_FLAGS);
    const st = fstatSync(fd);
    const kind = kindError(st);
    if (kind) return { file, error: kind };
    if (st.isFIFO()) return readPipeSync(file, fd);
    const { size } = st;
    if (size > MAX_PLAN_BYTES) return { file, size };
    const bytes = allocate(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { file, bytes: bytes.subarray(0, read), size: read };
  } catch (err) {
    return { file, error: readError(err) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function readPipeSync(file: string, fd: number): PlanInput {
  const reader = new PipeReader(file);
  const buf = Buffer.alloc(64 * 1024);
  for (;;) {
    let n: number | 'EAGAIN';
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
      n = 'EAGAIN';
    }
    const step = reader.take(n, buf);
    if (step === 'wait') sleep(PIPE_POLL_MS);
    else if (step !== 'more') return step;
  }
}

/** Reads a file the user named as text (answers, config, a plan to edit): limit, pipes and refusals as above. */
export async function readUserText(file: string, cwd: string): Promise<{ text: string; bytes: Uint8Array } | { error: string } | { tooLarge: number }> {
  const r = await readPlanInput(file, cwd);
  if ('error' in r) return { error: r.error };
  if (!r.bytes) return { tooLarge: r.size };
  return { text: new TextDecoder('utf-8').decode(r.bytes), bytes: r.bytes };
}
