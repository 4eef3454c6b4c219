/**
 * The real prompter: @inquirer/prompts, imported only when a person is actually asked something, so neither
 * `check` nor a non-interactive `init` pays for loading it.
 */
import type { CheckboxQuestion, ConfirmQuestion, InputQuestion, Prompter, SelectQuestion } from './prompter.js';

export interface TerminalStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { write(chunk: string): unknown };
}

export async function createInquirerPrompter(streams: TerminalStreams): Promise<Prompter> {
  const prompts = await import('@inquirer/prompts');
  const context = { input: streams.input, output: streams.output, clearPromptOnDone: false };
  const pageSize = 14;
  return {
    input: (q: InputQuestion) => prompts.input({
      message: q.message,
      ...(q.default !== undefined && q.default !== '' ? { default: q.default } : {}),
      ...(q.validate ? { validate: q.validate } : {}),
    }, context),
    select: <T>(q: SelectQuestion<T>) => prompts.select<T>({
      message: q.message,
      choices: q.choices.map((c) => ({ value: c.value, name: c.name, ...(c.description ? { description: c.description } : {}) })),
      ...(q.default !== undefined ? { default: q.default } : {}),
      pageSize,
      loop: false,
    }, context),
    checkbox: <T>(q: CheckboxQuestion<T>) => prompts.checkbox<T>({
      message: q.message,
      choices: q.choices.map((c) => ({ value: c.value, name: c.name, checked: c.checked === true, ...(c.description ? { description: c.description } : {}) })),
      pageSize,
      loop: false,
    }, context),
    confirm: (q: ConfirmQuestion) => prompts.confirm({ message: q.message, ...(q.default !== undefined ? { default: q.default } : {}) }, context),
    say: (text: string) => { streams.output.write(`${text}\n`); },
  };
}
