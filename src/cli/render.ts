import type { RegisterCommand } from './program.js';

/** Placeholder until the `render` command lands: registers nothing. */
export const registerRender: RegisterCommand = () => {};
