/**
 * Expands the PATH arguments of check, report, export and assess: files, directories (every .yaml/.yml below,
 * skipping node_modules and dot-directories), globs (`*`, `?`, `**`, `[ab]`, `{a,b}`, `{1..3}`), exclusions
 * (`!pattern` arguments) and `--ignore` patterns. The glob matcher (./glob.ts, minimatch) is imported only when
 * an argument is a glob or something is excluded: a plain `check plan.yaml` loads none of it.
 */
// fs.promises: loaded on first use, not at check's start-up (see io/write.ts).
import { promises as fsp, statSync } from 'node:fs';
import path from 'node:path';
import type { CompiledGlob, Exclusion, GlobProblem } from './glob.js';

export const PLAN_EXTENSIONS = ['.yaml', '.yml'];
const SKIP_DIRS = new Set(['node_modules']);

/** Why an argument gave no file: each is reported on stderr and makes the exit code 2. */
export type PathProblem =
  | { arg: string; reason: 'notFound' | 'noPlansInDir' | 'noMatch' | 'allExcluded' | 'onlyExclusions' | 'empty' | 'emptyIgnore' }
  | ({ arg: string } & GlobProblem);

export interface ExpandedPaths {
  files: string[];
  problems: PathProblem[];
}

export interface ExpandOptions {
  /** Patterns whose matches are left out (`--ignore`, repeatable); `!pattern` arguments add to them. */
  ignore?: readonly string[];
}

const GLOB_CHARS = /[*?{[]/;
const isGlob = (p: string) => GLOB_CHARS.test(p);
/** `!pattern` excludes; a lone `!` is a name. */
const isExclusion = (arg: string) => arg.length > 1 && arg.startsWith('!');
const isPlanFile = (p: string) => PLAN_EXTENSIONS.includes(path.extname(p).toLowerCase()) && !path.basename(p).startsWith('.kemitraanrc');
const toPosix = (p: string) => (path.sep === '/' ? p : p.split(path.sep).join('/'));

/** What a walk keeps: directories it may enter (beyond the fixed skips) and files it takes. */
interface WalkFilter {
  enter(spelled: string, name: string): boolean;
  take(spelled: string): boolean;
  /** A directory whose plans are all taken (a glob matched the directory itself): the filter to read it with. */
  whole?(spelled: string): WalkFilter | undefined;
}

/** Plain directory arguments: every plan file below, no dot-directories, no node_modules. */
const EVERYTHING: WalkFilter = {
  enter: (_spelled, name) => !name.startsWith('.') && !SKIP_DIRS.has(name),
  take: () => true,
};

/** Files below `dir` (an absolute path), in name order; `spelled` is how the user spells `dir` ('' for cwd). */
async function walk(dir: string, spelled: string, filter: WalkFilter, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const prefix = spelled === '' ? '' : spelled.endsWith('/') ? spelled : `${spelled}/`;
  for (const e of entries) {
    const child = prefix + e.name;
    if (e.isDirectory()) {
      if (filter.enter(child, e.name)) await walk(path.join(dir, e.name), child, filter.whole?.(child) ?? filter, out);
    } else if (e.isFile() && isPlanFile(e.name) && filter.take(child)) out.push(child);
  }
}

/** The exclusions, compiled; undefined when there are none (nothing to load). */
type Excluder = (spelled: string) => boolean;

async function compileExclusions(patterns: readonly string[], cwd: string, problems: PathProblem[]): Promise<Excluder | undefined> {
  if (patterns.length === 0) return undefined;
  const glob = await import('./glob.js');
  const compiled: Exclusion[] = [];
  for (const [arg, pattern] of patterns.map((p) => [p, glob.normalizePattern(p, path.sep)] as const)) {
    const c = glob.compileExclusion(pattern);
    if ('excludes' in c) compiled.push(c);
    else problems.push({ arg, ...c });
  }
  // A path is compared in the spellings an exclusion may use: absolute patterns with the absolute path, the others
  // with the path relative to the current directory and as the argument spelled it (`'!../plans/old/**'` next to
  // `../plans/**`, run from inside plans/).
  return (spelled) => {
    const abs = path.resolve(cwd, spelled);
    const absolute = toPosix(abs);
    const relative = toPosix(path.relative(cwd, abs)) || '.';
    const asSpelled = toPosix(spelled);
    return compiled.some((c) => (c.absolute ? c.excludes(absolute) : c.excludes(relative) || (asSpelled !== relative && c.excludes(asSpelled))));
  };
}

/** Expands arguments relative to `cwd`; results keep the user's spelling (relative stays relative). */
export async function expandPaths(args: readonly string[], cwd: string, options: ExpandOptions = {}): Promise<ExpandedPaths> {
  const files: string[] = [];
  const problems: PathProblem[] = [];
  const seen = new Set<string>();
  // An empty argument (an unset shell variable: `report "$DIR"`, `--ignore "$OLD"`) must mean neither the current
  // directory nor nothing at all.
  if (args.includes('')) problems.push({ arg: '""', reason: 'empty' });
  if (options.ignore?.includes('')) problems.push({ arg: '--ignore ""', reason: 'emptyIgnore' });
  const exclusionArgs = args.filter(isExclusion);
  const includes = args.filter((a) => !isExclusion(a) && a !== '');
  const excluded = await compileExclusions([...exclusionArgs.map((a) => a.slice(1)), ...(options.ignore ?? []).filter((p) => p !== '')], cwd, problems);
  if (includes.length === 0) {
    if (exclusionArgs.length > 0) problems.push({ arg: exclusionArgs.join(' '), reason: 'onlyExclusions' });
    return { files, problems };
  }
  /** Adds what an argument found; false when every file of it was excluded. */
  const addAll = (found: readonly string[]): boolean => {
    let kept = 0;
    for (const f of found) {
      if (excluded?.(f)) continue;
      kept++;
      const key = path.resolve(cwd, f);
      if (!seen.has(key)) {
        seen.add(key);
        files.push(f);
      }
    }
    return kept > 0 || found.length === 0;
  };
  /**
   * Directories an exclusion covers are not read at all; `pruned` says the current argument's walk left one out
   * (then its message is "all left out", not "none found").
   */
  let pruned = false;
  const withExclusions = (filter: WalkFilter): WalkFilter =>
    excluded
      ? {
          enter: (s, n) => {
            if (!filter.enter(s, n)) return false;
            if (!excluded(s)) return true;
            pruned = true;
            return false;
          },
          take: filter.take,
          whole: filter.whole ? (s) => (filter.whole!(s) ? everythingExcluding : undefined) : undefined,
        }
      : filter;
  const everythingExcluding = excluded ? withExclusions(EVERYTHING) : EVERYTHING;

  /** A file or directory named as it is; false when it does not exist. */
  const literal = async (arg: string, name: string): Promise<boolean> => {
    // A synchronous stat: for the usual one or few names it is far quicker than a trip through the thread pool
    // (check's start-up), and for thousands of names (xargs) it is still microseconds each.
    let st;
    try {
      st = statSync(path.resolve(cwd, name), { throwIfNoEntry: false });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR' || code === 'ENOENT') return false;
      // A symbolic link loop, a forbidden folder, a name too long: the name is there but cannot be looked at, so
      // it goes to the reader, which says why in the reader's language — not "not found".
      if (!addAll([name])) problems.push({ arg, reason: 'allExcluded' });
      return true;
    }
    if (st === undefined) return false;
    if (st.isDirectory()) {
      const found: string[] = [];
      // Found files are spelled relative to the current directory, as they always were for directories.
      const dir = path.resolve(cwd, name);
      await walk(dir, toPosix(path.relative(cwd, dir)), everythingExcluding, found);
      if (found.length === 0) problems.push({ arg, reason: pruned ? 'allExcluded' : 'noPlansInDir' });
      else if (!addAll(found)) problems.push({ arg, reason: 'allExcluded' });
    } else if (!addAll([name])) problems.push({ arg, reason: 'allExcluded' });
    return true;
  };

  for (const arg of includes) {
    pruned = false;
    if (arg === '-') {
      if (!seen.has('-')) files.push('-'); // standard input: never excluded
      seen.add('-');
      continue;
    }
    if (isGlob(arg)) {
      const glob = await import('./glob.js');
      const normalized = glob.normalizePattern(arg, path.sep);
      // `plans/*/` names directories only.
      const directoriesOnly = normalized.length > 1 && normalized.endsWith('/');
      const compiled = glob.compileGlob(directoriesOnly ? normalized.replace(/\/+$/, '') : normalized);
      if ('reason' in compiled) problems.push({ arg, ...compiled });
      else if ('literal' in compiled) {
        // `plans/[x].yaml` reads as plans/x.yaml; a file named as typed wins when that one is absent.
        if (!(await literal(arg, compiled.literal)) && !(await literal(arg, arg))) problems.push({ arg, reason: 'notFound' });
      } else {
        const found = await expandGlob(compiled, cwd, withExclusions, directoriesOnly);
        // A name with glob characters that exists as written (`plans/[draft].yaml`) is that file; not when a
        // `..` after a wildcard would make the file system read `plans/**/../a.yaml` as plans/a.yaml.
        if (found.length === 0 && !/(^|\/)\.\.(\/|$)/.test(arg.slice(arg.search(GLOB_CHARS))) && (await literal(arg, arg))) continue;
        if (found.length === 0) problems.push({ arg, reason: pruned ? 'allExcluded' : 'noMatch' });
        else if (!addAll(found)) problems.push({ arg, reason: 'allExcluded' });
      }
      continue;
    }
    if (!(await literal(arg, arg))) problems.push({ arg, reason: 'notFound' });
  }
  return { files, problems };
}

/**
 * The plan files a glob matches, spelled as the pattern spells its directories. A directory the glob matches
 * stands for the plans in it, as a directory argument does — so `'rencana/2026-*'` quoted finds what the shell's
 * own expansion of rencana/2026-* would hand over unquoted.
 */
async function expandGlob(glob: CompiledGlob, cwd: string, withExclusions: (f: WalkFilter) => WalkFilter, directoriesOnly: boolean): Promise<string[]> {
  // Enter a directory only if the pattern can match it or below it: the walk reads what the pattern can reach,
  // not the whole tree. Dot-directories only when the pattern spells the dot (the matcher's rule); node_modules
  // only when the pattern's literal part names it (the walk then starts inside it).
  const filter = withExclusions({
    enter: (spelled, name) => !SKIP_DIRS.has(name) && glob.mayContain(spelled),
    take: (spelled) => !directoriesOnly && glob.matches(spelled),
    whole: (spelled) => (glob.matches(spelled) ? EVERYTHING : undefined),
  });
  const found: string[] = [];
  for (const root of glob.roots) await walk(path.resolve(cwd, root || '.'), root, filter, found);
  return found;
}
