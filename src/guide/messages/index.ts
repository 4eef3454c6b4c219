/**
 * Every user-facing message of the tool, in Indonesian and English, in one place. Each area has its own file;
 * this index joins them. Look a message up with `msg(lang, id, params)`.
 */
import type { Lang, Text } from '../types.js';
import { fill, type Params } from './format.js';
import { CLI_MESSAGES } from './cli.js';
import { CHECK_MESSAGES } from './check.js';
import { RENDER_MESSAGES } from './render.js';
import { AGREEMENT_MESSAGES } from './agreement.js';
import { REPORT_MESSAGES } from './report.js';
import { WIZARD_MESSAGES } from './wizard.js';
import { CI_MESSAGES } from './ci.js';
import { IO_MESSAGES } from './io.js';
import { TYPING_MESSAGES } from './typing.js';
import { COMMON_MESSAGES } from './common.js';
import { REGION_MESSAGES } from './regions.js';
import { REPORT_PERIOD_MESSAGES } from './report-period.js';
import { EXPORT_MESSAGES } from './export.js';
import { OFFICIAL_MESSAGES } from './official.js';
import { ASSESS_MESSAGES } from './assess.js';
import { UI_MESSAGES } from './ui.js';
import { PATHS_MESSAGES } from './paths.js';

export { fill, type Params } from './format.js';
export { RULES, type Severity } from './rules.js';

export const MESSAGES = {
  ...CLI_MESSAGES,
  ...CHECK_MESSAGES,
  ...RENDER_MESSAGES,
  ...AGREEMENT_MESSAGES,
  ...REPORT_MESSAGES,
  ...WIZARD_MESSAGES,
  ...CI_MESSAGES,
  ...IO_MESSAGES,
  ...TYPING_MESSAGES,
  ...COMMON_MESSAGES,
  ...REGION_MESSAGES,
  ...REPORT_PERIOD_MESSAGES,
  ...EXPORT_MESSAGES,
  ...OFFICIAL_MESSAGES,
  ...ASSESS_MESSAGES,
  ...UI_MESSAGES,
  ...PATHS_MESSAGES,
} satisfies Record<string, Text>;

export type MessageId = keyof typeof MESSAGES;

export function msg(lang: Lang, id: MessageId, params?: Params): string {
  return fill(MESSAGES[id][lang], params);
}
