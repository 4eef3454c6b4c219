import { stat } from 'node:fs/promises';
import path from 'node:path';

/** The names a config file may have, looked for in this order in each directory. */
export const CONFIG_FILE_NAMES = ['.kemitraanrc.yaml', '.kemitraanrc.yml'];

/** Finds the nearest `.kemitraanrc.yaml` from `startDir` upward (to the filesystem root). */
export async function findConfigFile(startDir: string): Promise<string | undefined> {
  let dir = path.resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      try {
        if ((await stat(candidate)).isFile()) return candidate;
      } catch {
        /* not here */
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
