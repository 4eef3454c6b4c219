/**
 * Expands the PATH arguments of check/report: files, directories (every .yaml/.yml below, skipping
 * node_modules and dot-directories) and globs (`*`, `**`, `?`, `{a,b}`). Node 20 has no fs.glob, hence this.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export const PLAN_EXTENSIONS = ['.yaml', '.yml'];
const SKIP_DIRS = new Set(['node_modules']);

export interface ExpandedPaths {
  files: string[];
  /** Arguments that matched nothing or do not exist. */
  missing: string[];
}

const isGlob = (p: string) => /[*?{[]/.test(p);
const isPlanFile = (p: string) => PLAN_EXTENSIONS.includes(path.extname(p).toLowerCase()) && !path.basename(p).startsWith('.kemitraanrc');

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches zero or more directories
        re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += glob[i + 2] === '/' ? 2 : 1;
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += '(?:' + glob.slice(i + 1, end).split(',').map(escapeRe).join('|') + ')';
        i = end;
      }
    } else re += escapeRe(ch);
  }
  return new RegExp(`^${re}$`);
}

function escapeRe(s: string): string {
  return s.replace(/[.+^$()|[\]\\{}*?]/g, '\\$&');
}

async function walk(dir: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith('.') && !SKIP_DIRS.has(e.name)) await walk(full, out);
    } else if (e.isFile() && isPlanFile(e.name)) out.push(full);
  }
}

/** Expands arguments relative to `cwd`; results keep the user's spelling (relative stays relative). */
export async function expandPaths(args: readonly string[], cwd: string): Promise<ExpandedPaths> {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = path.resolve(cwd, f);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      add('-');
      continue;
    }
    if (isGlob(arg)) {
      const posix = arg.split(path.sep).join('/');
      const firstGlob = posix.search(/[*?{[]/);
      const baseDir = posix.slice(0, posix.lastIndexOf('/', firstGlob) + 1) || './';
      const re = globToRegExp(posix.replace(/^\.\//, ''));
      const found: string[] = [];
      await walk(path.resolve(cwd, baseDir), found);
      const matched = found
        .map((f) => path.relative(cwd, f).split(path.sep).join('/'))
        .filter((rel) => re.test(rel));
      if (matched.length === 0) missing.push(arg);
      matched.forEach(add);
      continue;
    }
    const full = path.resolve(cwd, arg);
    let st;
    try {
      st = await stat(full);
    } catch {
      missing.push(arg);
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      await walk(full, found);
      if (found.length === 0) missing.push(arg);
      found.forEach((f) => add(path.relative(cwd, f) || f));
    } else add(arg);
  }
  return { files, missing };
}
