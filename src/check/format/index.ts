import type { Formatter, StreamFormatter } from './types.js';
import { buffered } from './types.js';
import { stylish, stylishStream } from './stylish.js';
import { json, jsonStream } from './json.js';
import { sarif, sarifStream } from './sarif.js';
import { github, githubStream } from './github.js';
import { junit } from './junit.js';

export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github, junit };
/** The same formats written file by file (JUnit's root carries totals, so it is kept whole until the end). */
export const STREAM_FORMATTERS: Record<string, StreamFormatter> = {
  stylish: stylishStream, json: jsonStream, sarif: sarifStream, github: githubStream, junit: buffered(junit),
};
export const FORMAT_NAMES = Object.keys(FORMATTERS);
export type { Formatter, FormatMeta, StreamFormatter } from './types.js';
