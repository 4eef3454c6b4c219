import type { RegisterCommand } from './program.js';

/** Placeholder until the `report` command lands: registers nothing. */
export const registerReport: RegisterCommand = () => {};
