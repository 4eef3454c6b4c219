/**
 * Every user-facing message of the tool, in Indonesian and English, in one place. Each area has its own file;
 * this index joins them. Look a message up with `msg(lang, id, params)`.
 */
import type { Lang, Text } from '../types.js';
import { fill, type Params } from './format.js';
import { cliMessages } from './cli.js';
import { checkMessages } from './check.js';
import { renderMessages } from './render.js';
import { agreementMessages } from './agreement.js';
import { reportMessages } from './report.js';
import { wizardMessages } from './wizard.js';
import { ciMessages } from './ci.js';
import { ioMessages } from './io.js';
import { typingMessages } from './typing.js';
import { commonMessages } from './common.js';
import { regionMessages } from './regions.js';
import { reportPeriodMessages } from './report-period.js';
import { exportMessages } from './export.js';
import { officialMessages } from './official.js';
import { assessMessages } from './assess.js';
import { uiMessages } from './ui.js';
import { pathsMessages } from './paths.js';

export { fill, type Params } from './format.js';
export { RULE_WORDS, type RuleId, type Severity } from './rules.js';

/**
 * The catalogs, each made on first use, in the order they are searched: check's own first. A command loads only
 * the catalogs whose words it shows — a check of one plan never builds the wizard's or the documents' ~1,000
 * entries, nor (through the code cache) deserialises them. Ids are unique across catalogs (a test holds that),
 * so the order changes only the speed.
 */
const CATALOGS = [
  checkMessages,
  cliMessages,
  commonMessages,
  ioMessages,
  pathsMessages,
  regionMessages,
  ciMessages,
  typingMessages,
  reportPeriodMessages,
  reportMessages,
  exportMessages,
  officialMessages,
  assessMessages,
  renderMessages,
  agreementMessages,
  wizardMessages,
  uiMessages,
] as const;

type AllMessages = ReturnType<typeof checkMessages> & ReturnType<typeof cliMessages> & ReturnType<typeof commonMessages> & ReturnType<typeof ioMessages> & ReturnType<typeof pathsMessages> & ReturnType<typeof regionMessages> & ReturnType<typeof ciMessages> & ReturnType<typeof typingMessages> & ReturnType<typeof reportPeriodMessages> & ReturnType<typeof reportMessages> & ReturnType<typeof exportMessages> & ReturnType<typeof officialMessages> & ReturnType<typeof assessMessages> & ReturnType<typeof renderMessages> & ReturnType<typeof agreementMessages> & ReturnType<typeof wizardMessages> & ReturnType<typeof uiMessages>;

export type MessageId = keyof AllMessages;

const loaded: Record<string, Text>[] = [];
/** Ids already looked up, found or not: documents and the wizard ask for the same words many times. */
const found = new Map<string, Text | undefined>();

/** The words of message `id`, or undefined when there is no such message (for ids that come from templates). */
export function messageText(id: string): Text | undefined {
  const hit = found.get(id);
  if (hit !== undefined || found.has(id)) return hit;
  const text = search(id);
  found.set(id, text);
  return text;
}

function search(id: string): Text | undefined {
  for (const catalog of loaded) if (Object.hasOwn(catalog, id)) return catalog[id];
  while (loaded.length < CATALOGS.length) {
    const catalog = loadNext();
    if (Object.hasOwn(catalog, id)) return catalog[id];
  }
  return undefined;
}

function loadNext(): Record<string, Text> {
  const catalog: Record<string, Text> = CATALOGS[loaded.length]!();
  loaded.push(catalog);
  return catalog;
}

/** Every catalog by itself (for the tests that hold ids unique, and for listing). */
export function catalogs(): readonly Record<string, Text>[] {
  while (loaded.length < CATALOGS.length) loadNext();
  return loaded;
}

/** Every message, merged (for the few callers that list them all, e.g. the UI's texts). */
export function allMessages(): Record<MessageId, Text> {
  return Object.assign({}, ...catalogs()) as Record<MessageId, Text>;
}

export function msg(lang: Lang, id: MessageId, params?: Params): string {
  return fill(messageText(id)![lang], params);
}
