/**
 * Commander writes its help headings and usage errors in English. Users of kemitraan read Indonesian first, so
 * for `id` the fixed words and the common errors are put into Indonesian from the catalog as they are written.
 */
import { msg } from '../guide/messages/index.js';
import type { Lang } from '../guide/types.js';

export function localizeCommanderText(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text
    .replace(/^Usage:/gm, msg(lang, 'cli.help.usage'))
    .replace(/^Options:$/gm, msg(lang, 'cli.help.options'))
    .replace(/^Commands:$/gm, msg(lang, 'cli.help.commands'))
    .replace(/^Arguments:$/gm, msg(lang, 'cli.help.arguments'))
    .replace(/display help for command$/gm, msg(lang, 'cli.help.helpCommand'))
    .replace(/\(choices: /g, `(${msg(lang, 'cli.help.choices')}: `)
    .replace(/(\(|, )default:(\s)/g, `$1${msg(lang, 'cli.help.default')}:$2`)
    .replace(/^error: unknown option (.+)$/gm, (_m, name: string) => msg(lang, 'cli.help.unknownOption', { name }))
    .replace(/^error: unknown command (.+)$/gm, (_m, name: string) => msg(lang, 'cli.help.unknownCommand', { name }))
    .replace(/^error: missing required argument (.+)$/gm, (_m, name: string) => msg(lang, 'cli.help.missingArgument', { name }))
    .replace(/^error: option (.+) argument missing$/gm, (_m, name: string) => msg(lang, 'cli.help.missingOptionValue', { name }))
    .replace(/^error: option (.+) argument (.+) is invalid\. Allowed choices are (.+)\.$/gm,
      (_m, name: string, value: string, choices: string) => msg(lang, 'cli.help.invalidChoice', { name, value, choices }))
    .replace(/^error: required option (.+) not specified$/gm, (_m, name: string) => msg(lang, 'cli.help.requiredOption', { name }))
    .replace(/^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/gm,
      (_m, command: string | undefined, expected: string, got: string) => msg(lang, command ? 'cli.help.tooManyArgumentsFor' : 'cli.help.tooManyArguments', { command: command ?? '', expected, got }))
    .replace(/^\(Did you mean (.+)\?\)$/gm, (_m, name: string) => msg(lang, 'cli.help.didYouMean', { name }));
}

/**
 * A usage error of commander's ("error: …", put into the person's language above) begins like the tool's own
 * errors, with the program's name: `kemitraan: galat: …`.
 */
export function prefixCommanderError(text: string, lang: Lang): string {
  const [own] = msg(lang, 'cli.error.prefix').split(':');
  return text.replace(/^(galat|error): /gm, `${own}: $1: `);
}

/**
 * The `[options]` and `[command]` placeholders in usage lines and in the command list, in the person's language.
 * Given to commander's Help (not applied to the printed text) so that its column widths stay right.
 */
export function localizePlaceholders(term: string, lang: Lang): string {
  if (lang === 'en') return term;
  return term.replace(/\[options\]/g, msg(lang, 'cli.help.optionsPlaceholder')).replace(/\[command\]/g, msg(lang, 'cli.help.commandPlaceholder'));
}
