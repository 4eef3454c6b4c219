import { Option } from 'commander';
import { msg } from '../guide/messages/index.js';
import type { RegisterCommand } from './program.js';
import { UsageError } from '../commands/context.js';
import { langOption, outputLang } from './options.js';

export const registerGuide: RegisterCommand = (program, { io, lang, setExitCode }) => {
  program
    .command('guide')
    .description(msg(lang, 'guide.description'))
    .argument('[step]', msg(lang, 'guide.arg.step'))
    .addOption(new Option('-f, --format <format>', msg(lang, 'cli.opt.format')).choices(['text', 'json']).default('text'))
    .addOption(langOption(lang))
    .addHelpText('after', msg(lang, 'guide.help.after'))
    .action(async (step: string | undefined, options: { format: 'text' | 'json'; lang?: string }, command) => {
      const outLang = outputLang(options, command, io.env);
      const { findStep, STEPS } = await import('../guide/steps.js');
      const found = step === undefined ? undefined : findStep(step);
      if (step !== undefined && !found) {
        throw new UsageError(msg(outLang, 'cli.error.unknownStep', { step, known: STEPS.map((s) => `${s.id}/${s.alias}`).join(', ') }));
      }
      const { guideText, guideJson } = await import('../guide/format.js');
      io.stdout.write(options.format === 'json' ? guideJson(found?.id) : guideText(outLang, found?.id));
      setExitCode(0);
    });
};
