/**
 * One clear line for a file or stream the tool could not read or write: a refused write (exists, read-only,
 * changed on disk, ...) or a system error (full disk, permission, ...) — never "internal error".
 */
import { msg, type MessageId } from '../guide/messages/index.js';
import type { Lang } from '../guide/types.js';
import { WriteRefusedError } from '../io/write.js';

/** The system's error codes the catalog explains; others are shown as the system names them. */
export function ioReason(err: unknown, lang: Lang): string {
  const e = err as NodeJS.ErrnoException;
  // mkdir -p through a file ("-o rencana.yaml/x.md") fails with EEXIST: the folder it needs is a file, so the
  // person is told that part of the path is not a folder, not that what they write "already exists".
  const code = e?.code === 'EEXIST' && e.syscall === 'mkdir' ? 'ENOTDIR' : e?.code;
  return code ? readProblemText(code, lang) : String(e?.message ?? err);
}

const REASONS: Record<string, true> = Object.fromEntries(
  ['ENOSPC', 'EDQUOT', 'EFBIG', 'EACCES', 'EPERM', 'EROFS', 'EEXIST', 'EISDIR', 'ENOTDIR', 'ENOENT', 'EIO', 'ELOOP', 'EMFILE', 'ENAMETOOLONG', 'EAGAIN', 'special']
    .map((c) => [`io.reason.${c}`, true]),
);

/**
 * Why a file could not be read (io/read.ts gives a code: the system's, or `special` for a device or socket), in
 * the reader's language; a code the catalog does not explain is shown as the system names it.
 */
export function readProblemText(code: string, lang: Lang): string {
  return `io.reason.${code}` in REASONS ? msg(lang, `io.reason.${code}` as MessageId) : code;
}

/** "cannot read FILE: why" for a read problem's code (see readProblemText), in the reader's language. */
export function unreadableMessage(file: string, code: string, lang: Lang): string {
  return msg(lang, 'cli.error.unreadable', { file, detail: readProblemText(code, lang) });
}

/** An error from the file system (it has a system code), as opposed to a bug. */
export function isSystemError(err: unknown): err is NodeJS.ErrnoException {
  const e = err as NodeJS.ErrnoException;
  // An Error of another realm (a vm context, as under Jest) is one too.
  const isError = e instanceof Error || Object.prototype.toString.call(e) === '[object Error]';
  return isError && typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code) && typeof e.syscall === 'string';
}

/** The message for a failed write of `shown` (the name as the user wrote it), or undefined if it is not one. */
export function writeErrorMessage(err: unknown, shown: string, lang: Lang): string | undefined {
  if (err instanceof WriteRefusedError) return msg(lang, `io.write.${err.reason}` as MessageId, { file: shown });
  if (isSystemError(err)) return msg(lang, 'io.error.write', { file: shown, reason: ioReason(err, lang) });
  return undefined;
}

/** A system error that escaped a command: name the path it concerns (if any) and what the system said. */
export function systemErrorMessage(err: NodeJS.ErrnoException, lang: Lang, cwd: string): string {
  const file = err.path ? relative(err.path, cwd) : undefined;
  const reason = ioReason(err, lang);
  if (!file) return msg(lang, 'io.error.output', { reason });
  const reading = err.syscall === 'read' || err.syscall === 'scandir' || (err.syscall === 'open' && err.code === 'ENOENT');
  return msg(lang, reading ? 'io.error.read' : 'io.error.write', { file, reason });
}

function relative(file: string, cwd: string): string {
  return file.startsWith(`${cwd}/`) ? file.slice(cwd.length + 1) : file;
}

/** The one line for an I/O error that escaped a command (refused write, full disk, ...); undefined for a bug. */
export function ioErrorMessage(err: unknown, lang: Lang, cwd: string): string | undefined {
  if (err instanceof WriteRefusedError) return writeErrorMessage(err, relative(err.file, cwd), lang);
  if (isSystemError(err)) return systemErrorMessage(err, lang, cwd);
  return undefined;
}
