import { msg } from '../guide/messages/index.js';
import type { InitCliOptions } from '../commands/init/run.js';
import type { RegisterCommand } from './program.js';
import { langOption, outputLang } from './options.js';

export const registerInit: RegisterCommand = (program, { io, lang, setExitCode }) => {
  program
    .command('init')
    .description(msg(lang, 'wizard.description'))
    .argument('[file]', msg(lang, 'wizard.arg.file'), 'kemitraan.yaml')
    .option('-s, --step <step>', msg(lang, 'wizard.opt.step'))
    .option('-y, --yes', msg(lang, 'wizard.opt.yes'))
    .option('-a, --answers <file>', msg(lang, 'wizard.opt.answers'))
    .option('-f, --force', msg(lang, 'wizard.opt.force'))
    .option('--program <id>', msg(lang, 'wizard.opt.program'))
    .option('--title <text>', msg(lang, 'wizard.opt.title'))
    .option('--region <province/regency[/district[/village]]>', msg(lang, 'wizard.opt.region'))
    .option('--initiator <name>', msg(lang, 'wizard.opt.initiator'))
    .addOption(langOption(lang))
    .option('--no-color', msg(lang, 'cli.opt.noColor'))
    .addHelpText('after', msg(lang, 'wizard.help.after'))
    .action(async (file: string, options: InitCliOptions, command) => {
      const outLang = outputLang(options, command, io.env);
      const { runInit } = await import('../commands/init/run.js');
      setExitCode(await runInit(file, { ...options, lang: outLang }, io));
    });
};
