/**
 * The command line: commander wiring only. `run` returns the exit code instead of exiting, so the binary sets
 * `process.exitCode` once at the end (ESLint's model) and tests can call it in-process.
 */
import { Command, CommanderError, Help } from 'commander';
import { msg } from '../guide/messages/index.js';
import { EXIT, type CliIO } from '../commands/context.js';
import type { CommandEnv, RegisterCommand } from './program.js';
import { toolVersion } from '../commands/version.js';
import { localizeCommanderText, localizePlaceholders, prefixCommanderError } from './help.js';
import { registerCheck } from './check.js';
import { registerGuide } from './guide.js';
import { registerSchema } from './schema.js';
import { registerInit } from './init.js';
import { registerReport } from './report.js';
import { registerRender } from './render.js';
import { registerExport } from './export.js';
import { registerCompletion } from './completion.js';
import { registerAssess } from './assess.js';
import { registerUi } from './ui.js';
import { langOption } from './options.js';
import { helpLang, reportFailure } from './failure.js';
import { ioWithCommandName } from './command-name.js';

const COMMANDS: RegisterCommand[] = [registerInit, registerCheck, registerReport, registerRender, registerExport, registerAssess, registerGuide, registerSchema, registerCompletion, registerUi];

export function buildProgram(env: CommandEnv): Command {
  const { io, lang } = env;
  const program = new Command('kemitraan');
  // Set before commands are added so that subcommands inherit it.
  program
    .exitOverride()
    .configureHelp({
      subcommandTerm(this: Help, cmd: Command) { return localizePlaceholders(Help.prototype.subcommandTerm.call(this, cmd), lang); },
      commandUsage(this: Help, cmd: Command) { return localizePlaceholders(Help.prototype.commandUsage.call(this, cmd), lang); },
    })
    .configureOutput({ writeOut: (s) => io.stdout.write(localizeCommanderText(s, lang)), writeErr: (s) => io.stderr.write(localizeCommanderText(s, lang)), outputError: (s, write) => write(prefixCommanderError(localizeCommanderText(s, lang), lang)) })
    .description(msg(lang, 'cli.description'))
    .version(toolVersion(), '-v, --version', msg(lang, 'cli.opt.version'))
    .helpOption('-h, --help', msg(lang, 'cli.opt.help'))
    .addOption(langOption(lang))
    .showSuggestionAfterError(true)
    .enablePositionalOptions(false);
  for (const register of COMMANDS) register(program, env);
  return program;
}

export async function run(argv: readonly string[], given: CliIO): Promise<number> {
  const io = ioWithCommandName(given);
  let exitCode: number = EXIT.OK;
  const lang = helpLang(argv, io.env);
  const program = buildProgram({ io, lang, setExitCode: (c) => { exitCode = c; } });
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.OK;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version are successes; everything else commander rejects is a usage error.
      return ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(err.code) ? EXIT.OK : EXIT.ERROR;
    }
    return reportFailure(err, lang, io);
  }
}
