/**
 * The small prompt layer the wizard talks to. The step flows only ever see this interface, so tests replace it
 * with a scripted fake and the real one (inquirer.ts) is loaded only when a person is at a terminal.
 * Every question carries a stable `id` (its step and field, e.g. `partners.sector`) that fakes answer by.
 */
export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
  checked?: boolean;
}

/**
 * What a prompt returns when the person asks to go back to the previous question (typed `<`, or chose the
 * "« back" entry a prompter adds to a select when `back` is set).
 */
export const BACK = '\u0000back';

export interface InputQuestion {
  id: string;
  message: string;
  default?: string;
  /** True when the value is fine, else the message to show under the prompt. */
  validate?: (value: string) => true | string;
}

export interface SelectQuestion<T> {
  id: string;
  message: string;
  choices: readonly Choice<T>[];
  default?: T;
  /** Label of an added last choice that returns BACK; absent when there is nothing to go back to. */
  back?: string;
}

export interface CheckboxQuestion<T> {
  id: string;
  message: string;
  choices: readonly Choice<T>[];
}

export interface ConfirmQuestion {
  id: string;
  message: string;
  default?: boolean;
}

export interface Prompter {
  input(q: InputQuestion): Promise<string>;
  /** Returns BACK when the person chose the `back` entry. */
  select<T>(q: SelectQuestion<T>): Promise<T | typeof BACK>;
  checkbox<T>(q: CheckboxQuestion<T>): Promise<T[]>;
  confirm(q: ConfirmQuestion): Promise<boolean>;
  /** Prints an explanation (step introductions, suggestions). */
  say(text: string): void;
}

/** Thrown by a prompter when the person presses Ctrl-C or the terminal goes away (inquirer's ExitPromptError). */
export function isPromptExit(err: unknown): boolean {
  const name = (err as { name?: unknown } | null)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError';
}
