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
    // Explanations are wrapped at word boundaries to the terminal's width; the terminal would cut words in half.
    say: (text: string) => { streams.output.write(`${wrapToWidth(text, widthOf(streams.output))}\n`); },
  };
}

function widthOf(output: unknown): number {
  const columns = (output as { columns?: number }).columns;
  return typeof columns === 'number' && columns >= 40 ? Math.min(columns - 1, 100) : 100;
}

/** Wraps each line of `text` at word boundaries; lines keep their leading indentation. */
export function wrapToWidth(text: string, width: number): string {
  return text.split('\n').map((line) => {
    if (line.length <= width) return line;
    const indent = /^\s*/.exec(line)![0];
    const out: string[] = [];
    let current = '';
    for (const word of line.trim().split(/\s+/)) {
      if (current && indent.length + current.length + 1 + word.length > width) {
        out.push(indent + current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    if (current) out.push(indent + current);
    return out.join('\n');
  }).join('\n');
}

