import { Option } from 'commander';
import { msg } from '../guide/messages/index.js';
import type { RegisterCommand } from './program.js';
import { UsageError } from '../commands/context.js';
import { ignoreOption, langOption, outputLang } from './options.js';

/** `kemitraan export dhis2 PATH... --map MAP.yaml --period PERIOD [-o FILE.json|.csv]`. */
export const registerExport: RegisterCommand = (program, { io, lang, setExitCode }) => {
  const exportCommand = program.command('export').description(msg(lang, 'export.description'));
  exportCommand
    .command('dhis2')
    .description(msg(lang, 'export.dhis2.description'))
    .argument('<paths...>', msg(lang, 'report.arg.paths'))
    .requiredOption('--map <file>', msg(lang, 'export.opt.map'))
    .requiredOption('--period <period>', msg(lang, 'report.opt.period'))
    .addOption(new Option('-f, --format <format>', msg(lang, 'export.opt.format')).choices(['json', 'csv']))
    .option('-o, --output <file>', msg(lang, 'report.opt.output'))
    .option('--force', msg(lang, 'report.opt.force'))
    .addOption(ignoreOption(lang))
    .addOption(langOption(lang))
    .addHelpText('after', msg(lang, 'export.dhis2.help.after'))
    .action(async (paths: string[], options: { map: string; period: string; format?: 'json' | 'csv'; output?: string; force?: boolean; ignore?: string[]; lang?: string }, command) => {
      const outLang = outputLang(options, command, io.env);
      if (paths.length === 0) throw new UsageError(msg(outLang, 'cli.error.noPaths'));
      const { runExportDhis2 } = await import('../commands/export/dhis2.js');
      const { lang: _ignored, ...rest } = options;
      setExitCode(await runExportDhis2(paths, { ...rest, lang: outLang }, io));
    });
};
