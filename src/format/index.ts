import type { Formatter } from './types.js';
import { stylish } from './stylish.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { github } from './github.js';
import { junit } from './junit.js';

export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github, junit };
export const FORMAT_NAMES = Object.keys(FORMATTERS);
export type { Formatter, FormatMeta } from './types.js';
