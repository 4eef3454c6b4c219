import { Option } from 'commander';
import { msg } from '../guide/messages/index.js';
import { CHECK_FORMAT_NAMES, DEFAULT_CHECK_FORMAT } from '../check/format/index.js';
import type { CheckCliOptions } from '../commands/check/run.js';
import type { RegisterCommand } from './program.js';
import { UsageError } from '../commands/context.js';
import { ignoreOption, langOption, outputLang } from './options.js';
import { FAIL_ON_LEVELS } from '../commands/check/options.js';

export const registerCheck: RegisterCommand = (program, { io, lang, setExitCode }) => {
  program
    .command('check')
    .description(msg(lang, 'check.description'))
    .argument('<paths...>', msg(lang, 'check.arg.paths'))
    .addOption(new Option('-f, --format <format>', msg(lang, 'cli.opt.format')).choices(CHECK_FORMAT_NAMES).default(DEFAULT_CHECK_FORMAT))
    .addOption(new Option('--fail-on <level>', msg(lang, 'check.opt.failOn')).choices(FAIL_ON_LEVELS).default('error'))
    .option('-q, --quiet', msg(lang, 'check.opt.quiet'))
    .option('--stage <step>', msg(lang, 'check.opt.stage'))
    .option('-c, --config <file>', msg(lang, 'check.opt.config'))
    .option('--no-config', msg(lang, 'check.opt.noConfig'))
    .option('--cache', msg(lang, 'check.opt.cache'))
    .option('--cache-location <path>', msg(lang, 'check.opt.cacheLocation'))
    .addOption(ignoreOption(lang))
    .addOption(langOption(lang))
    .option('--no-color', msg(lang, 'cli.opt.noColor'))
    .addHelpText('after', msg(lang, 'check.help.after'))
    .action(async (paths: string[], options: CheckCliOptions, command) => {
      const outLang = outputLang(options, command, io.env);
      if (paths.length === 0) throw new UsageError(msg(outLang, 'cli.error.noPaths'));
      const { runCheck } = await import('../commands/check/run.js');
      setExitCode(await runCheck(paths, { ...options, lang: outLang }, io));
    });
};
