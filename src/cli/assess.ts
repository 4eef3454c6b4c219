/** `kemitraan assess new|check|report`: commander wiring only; everything else loads when a subcommand runs. */
import { Option } from 'commander';
import { msg } from '../guide/messages/index.js';
import { CHECK_FORMAT_NAMES, DEFAULT_CHECK_FORMAT, type CheckFormat } from '../check/format/index.js';
import type { RegisterCommand } from './program.js';
import { UsageError } from '../commands/context.js';
import { ignoreOption, langOption, outputLang } from './options.js';

export const registerAssess: RegisterCommand = (program, { io, lang, setExitCode }) => {
  const assess = program
    .command('assess')
    .description(msg(lang, 'assess.description'))
    .addOption(langOption(lang))
    .addHelpText('after', msg(lang, 'assess.help.after'));

  assess
    .command('new')
    .description(msg(lang, 'assess.new.description'))
    .argument('<plan>', msg(lang, 'assess.arg.plan'))
    .requiredOption('-p, --partner <id>', msg(lang, 'assess.opt.partner'))
    .option('-o, --output <file>', msg(lang, 'assess.opt.newOutput'))
    .addOption(new Option('-f, --format <format>', msg(lang, 'assess.opt.formFormat')).choices(['yaml', 'html', 'docx']))
    .option('--force', msg(lang, 'report.opt.force'))
    .addOption(langOption(lang))
    .addHelpText('after', msg(lang, 'assess.new.help.after'))
    .action(async (plan: string, options: { partner: string; output?: string; format?: 'yaml' | 'html' | 'docx'; force?: boolean; lang?: string }, command) => {
      const outLang = outputLang(command.optsWithGlobals() as { lang?: string }, command, io.env);
      const { runAssessNew } = await import('../commands/assess/new.js');
      setExitCode(await runAssessNew(plan, { partner: options.partner, ...(options.output ? { output: options.output } : {}), ...(options.format ? { format: options.format } : {}), force: options.force === true, lang: outLang }, io));
    });

  assess
    .command('check')
    .description(msg(lang, 'assess.check.description'))
    .argument('<files...>', msg(lang, 'assess.arg.files'))
    .option('--plan <file>', msg(lang, 'assess.opt.plan'))
    .addOption(new Option('-f, --format <format>', msg(lang, 'cli.opt.format')).choices(CHECK_FORMAT_NAMES).default(DEFAULT_CHECK_FORMAT))
    .addOption(new Option('--fail-on <level>', msg(lang, 'check.opt.failOn')).choices(['error', 'warning', 'info']).default('error'))
    .option('-q, --quiet', msg(lang, 'check.opt.quiet'))
    .addOption(ignoreOption(lang))
    .addOption(langOption(lang))
    .option('--no-color', msg(lang, 'cli.opt.noColor'))
    .addHelpText('after', msg(lang, 'assess.check.help.after'))
    .action(async (files: string[], options: { plan?: string; format: CheckFormat; failOn: 'error' | 'warning' | 'info'; quiet?: boolean; color?: boolean; ignore?: string[]; lang?: string }, command) => {
      const outLang = outputLang(command.optsWithGlobals() as { lang?: string }, command, io.env);
      if (files.length === 0) throw new UsageError(msg(outLang, 'cli.error.noPaths'));
      const { runAssessCheck } = await import('../commands/assess/check.js');
      setExitCode(await runAssessCheck(files, { ...options, lang: outLang }, io));
    });

  assess
    .command('report')
    .description(msg(lang, 'assess.report.description'))
    .argument('<plan>', msg(lang, 'assess.arg.plan'))
    .argument('[files...]', msg(lang, 'assess.arg.reportFiles'))
    .addOption(new Option('-f, --format <format>', msg(lang, 'report.opt.format')).choices(['table', 'json', 'markdown', 'csv', 'html']))
    .option('--anonymous', msg(lang, 'assess.opt.anonymous'))
    .option('-o, --output <file>', msg(lang, 'report.opt.output'))
    .option('--force', msg(lang, 'report.opt.force'))
    .addOption(ignoreOption(lang))
    .addOption(langOption(lang))
    .addHelpText('after', msg(lang, 'assess.report.help.after'))
    .action(async (plan: string, files: string[], options: { format?: 'table' | 'json' | 'markdown' | 'csv' | 'html'; anonymous?: boolean; output?: string; force?: boolean; ignore?: string[]; lang?: string }, command) => {
      const outLang = outputLang(command.optsWithGlobals() as { lang?: string }, command, io.env);
      const { runAssessReport } = await import('../commands/assess/report.js');
      const { lang: _ignored, ...rest } = options;
      setExitCode(await runAssessReport(plan, files, { ...rest, lang: outLang }, io));
    });
};
