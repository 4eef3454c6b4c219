/**
 * Glob patterns of PATH arguments, `!` exclusions and `--ignore`, compiled with minimatch. Loaded only when an
 * argument is a glob or something is excluded (src/io/paths.ts imports this file lazily), so a plain
 * `check plan.yaml` never pays for it.
 *
 * Why minimatch (README "Glob"): since 11.0 it matches each path segment with a non-backtracking matcher
 * (@isaacs/nonrecursive-glob-match), so time grows linearly with the name; picomatch, micromatch, zeptomatch and
 * Node's own path.matchesGlob compile to regular expressions that backtrack (`*a*a*a*a*a*a*a*a` against a
 * 40-character name: 3–8 s, 60 characters: over 20 s), which a PATH argument must never do.
 */
import { GLOBSTAR, Minimatch, braceExpand, type MinimatchOptions } from 'minimatch';

/**
 * At most this many patterns from one argument's braces: `{a,b}` ten times over is 1,024 patterns, each tried
 * against every file. More is a mistake, not a plan list, and is refused with a message instead of running long.
 */
export const MAX_BRACE_ALTERNATIVES = 1000;

/**
 * `*`, `?` and `**` skip names that start with a dot unless the pattern spells the dot; `!` and `#` at the start
 * are ours (exclusion) or literal, never minimatch's; no extglobs — `!(…)` would read like an exclusion.
 */
const INCLUDE: MinimatchOptions = { dot: false, nocomment: true, nonegate: true, noext: true };
/** An exclusion also covers dotfiles: excluding more than asked is harmless, less would surprise. */
const EXCLUDE: MinimatchOptions = { ...INCLUDE, dot: true };

/** Why a pattern cannot be used. */
export type GlobProblem = { reason: 'tooManyAlternatives' | 'tooLong'; limit: number } | { reason: 'invalidPattern'; detail: string };

/** minimatch's own limit on a pattern's length, said in our words rather than its English error. */
export const MAX_PATTERN_LENGTH = 64 * 1024;

/** A pattern that names one path after all (no magic left once braces and escapes are read): that path. */
export interface LiteralGlob {
  literal: string;
}

export interface CompiledGlob {
  /**
   * The directories to read (as the pattern spells them: '' is the current directory, '/x' absolute, '../x'
   * above): the literal segments before the first wildcard of each brace alternative, nested ones dropped.
   */
  roots: string[];
  /** Whether a path spelled as the walk spells it (root + '/' + relative) matches. */
  matches(spelled: string): boolean;
  /** Whether anything below the directory can match (prunes the walk). */
  mayContain(spelled: string): boolean;
}

/** The pattern as the matcher reads it: `/` separators, no leading `./`. */
export function normalizePattern(pattern: string, sep: string): string {
  let p = sep === '/' ? pattern : pattern.split(sep).join('/');
  // `a//b` and `a/./b` name a/b: results are spelled the short way.
  p = p.replace(/\/{2,}/g, '/').replace(/\/(?:\.\/)+/g, '/');
  while (p.startsWith('./') && p.length > 2) p = p.slice(2);
  return p;
}

function braceProblem(pattern: string): GlobProblem | undefined {
  if (braceExpand(pattern, { braceExpandMax: MAX_BRACE_ALTERNATIVES + 1 }).length > MAX_BRACE_ALTERNATIVES) {
    return { reason: 'tooManyAlternatives', limit: MAX_BRACE_ALTERNATIVES };
  }
  return undefined;
}

function build(pattern: string, options: MinimatchOptions): Minimatch | GlobProblem {
  // minimatch throws on what it refuses (a pattern over 64 KB, a `**/..` blow-up): a message, not a stack trace.
  if (pattern.length > MAX_PATTERN_LENGTH) return { reason: 'tooLong', limit: MAX_PATTERN_LENGTH };
  try {
    const tooMany = braceProblem(pattern);
    if (tooMany) return tooMany;
    return new Minimatch(pattern, options);
  } catch (err) {
    return { reason: 'invalidPattern', detail: err instanceof Error ? err.message : String(err) };
  }
}

/** Compiles a (normalized) include pattern. */
export function compileGlob(pattern: string): CompiledGlob | LiteralGlob | GlobProblem {
  const mm = build(pattern, INCLUDE);
  if (!(mm instanceof Minimatch)) return mm;
  if (!mm.hasMagic() && mm.set.length === 1 && mm.set[0]!.every((part) => typeof part === 'string')) {
    return { literal: (mm.set[0] as string[]).join('/') };
  }
  const roots = new Set<string>();
  for (const parts of mm.set) {
    let k = 0;
    // The last part is a file name: the directory to read ends before it even when every part is literal.
    while (k < parts.length - 1 && typeof parts[k] === 'string' && parts[k] !== GLOBSTAR) k++;
    const literal = parts.slice(0, k) as string[];
    roots.add(literal.length === 1 && literal[0] === '' ? '/' : literal.join('/'));
  }
  return {
    roots: outermost([...roots]),
    matches: (spelled) => mm.match(spelled),
    mayContain: (spelled) => mm.match(spelled, true),
  };
}

/** Drops roots inside other roots: the outer walk reaches them (and the matcher decides). */
function outermost(roots: string[]): string[] {
  if (roots.includes('')) return [''];
  const sorted = roots.sort();
  const kept: string[] = [];
  for (const r of sorted) {
    if (!kept.some((k) => r === k || r.startsWith(k.endsWith('/') ? k : `${k}/`))) kept.push(r);
  }
  return kept;
}

/** A compiled exclusion: matches a path if it matches the path itself or one of its directories. */
export interface Exclusion {
  excludes(spelled: string): boolean;
  /** Absolute patterns are compared with absolute paths, the others with paths relative to the current directory. */
  absolute: boolean;
}

export function compileExclusion(pattern: string): Exclusion | GlobProblem {
  // `plans/old/` (a directory, as people write it) excludes what is in it, like `plans/old`.
  const p = pattern.length > 1 && pattern.endsWith('/') ? pattern.replace(/\/+$/, '') : pattern;
  const self = build(p, EXCLUDE);
  if (!(self instanceof Minimatch)) return self;
  // Everything below what the pattern names, as one more pattern: one linear match per path, where trying each
  // of the path's directories in turn would grow with depth times length.
  const below = build(`${p}/**`, EXCLUDE);
  if (!(below instanceof Minimatch)) return below;
  return {
    absolute: p.startsWith('/'),
    excludes: (spelled) => self.match(spelled) || below.match(spelled),
  };
}
