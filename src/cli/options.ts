/** Options several commands share, defined once. */
import { Option, type Command } from 'commander';
import { msg } from '../guide/messages/index.js';
import type { Lang } from '../guide/types.js';
import { resolveLang, type CliIO } from '../commands/context.js';

/** `--lang id|en`, described in the help's language. */
export function langOption(helpLang: Lang): Option {
  return new Option('--lang <lang>', msg(helpLang, 'cli.opt.lang')).choices(['id', 'en']);
}

/**
 * The language a command was asked for: its own --lang, else one of its ancestors' (the top-level program's
 * or, for `export dhis2`, `assess new` ..., the parent command's — commander gives `--lang` typed after a nested
 * command to the program), else KEMITRAAN_LANG.
 */
export function askedLang(options: { lang?: string }, command: Command, env: CliIO['env']): string | undefined {
  return options.lang ?? (command.optsWithGlobals() as { lang?: string }).lang ?? env.KEMITRAAN_LANG;
}

/** The output language of a command: as asked, else Indonesian. */
export function outputLang(options: { lang?: string }, command: Command, env: CliIO['env']): Lang {
  return resolveLang(askedLang(options, command, env), env);
}

/** `--ignore <glob>`, repeatable, on every command that takes PATH arguments (see io/paths.ts). */
export function ignoreOption(helpLang: Lang): Option {
  return new Option('--ignore <glob>', msg(helpLang, 'paths.opt.ignore')).argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
}
