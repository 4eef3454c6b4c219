/**
 * The output formats of `kemitraan check`: the one place a format is registered. The CLI's `--format` choices,
 * shell completion (generated from those choices) and loading are derived from this table; each formatter is
 * imported only when asked for, so `check` starts without loading the others.
 *
 * To add a format: write `check/format/<name>.ts` exporting a StreamFormatter (or a whole-run Formatter wrapped
 * in `buffered`), and add one entry here.
 */
import { buffered, type StreamFormatter } from './types.js';

export const CHECK_FORMATS = {
  stylish: async () => (await import('./stylish.js')).stylishStream,
  json: async () => (await import('./json.js')).jsonStream,
  sarif: async () => (await import('./sarif.js')).sarifStream,
  github: async () => (await import('./github.js')).githubStream,
  // JUnit's root element carries the totals, so the whole run is kept until the end.
  junit: async () => buffered((await import('./junit.js')).junit),
} as const satisfies Record<string, () => Promise<StreamFormatter>>;

export type CheckFormat = keyof typeof CHECK_FORMATS;

export const CHECK_FORMAT_NAMES = Object.keys(CHECK_FORMATS) as CheckFormat[];

/** What `check` prints when no --format is given: for people at a terminal. */
export const DEFAULT_CHECK_FORMAT: CheckFormat = 'stylish';

/** Loads the formatter of one format. */
export function loadCheckFormatter(format: CheckFormat): Promise<StreamFormatter> {
  return CHECK_FORMATS[format]();
}
