/**
 * The process around a command: real stdout/stderr, stdin, cwd and env. A write to stdout that fails — a full disk,
 * `> /dev/full`, a broken device — ends the run with exit 2 and one line on stderr, every command alike; output
 * is never silently cut short (Node's own stream for files ignores short writes: it exited 0 with the output cut
 * at a few KB on a nearly full disk). A reader that stops early (`kemitraan guide | head`) is not an error.
 */
import { fstatSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { msg } from '../guide/messages/index.js';
import type { Lang } from '../guide/types.js';
import type { CliIO, Output } from '../commands/context.js';
import { ioReason } from '../commands/io-errors.js';
import { helpLang } from './failure.js';

/** Exit code for output that could not be written (2: an I/O error, as for files). */
const EXIT_IO = 2;

function failOutput(err: NodeJS.ErrnoException, lang: Lang, fatal: (code: number) => never): never {
  if (err.code === 'EPIPE') fatal(process.exitCode === undefined ? 0 : Number(process.exitCode));
  try {
    writeSync(2, `${msg(lang, 'cli.error.prefix')}: ${msg(lang, 'io.error.output', { reason: ioReason(err, lang) })}\n`);
  } catch {
    /* stderr is gone too: the exit code still tells */
  }
  fatal(EXIT_IO);
}

/** Linux's memory devices (/dev/null, /dev/zero, /dev/full): character devices that are never a terminal. */
const LINUX_MEM_MAJOR = 1;
const linuxMajor = (rdev: number) => ((rdev >> 8) & 0xfff) | (Math.floor(rdev / 2 ** 32) & ~0xfff);

/** tty.isatty, loaded only for a character device that may be a terminal (node:tty brings net and streams). */
const isatty = (fd: number): boolean => (createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(fd);

/** Whether writes to `fd` go straight to a file or device (synchronous, where a short write must be looped). */
function isFileLike(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    if (st.isFile() || st.isBlockDevice()) return true;
    if (!st.isCharacterDevice()) return false;
    return (process.platform === 'linux' && linuxMajor(st.rdev) === LINUX_MEM_MAJOR) || !isatty(fd);
  } catch {
    return false;
  }
}

/** Writes all of `chunk` to `fd`, looping over short writes; a write of nothing means the device is full. */
export function writeAllSync(fd: number, chunk: string): void {
  const buf = Buffer.from(chunk);
  let off = 0;
  while (off < buf.length) {
    const n = writeSync(fd, buf, off, buf.length - off);
    if (n <= 0) throw Object.assign(new Error('no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
    off += n;
  }
}

/** `stream` is asked for only when the output is not file-like: building process.stdout loads Node's streams. */
export function processOutput(stream: () => NodeJS.WriteStream, fd: number, onError: (err: NodeJS.ErrnoException) => never): Output {
  if (isFileLike(fd)) {
    return {
      isTTY: false,
      write(chunk: string) {
        try {
          writeAllSync(fd, chunk);
        } catch (err) {
          onError(err as NodeJS.ErrnoException);
        }
        return true;
      },
    };
  }
  const out = stream();
  out.on('error', (err: NodeJS.ErrnoException) => onError(err));
  return out;
}

/**
 * An output made on its first use. For stderr, which most runs never write to: where it is a pipe (a CI log, an
 * editor's save hook, the benchmark) or a terminal, making it builds process.stderr and loads Node's streams and
 * net — 12 M instructions, a seventh of a `node -e 0`, at every start of a `check` that prints nothing there.
 */
function lazyOutput(make: () => Output): Output {
  let out: Output | undefined;
  const real = () => (out ??= make());
  return {
    write: (chunk: string) => real().write(chunk),
    get isTTY() {
      return real().isTTY;
    },
    get columns() {
      return real().columns;
    },
  };
}

/** The real process as a command's io: stdout and stderr that fail loudly, stdin read only when used. */
export function processIo(argv: readonly string[]): CliIO {
  const lang = helpLang(argv, process.env);
  const fatal = (code: number): never => process.exit(code);
  const stdout = processOutput(() => process.stdout, 1, (err) => failOutput(err, lang, fatal));
  const stderr = lazyOutput(() => processOutput(() => process.stderr, 2, (err) => fatal(err.code === 'EPIPE' ? Number(process.exitCode ?? 0) : EXIT_IO)));
  return {
    stdout,
    stderr,
    // A getter: touching process.stdin builds a stream, which only init and `-` need.
    get stdin() {
      return process.stdin;
    },
    cwd: process.cwd(),
    env: process.env,
  };
}
