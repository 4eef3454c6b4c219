import { Argument } from 'commander';
import { msg } from '../guide/messages/index.js';
import type { RegisterCommand } from './program.js';
import { UsageError } from '../commands/context.js';

export const COMPLETION_SHELLS = ['bash', 'zsh'] as const;

/**
 * `kemitraan completion bash|zsh`: prints a completion script whose words (commands, options, their choices,
 * step ids) are read from the registered commands themselves, so they cannot drift from the real CLI.
 */
export const registerCompletion: RegisterCommand = (program, { io, lang, setExitCode }) => {
  program
    .command('completion')
    .description(msg(lang, 'completion.description'))
    .addArgument(new Argument('<shell>', msg(lang, 'completion.arg.shell')))
    .addHelpText('after', msg(lang, 'completion.help.after'))
    .action(async (shell: string) => {
      if (!(COMPLETION_SHELLS as readonly string[]).includes(shell)) throw new UsageError(msg(lang, 'completion.error.shell', { shell }));
      const { completionScript } = await import('../commands/completion/run.js');
      io.stdout.write(completionScript(shell as (typeof COMPLETION_SHELLS)[number], program));
      setExitCode(0);
    });
};
