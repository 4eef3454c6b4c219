import { statSync } from 'node:fs';
/**
 * The home directory as os.homedir() gives it — HOME first, on every system but Windows (libuv's rule) — without
 * loading node:os at check's start-up for it.
 */
const homedir = (): string => (process.platform !== 'win32' && process.env.HOME) || process.getBuiltinModule('node:os').homedir();
import path from 'node:path';

/** The names a config file may have, looked for in this order in each directory. */
export const CONFIG_FILE_NAMES = ['.kemitraanrc.yaml', '.kemitraanrc.yml'];

// Synchronous and without exceptions: a handful of stats of names that mostly do not exist, where each failed
// asynchronous stat cost a trip through the thread pool and an Error with its stack (check's start-up).
const statOrUndefined = (p: string) => {
  try {
    return statSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined; // EACCES, ENOTDIR, ...: not a config here
  }
};

/**
 * Finds the nearest `.kemitraanrc.yaml` from `startDir` upward — up to the repository's root (the directory
 * holding `.git`) or the user's home, whichever comes first, else the file system's root. A config owned by
 * another user is ignored: in a shared directory such as /tmp anyone could otherwise switch rules off for you.
 */
export async function findConfigFile(startDir: string, options: { home?: string; uid?: number } = {}): Promise<string | undefined> {
  const home = path.resolve(options.home ?? homedir());
  const uid = options.uid ?? process.getuid?.();
  let dir = path.resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      const st = statOrUndefined(candidate);
      if (st?.isFile() && (uid === undefined || st.uid === uid)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir || dir === home || statOrUndefined(path.join(dir, '.git'))?.isDirectory()) return undefined;
    dir = parent;
  }
}
