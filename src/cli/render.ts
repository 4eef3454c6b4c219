import { Option } from 'commander';
import { msg } from '../guide/messages/index.js';
import type { RenderCliOptions } from '../commands/render/run.js';
import type { RegisterCommand } from './program.js';
import { resolveLang } from '../commands/context.js';
import { langOption, askedLang } from './options.js';

export const registerRender: RegisterCommand = (program, { io, lang, setExitCode }) => {
  program
    .command('render')
    .description(msg(lang, 'render.description'))
    .argument('[document]', msg(lang, 'render.arg.document'))
    .argument('[plan]', msg(lang, 'render.arg.plan'))
    .option('-o, --output <path>', msg(lang, 'render.opt.output'))
    .addOption(new Option('-f, --format <format>', msg(lang, 'render.opt.format')).choices(['md', 'html', 'docx']))
    .addOption(langOption(lang))
    .option('--template-dir <dir>', msg(lang, 'render.opt.templateDir'))
    .option('--list-templates', msg(lang, 'render.opt.listTemplates'))
    .option('--eject <dir>', msg(lang, 'render.opt.eject'))
    .option('--force', msg(lang, 'render.opt.force'))
    .addHelpText('after', msg(lang, 'render.help.after'))
    .action(async (document: string | undefined, plan: string | undefined, options: RenderCliOptions, command) => {
      const asked = askedLang(options, command, io.env);
      // Without --lang/KEMITRAAN_LANG the documents follow the plan's own `language`.
      const outLang = asked === undefined ? undefined : resolveLang(asked, io.env);
      const { runRender } = await import('../commands/render/run.js');
      const { lang: _ignored, ...rest } = options;
      setExitCode(await runRender(document, plan, { ...rest, ...(outLang ? { lang: outLang } : {}) }, io));
    });
};
