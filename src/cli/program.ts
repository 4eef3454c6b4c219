import type { Command } from 'commander';
import type { Lang } from '../guide/types.js';
import type { CliIO } from '../commands/context.js';

/** What a command module gets when it registers: the process stand-ins, the help language, and where its exit code goes. */
export interface CommandEnv {
  io: CliIO;
  /** Language of help texts (from --lang/KEMITRAAN_LANG seen before parsing). */
  lang: Lang;
  setExitCode(code: number): void;
}

export type RegisterCommand = (program: Command, env: CommandEnv) => void;
