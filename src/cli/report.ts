import { Option } from 'commander';
import { msg } from '../guide/messages/index.js';
import { REPORT_FORMAT_NAMES } from '../report/format/index.js';
import { GROUP_BY } from '../report/types.js';
import type { ReportCliOptions } from '../commands/report/run.js';
import type { RegisterCommand } from './program.js';
import { UsageError } from '../commands/context.js';
import { ignoreOption, langOption, outputLang } from './options.js';

export const registerReport: RegisterCommand = (program, { io, lang, setExitCode }) => {
  program
    .command('report')
    .description(msg(lang, 'report.description'))
    .argument('<paths...>', msg(lang, 'report.arg.paths'))
    .addOption(new Option('-f, --format <format>', msg(lang, 'report.opt.format')).choices(REPORT_FORMAT_NAMES))
    .option('--as-of <date>', msg(lang, 'report.opt.asOf'))
    .option('--period <period>', msg(lang, 'report.opt.period'))
    .addOption(new Option('--template <shape>', msg(lang, 'report.opt.template')).choices(['semester', 'csr']))
    .addOption(new Option('--by <dimension>', msg(lang, 'report.opt.by')).choices(GROUP_BY))
    .option('-o, --output <file>', msg(lang, 'report.opt.output'))
    .option('--force', msg(lang, 'report.opt.force'))
    .addOption(ignoreOption(lang))
    .addOption(langOption(lang))
    .option('--no-color', msg(lang, 'cli.opt.noColor'))
    .addHelpText('after', msg(lang, 'report.help.after'))
    .action(async (paths: string[], options: ReportCliOptions, command) => {
      const outLang = outputLang(options, command, io.env);
      if (paths.length === 0) throw new UsageError(msg(outLang, 'cli.error.noPaths'));
      const { runReport } = await import('../commands/report/run.js');
      const { lang: _ignored, ...rest } = options;
      setExitCode(await runReport(paths, { ...rest, lang: outLang }, io));
    });
};
