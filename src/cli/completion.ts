import type { RegisterCommand } from './program.js';

/** Placeholder until the `completion` command lands: registers nothing. */
export const registerCompletion: RegisterCommand = () => {};
