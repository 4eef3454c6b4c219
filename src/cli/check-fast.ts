/**
 * `kemitraan check PATH...` without commander: the command people and editors run most, on its own short path
 * (bundled with its code cache, see scripts/bundle.js and bin/kemitraan.cjs). It takes only the plain
 * spellings of check's options; anything else — help, an unknown or repeated option, a value outside its
 * choices, option groups, `--` — returns undefined and the full command line (commander) handles the arguments,
 * so every message and error stays commander's own. test/check-fast.test.ts holds both paths to the same output.
 */
import { EXIT, resolveLang, type CliIO } from '../commands/context.js';
import type { CheckCliOptions } from '../commands/check/run.js';
import { FAIL_ON_LEVELS } from '../commands/check/options.js';
import { CHECK_FORMAT_NAMES, DEFAULT_CHECK_FORMAT } from '../check/format/index.js';
import { helpLang, reportFailure } from './failure.js';
import { ioWithCommandName } from './command-name.js';
import { processIo } from './process-io.js';

/** Options that take a value, by every spelling the fast path accepts. */
const VALUED: Record<string, keyof CheckCliOptions> = {
  '-f': 'format', '--format': 'format', '--fail-on': 'failOn', '--stage': 'stage', '-c': 'config', '--config': 'config',
  '--cache-location': 'cacheLocation', '--lang': 'lang',
};
/** Options that take a value and may be repeated, each value added to a list. */
const REPEATABLE: Record<string, 'ignore'> = { '--ignore': 'ignore' };
const FLAGS: Record<string, [keyof CheckCliOptions, boolean]> = {
  '-q': ['quiet', true], '--quiet': ['quiet', true], '--cache': ['cache', true], '--no-color': ['color', false], '--no-config': ['config', false],
};

/** The options and paths of `check` when written plainly, else undefined. */
export function parseCheckArgs(args: readonly string[]): { paths: string[]; options: CheckCliOptions } | undefined {
  const options: Partial<Record<keyof CheckCliOptions, unknown>> = {};
  const seen = new Set<keyof CheckCliOptions>();
  const paths: string[] = [];
  const lists: { ignore?: string[] } = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('-') || a === '-') {
      paths.push(a);
      continue;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const repeatable = REPEATABLE[name];
    if (repeatable) {
      const value = eq > 0 ? a.slice(eq + 1) : args[++i];
      if (value === undefined || (eq < 0 && value.startsWith('-'))) return undefined;
      (lists[repeatable] ??= []).push(value);
      continue;
    }
    const valued = VALUED[name];
    const flag = FLAGS[name];
    let key: keyof CheckCliOptions;
    let value: unknown;
    if (valued) {
      key = valued;
      if (eq > 0) value = a.slice(eq + 1);
      else {
        value = args[++i];
        if (value === undefined || (value as string).startsWith('-')) return undefined;
      }
    } else if (flag && eq < 0) {
      [key, value] = flag;
    } else {
      return undefined;
    }
    if (seen.has(key)) return undefined; // repeated (or --config with --no-config): commander's order rules
    seen.add(key);
    options[key] = value;
  }
  if (paths.length === 0) return undefined;
  const format = (options.format as string | undefined) ?? DEFAULT_CHECK_FORMAT;
  const failOn = (options.failOn as string | undefined) ?? 'error';
  const lang = options.lang as string | undefined;
  if (!(CHECK_FORMAT_NAMES as readonly string[]).includes(format) || !(FAIL_ON_LEVELS as readonly string[]).includes(failOn)) return undefined;
  if (lang !== undefined && lang !== 'id' && lang !== 'en') return undefined;
  return { paths, options: { ...(options as Partial<CheckCliOptions>), ...lists, format: format as CheckCliOptions['format'], failOn: failOn as CheckCliOptions['failOn'] } };
}

/** Runs `check` for plainly written arguments (`args` after the word `check`); undefined: not handled here. */
export async function runCheckFast(args: readonly string[], given: CliIO): Promise<number | undefined> {
  const parsed = parseCheckArgs(args);
  if (!parsed) return undefined;
  const io = ioWithCommandName(given);
  const lang = helpLang(['check', ...args], io.env);
  try {
    const outLang = resolveLang(parsed.options.lang, io.env);
    const { runCheck } = await import('../commands/check/run.js');
    return await runCheck(parsed.paths, { ...parsed.options, lang: outLang }, io);
  } catch (err) {
    return reportFailure(err, lang, io) ?? EXIT.ERROR;
  }
}

/** The fast path over the real process (the bundle's entry for bin/kemitraan.cjs); undefined: not handled here. */
export function runCheckProcess(args: readonly string[]): Promise<number | undefined> {
  return runCheckFast(args, processIo(['check', ...args]));
}
