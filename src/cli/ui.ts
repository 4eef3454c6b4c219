import { msg } from '../guide/messages/index.js';
import type { RegisterCommand } from './program.js';
import { langOption, outputLang } from './options.js';

export interface UiCliOptions {
  port?: string;
  open?: boolean;
  lang?: string;
}

export const registerUi: RegisterCommand = (program, { io, lang, setExitCode }) => {
  program
    .command('ui')
    .description(msg(lang, 'ui.description'))
    .argument('[plan]', msg(lang, 'ui.arg.plan'), 'kemitraan.yaml')
    .option('-p, --port <n>', msg(lang, 'ui.opt.port'))
    .option('--no-open', msg(lang, 'ui.opt.noOpen'))
    .addOption(langOption(lang))
    .addHelpText('after', msg(lang, 'ui.help.after'))
    .action(async (file: string, options: UiCliOptions, command) => {
      const outLang = outputLang(options, command, io.env);
      // The server and the page's code load only for this command.
      const { runUi } = await import('../commands/ui/run.js');
      setExitCode(await runUi(file, { ...(options.port !== undefined ? { port: options.port } : {}), open: options.open !== false, lang: outLang }, io));
    });
};
