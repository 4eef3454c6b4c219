import { msg } from '../guide/messages/index.js';
import type { RegisterCommand } from './program.js';

export const registerSchema: RegisterCommand = (program, { io, lang, setExitCode }) => {
  program
    .command('schema')
    .description(msg(lang, 'schema.description'))
    .addHelpText('after', msg(lang, 'schema.help.after'))
    .action(async () => {
      const { runSchema } = await import('../commands/schema/run.js');
      setExitCode(runSchema(io));
    });
};
