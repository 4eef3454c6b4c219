/** The language of messages before a command has parsed its options, and how a command's failure reaches the user: one line on stderr and exit 2, never a stack trace. */
import { msg } from '../guide/messages/index.js';
import type { Lang } from '../guide/types.js';
import { EXIT, UsageError, type CliIO } from '../commands/context.js';
import { ioErrorMessage } from '../commands/io-errors.js';

/** The help and error language, guessed before parsing: --lang X / --lang=X, else KEMITRAAN_LANG, else Indonesian. */
export function helpLang(argv: readonly string[], env: CliIO['env']): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const v = i < 0 ? env.KEMITRAAN_LANG : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return v === 'en' ? 'en' : 'id';
}

export function reportFailure(err: unknown, lang: Lang, io: CliIO): number {
  if (err instanceof UsageError) {
    io.stderr.write(`${msg(lang, 'cli.error.prefix')}: ${err.message}\n`);
    return EXIT.ERROR;
  }
  // A file or stream the system would not let us read or write (full disk, permission, ...) is not a bug.
  const ioMessage = ioErrorMessage(err, lang, io.cwd);
  if (ioMessage) {
    io.stderr.write(`${msg(lang, 'cli.error.prefix')}: ${ioMessage}\n`);
    return EXIT.ERROR;
  }
  const e = err as Error;
  io.stderr.write(`${msg(lang, 'cli.error.internal', { detail: e?.message ?? String(err) })}\n`);
  if (io.env.KEMITRAAN_DEBUG) io.stderr.write(`${e?.stack ?? ''}\n`);
  return EXIT.ERROR;
}
