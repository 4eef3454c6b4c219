/**
 * What a command may touch, passed in rather than taken from `process`, so tests can run commands in-process
 * and the core never sees the process at all.
 */
import type { Lang } from '../guide/types.js';
import { isIsoDate, isoOf } from '../locale/dates.js';

export interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
  /** A terminal's width in columns (process.stdout has it when it is a TTY). */
  columns?: number;
}

/**
 * How wide human output may be: the terminal's columns, or COLUMNS when set (to force a width, or for a pipe);
 * undefined (no wrapping) for a pipe or file without COLUMNS, so logs and grep see whole lines.
 */
export function outputWidth(io: Pick<CliIO, 'stdout' | 'env'>): number | undefined {
  const fromEnv = Number(io.env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv >= 20) return fromEnv;
  const columns = io.stdout.columns;
  return io.stdout.isTTY === true && typeof columns === 'number' && columns >= 20 ? columns : undefined;
}

export interface CliIO {
  stdout: Output;
  stderr: Output;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Exit codes: 0 fine, 1 problems found, 2 usage / IO / config / internal errors. */
export const EXIT = { OK: 0, FINDINGS: 1, ERROR: 2 } as const;

/** Thrown for usage and I/O problems a user can fix; the CLI prints the message (no stack) and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function resolveLang(option: string | undefined, env: CliIO['env']): Lang {
  const v = (option ?? env.KEMITRAAN_LANG ?? 'id').toLowerCase();
  if (v === 'id' || v === 'en') return v;
  throw new UsageError(`--lang: "${v}" (id | en)`);
}

/** Colour only for a terminal, and never with NO_COLOR or --no-color. */
export function useColor(io: CliIO, option: boolean | undefined): boolean {
  if (option === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

/** Today's date (local time) as YYYY-MM-DD; KEMITRAAN_TODAY pins it for reproducible runs and tests. */
export function today(env: CliIO['env']): string {
  const pinned = env.KEMITRAAN_TODAY;
  if (pinned && isIsoDate(pinned)) return pinned;
  const d = new Date();
  return isoOf({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
}
