/**
 * Runs the real binary (bin/kemitraan.cjs over the compiled dist/) as a user would, with a pinned "today" and
 * no colour unless asked. `npm test` builds first, so dist/ is current.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { existsSync } from 'node:fs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin', 'kemitraan.cjs');
export const EXAMPLES = path.join(ROOT, 'examples');

/** The guide's source texts: `shared/seeds` beside the clone (CI), or further up (a git worktree). */
export function seedsDir(): string {
  for (let dir = path.dirname(ROOT); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'seeds');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) {
      throw new Error(`The guide's source texts (shared/seeds) were not found in any folder above ${ROOT}. These tests compare the catalog with them: put the seeds in ../shared/seeds (beside the clone) to run them.`);
    }
  }
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string>; timeoutMs?: number } = {}): CliResult {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !k.startsWith('KEMITRAAN_') && k !== 'FORCE_COLOR' && k !== 'CI') env[k] = v;
  }
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: { ...env, NO_COLOR: '1', KEMITRAAN_TODAY: '2026-11-22', ...options.env },
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A stack trace looks like "    at fn (file:line:col)"; users must never see one. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+:\d+:\d+\)?$/m.test(text);
}

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string>;
  timeoutMs?: number;
}

/**
 * Runs the CLI in this process through `run(argv, io)` (src/cli/main.ts) with an in-memory io: the same argv,
 * environment, stdin and exit code as `runCli`, without the ~0.5 s of starting a Node process. Tests use this;
 * a handful of end-to-end tests (smoke, pack, pty, workers, EPIPE) spawn the real binary with `runCli`.
 * Worker threads load compiled files, so a run that asks for workers (KEMITRAAN_WORKERS other than 0) spawns
 * the binary.
 */
export async function runInProcess(args: string[], options: RunOptions = {}): Promise<CliResult> {
  if (options.env?.KEMITRAAN_WORKERS !== undefined && options.env.KEMITRAAN_WORKERS !== '0') return runCli(args, options);
  const { run } = await import('../../src/cli/main.js');
  const { Readable } = await import('node:stream');
  let stdout = '';
  let stderr = '';
  const input = options.input ?? '';
  const stdin = Readable.from(input.length === 0 ? [] : [typeof input === 'string' ? Buffer.from(input) : input]) as NodeJS.ReadableStream & { isTTY?: boolean };
  const io = {
    stdout: { write: (chunk: string) => { stdout += chunk; return true; } },
    stderr: { write: (chunk: string) => { stderr += chunk; return true; } },
    stdin,
    cwd: options.cwd ?? ROOT,
    env: { NO_COLOR: '1', KEMITRAAN_TODAY: '2026-11-22', ...options.env } as Record<string, string | undefined>,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}
