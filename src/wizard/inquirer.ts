/**
 * The real prompter: the @inquirer prompts (input, select, checkbox, confirm), imported only when a person is actually asked something, so neither
 * `check` nor a non-interactive `init` pays for loading it.
 */
import type { Lang } from '../guide/types.js';
import { msg, type MessageId } from '../guide/messages/index.js';
import { BACK, type CheckboxQuestion, type ConfirmQuestion, type InputQuestion, type Prompter, type SelectQuestion } from './prompter.js';

export interface TerminalStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { write(chunk: string): unknown };
}

/** The prompts' own English words for keys and actions, and the catalog's words for them. */
const KEY_WORDS: Record<string, MessageId> = {
  navigate: 'typing.key.navigate', select: 'typing.key.select', submit: 'typing.key.submit', all: 'typing.key.all', invert: 'typing.key.invert', space: 'typing.key.space',
};

/**
 * The key hints under select and checkbox prompts ("↑↓ navigate • ⏎ select") in the person's language. The
 * prompts hand over [key, action] pairs; both may be words ("space").
 */
export function keysHelpTip(lang: Lang, checkbox: boolean): (keys: [string, string][]) => string {
  const word = (w: string, action: boolean): string => {
    if (action && checkbox && w === 'select') return msg(lang, 'typing.key.toggle');
    const id = KEY_WORDS[w];
    return id ? msg(lang, id) : w;
  };
  return (keys) => keys.map(([key, action]) => `${key === 'space' ? word(key, false) : key} ${word(action, true)}`).join(' • ');
}

/** ya/y/tidak/t (and the English yes/y/no/n, which the prompt always accepts); the answer is echoed as Ya/Tidak. */
export function confirmTheme(lang: Lang) {
  return { keywords: { yes: msg(lang, 'typing.yes'), no: msg(lang, 'typing.no'), error: () => msg(lang, 'typing.yesNoError') } };
}

export async function createInquirerPrompter(streams: TerminalStreams, lang: Lang = 'id'): Promise<Prompter> {
  // The four prompt packages the wizard uses, not the @inquirer/prompts bundle of ten.
  const [input, select, checkbox, confirm] = await Promise.all([
    import('@inquirer/input'), import('@inquirer/select'), import('@inquirer/checkbox'), import('@inquirer/confirm'),
  ]);
  const prompts = { input: input.default, select: select.default, checkbox: checkbox.default, confirm: confirm.default };
  const context = { input: streams.input, output: streams.output, clearPromptOnDone: false };
  const pageSize = 14;
  const selectTheme = { style: { keysHelpTip: keysHelpTip(lang, false) } };
  const checkboxTheme = { style: { keysHelpTip: keysHelpTip(lang, true) } };
  return {
    input: (q: InputQuestion) => prompts.input({
      message: q.message,
      ...(q.default !== undefined && q.default !== '' ? { default: q.default } : {}),
      ...(q.validate ? { validate: q.validate } : {}),
    }, context),
    select: <T>(q: SelectQuestion<T>) => prompts.select<T | typeof BACK>({
      message: q.message,
      choices: [
        ...q.choices.map((c) => ({ value: c.value as T | typeof BACK, name: c.name, ...(c.description ? { description: c.description } : {}) })),
        ...(q.back ? [{ value: BACK as T | typeof BACK, name: q.back }] : []),
      ],
      ...(q.default !== undefined ? { default: q.default } : {}),
      pageSize,
      loop: false,
      theme: selectTheme,
    }, context),
    checkbox: <T>(q: CheckboxQuestion<T>) => prompts.checkbox<T>({
      message: q.message,
      choices: q.choices.map((c) => ({ value: c.value, name: c.name, checked: c.checked === true, ...(c.description ? { description: c.description } : {}) })),
      pageSize,
      loop: false,
      theme: checkboxTheme,
    }, context),
    confirm: (q: ConfirmQuestion) => prompts.confirm({ message: q.message, ...(q.default !== undefined ? { default: q.default } : {}), theme: confirmTheme(lang) }, context),
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

