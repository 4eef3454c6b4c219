/**
 * Nothing is lost: every write goes to a temporary file beside the target and is renamed over it, so a crash
 * leaves either the old file or the new one, never half of one. Existing files are kept unless `force`.
 */
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export class FileExistsError extends Error {
  constructor(public readonly file: string) {
    super(`${file} already exists`);
    this.name = 'FileExistsError';
  }
}

export async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

export async function writeFileAtomic(file: string, content: string | Uint8Array, options: { force?: boolean } = {}): Promise<void> {
  if (!options.force && (await exists(file))) throw new FileExistsError(file);
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(tmp, 'wx');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } catch (err) {
    await handle.close();
    await rm(tmp, { force: true });
    throw err;
  }
  await handle.close();
  try {
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
