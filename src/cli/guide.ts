import { Option } from 'commander';
import { msg } from '../guide/messages/index.js';
import type { RegisterCommand } from './program.js';
import type { GuideCliOptions } from '../commands/guide/run.js';
import { langOption, outputLang } from './options.js';

export const registerGuide: RegisterCommand = (program, { io, lang, setExitCode }) => {
  program
    .command('guide')
    .description(msg(lang, 'guide.description'))
    .argument('[step]', msg(lang, 'guide.arg.step'))
    .addOption(new Option('-f, --format <format>', msg(lang, 'cli.opt.format')).choices(['text', 'json']).default('text'))
    .addOption(langOption(lang))
    .addHelpText('after', msg(lang, 'guide.help.after'))
    .action(async (step: string | undefined, options: GuideCliOptions, command) => {
      const outLang = outputLang(options, command, io.env);
      const { runGuide } = await import('../commands/guide/run.js');
      setExitCode(runGuide(step, { ...options, lang: outLang }, io));
    });
};
