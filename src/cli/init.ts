import type { RegisterCommand } from './program.js';

/** Placeholder until the `init` command lands: registers nothing. */
export const registerInit: RegisterCommand = () => {};
