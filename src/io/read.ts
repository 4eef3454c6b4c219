import { open } from 'node:fs/promises';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { MAX_PLAN_BYTES, type PlanInput } from '../plan/load.js';

/** What went wrong reading a file, short: the system's code (ENOENT, EACCES), or "is a directory". */
function readError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e.code === 'EISDIR' ? 'is a directory' : e.code ?? e.message;
}

/** Reads a plan file without reading more than the limit: a 50 MB file costs a stat, not 50 MB of memory. */
export async function readPlanInput(file: string, cwd: string): Promise<PlanInput | { file: string; error: string }> {
  let handle;
  try {
    handle = await open(path.resolve(cwd, file), 'r');
    const { size } = await handle.stat();
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

/**
 * The same read, synchronous: for check's worker threads, which read the files they check themselves (a thread
 * of its own has nothing else to do meanwhile, and the promise round trips cost more than the reads).
 */
export function readPlanInputSync(file: string, cwd: string): PlanInput | { file: string; error: string } {
  let fd: number | undefined;
  try {
    fd = openSync(path.resolve(cwd, file), 'r');
    const { size } = fstatSync(fd);
    if (size > MAX_PLAN_BYTES) return { file, size };
    const bytes = new Uint8Array(size);
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
