/** Runs the CLI in-process (`run(argv, io)`) with an in-memory stdout/stderr, a pinned today and no colour. */
import { Readable } from 'node:stream';
import { run } from '../../src/cli/main.js';
import type { CliIO } from '../../src/commands/context.js';

export interface MemoryRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runInProcess(argv: string[], options: { cwd: string; env?: Record<string, string>; stdin?: string }): Promise<MemoryRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => { stdout += s; return true; }, isTTY: false },
    stderr: { write: (s: string) => { stderr += s; return true; }, isTTY: false },
    stdin: Readable.from([options.stdin ?? '']) as NodeJS.ReadableStream & { isTTY?: boolean },
    cwd: options.cwd,
    env: { NO_COLOR: '1', KEMITRAAN_TODAY: '2026-11-22', ...options.env },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
