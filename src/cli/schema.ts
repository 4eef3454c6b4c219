import { msg } from '../guide/messages/index.js';
import type { RegisterCommand } from './program.js';

export const registerSchema: RegisterCommand = (program, { io, lang, setExitCode }) => {
  program
    .command('schema')
    .description(msg(lang, 'schema.description'))
    .addHelpText('after', msg(lang, 'schema.help.after'))
    .action(async () => {
      const { buildPlanSchema } = await import('../plan/schema.js');
      io.stdout.write(JSON.stringify(buildPlanSchema(), null, 2) + '\n');
      setExitCode(0);
    });
};
