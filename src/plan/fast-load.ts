/**
 * The fast reading of a plan: js-yaml, ~10x faster than the `yaml` package but without positions. Only used
 * where it reads exactly what `yaml` (YAML 1.2 core schema, no merge keys, no timestamps) would read: the scalar
 * types below copy `yaml`'s core schema, and text with constructs where the two libraries could disagree is
 * left to `yaml` (see fastPathEligible). test/hostile-parse-agreement.test.ts holds both to the same data.
 */
import { createRequire } from 'node:module';
import type { Schema } from 'js-yaml';

// Made on first use: createRequire at load time cost every start-up of check a little, in five modules.
let requireHere: NodeJS.Require | undefined;
const require = (id: string): unknown => (requireHere ??= createRequire(import.meta.url))(id);

// The `yaml` package's core schema (yaml/dist/schema/core): integers are decimal with an optional sign, or
// unsigned 0o/0x; floats have a dot or an exponent, or are .inf/.nan. js-yaml's core schema also reads 0b...,
// signed hex/octal and drops non-finite values. Read character by character, not with regular expressions: this
// runs at every start of `check`, where compiling six expressions cost more than the reading (the expressions
// stay in test/subset-yaml.test.ts as the reference this is held to).
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isOctal = (c: number) => c >= 0x30 && c <= 0x37;
const isHex = (c: number) => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);

function allFrom(s: string, from: number, test: (c: number) => boolean): boolean {
  for (let i = from; i < s.length; i++) if (!test(s.charCodeAt(i))) return false;
  return true;
}

/** What the core schema reads a plain scalar as when it is a number: 'int', 'float', or undefined (text). */
export function numberKind(s: string): 'int' | 'float' | undefined {
  const n = s.length;
  const c0 = s.charCodeAt(0);
  // A number can only start with a digit, a sign or a dot: every other plain scalar stops here.
  if (!(isDigit(c0) || c0 === 0x2b || c0 === 0x2d || c0 === 0x2e)) return undefined;
  if (n > 2 && c0 === 0x30) {
    const radix = s.charCodeAt(1);
    if (radix === 0x6f /* o */) return allFrom(s, 2, isOctal) ? 'int' : undefined;
    if (radix === 0x78 /* x */) return allFrom(s, 2, isHex) ? 'int' : undefined;
  }
  let i = c0 === 0x2b || c0 === 0x2d ? 1 : 0;
  if (s.charCodeAt(i) === 0x2e) {
    const word = s.slice(i + 1);
    if (word === 'inf' || word === 'Inf' || word === 'INF') return 'float';
    if (i === 0 && (word === 'nan' || word === 'NaN' || word === 'NAN')) return 'float';
  }
  const intStart = i;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  const intDigits = i - intStart;
  if (i === n) return intDigits > 0 ? 'int' : undefined;
  let dot = false;
  let fracDigits = 0;
  if (s.charCodeAt(i) === 0x2e) {
    dot = true;
    const fracStart = ++i;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    fracDigits = i - fracStart;
  }
  const mantissa = intDigits > 0 || fracDigits > 0;
  if (i === n) return dot && mantissa ? 'float' : undefined;
  const e = s.charCodeAt(i);
  if (!mantissa || (e !== 0x65 && e !== 0x45)) return undefined;
  i++;
  const sign = s.charCodeAt(i);
  if (sign === 0x2b || sign === 0x2d) i++;
  const expStart = i;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  return i === n && i > expStart ? 'float' : undefined;
}

function resolveInt(s: string): number {
  if (s.length > 2 && s.charCodeAt(0) === 0x30) {
    if (s.charCodeAt(1) === 0x6f) return parseInt(s.slice(2), 8);
    if (s.charCodeAt(1) === 0x78) return parseInt(s.slice(2), 16);
  }
  return parseInt(s, 10);
}

/** A float as numberKind read it: a special word (.inf, -.Inf, .NaN, ...) ends in a letter, any other in a digit or a dot. */
function resolveFloat(s: string): number {
  const last = s.charCodeAt(s.length - 1);
  if (isDigit(last) || last === 0x2e) return parseFloat(s);
  return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
}

const isInt = (s: string) => numberKind(s) === 'int';
const isFloat = (s: string) => numberKind(s) === 'float';

/** What a plain (unquoted) scalar means in the core schema: null, a boolean, a number, or the text itself. */
export function resolvePlainScalar(s: string): unknown {
  switch (s) {
    case '': case '~': case 'null': case 'Null': case 'NULL':
      return null;
    case 'true': case 'True': case 'TRUE':
      return true;
    case 'false': case 'False': case 'FALSE':
      return false;
  }
  const kind = numberKind(s);
  return kind === 'int' ? resolveInt(s) : kind === 'float' ? resolveFloat(s) : s;
}

let schema: Schema | undefined;
let jsYaml: typeof import('js-yaml') | undefined;

export function coreSchema(): Schema {
  if (!schema) {
    jsYaml = require('js-yaml') as typeof import('js-yaml');
    const { Type, CORE_SCHEMA } = jsYaml;
    // Types with the tag of an existing one replace it in place, so resolution order stays null, bool, int, float.
    const int = new Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (s: unknown) => typeof s === 'string' && isInt(s),
      construct: (s: string) => resolveInt(s),
    });
    const float = new Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (s: unknown) => typeof s === 'string' && isFloat(s),
      construct: (s: string) => resolveFloat(s),
    });
    schema = CORE_SCHEMA.extend({ implicit: [int, float] });
  }
  return schema;
}

/** `yaml` refuses implicit keys longer than this; js-yaml does not. */
const MAX_IMPLICIT_KEY = 1024;

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b;
/** A node can start after these: start of text, whitespace, `[`, `{`, `,`. */
const beforeNode = (c: number) => Number.isNaN(c) || isSpace(c) || c === 0x5b || c === 0x7b || c === 0x2c;

/**
 * Whether the text avoids every construct where js-yaml and `yaml` may read different data, or where `yaml` must
 * do the work (alias limits, positions of errors): anchors, aliases and tags at a node's start; directives;
 * explicit `?` keys; null or empty keys (`yaml` makes them "", js-yaml "null"); collection keys (`]:`/`}:`);
 * lines longer than `yaml`'s implicit-key limit; `\U` escapes and escaped line breaks.
 */
export function fastPathEligible(text: string): boolean {
  const n = text.length;
  // Escapes the two read differently: js-yaml turns `\U00110000` (past Unicode) into garbage where `yaml`
  // refuses it, and folds an escaped line break followed by blank lines differently.
  if (text.includes('\\U')) return false;
  for (let i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next === 0x0a || (next === 0x0d && text.charCodeAt(i + 2) === 0x0a)) return false;
  }
  // indexOf scans natively; a loop over every character in JavaScript costs as much as the regular expressions.
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    if ((i + 1 === n || isSpace(text.charCodeAt(i + 1))) && suspiciousKeyBefore(text, i)) return false;
  }
  for (const ch of ['&', '*']) {
    for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) {
      if (beforeNode(text.charCodeAt(i - 1)) && i + 1 < n && !isSpace(text.charCodeAt(i + 1))) return false;
    }
  }
  for (let i = text.indexOf('!'); i >= 0; i = text.indexOf('!', i + 1)) {
    if (beforeNode(text.charCodeAt(i - 1))) return false;
  }
  for (let i = text.indexOf('?'); i >= 0; i = text.indexOf('?', i + 1)) {
    if (beforeNode(text.charCodeAt(i - 1)) && (i + 1 === n || isSpace(text.charCodeAt(i + 1)))) return false;
  }
  for (let i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
    if (i === 0 || text.charCodeAt(i - 1) === 0x0a) return false;
  }
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i - lineStart >= MAX_IMPLICIT_KEY) return false;
    if (opensQuoteLeftOpen(text, lineStart, i)) return false;
    lineStart = i + 1;
  }
  return n - lineStart < MAX_IMPLICIT_KEY;
}

/**
 * Whether the line [start, end) begins a quoted scalar (as an item or a key's value) that it does not close.
 * js-yaml takes any following line as its continuation, however little indented; `yaml` requires the
 * continuation to be indented under its key, and reports the quote as unclosed otherwise. A line such as
 * `email: "---` followed by `bappeda@..."` at column 1 is read as data by one and as an error by the other, so
 * multi-line quoted scalars are left to `yaml` (the subset reader gives up on them too).
 */
function opensQuoteLeftOpen(text: string, start: number, end: number): boolean {
  let i = start;
  for (;;) {
    while (i < end && text.charCodeAt(i) === 0x20) i++;
    if (text.charCodeAt(i) === 0x2d && text.charCodeAt(i + 1) === 0x20) i += 2; // "- " item, possibly nested
    else break;
  }
  let q = text.charCodeAt(i);
  if (q !== 0x22 && q !== 0x27) {
    const colon = text.indexOf(': ', i);
    if (colon < 0 || colon >= end) return false;
    i = colon + 2;
    while (i < end && text.charCodeAt(i) === 0x20) i++;
    q = text.charCodeAt(i);
    if (q !== 0x22 && q !== 0x27) return false;
  }
  for (let j = i + 1; j < end; j++) {
    const c = text.charCodeAt(j);
    if (q === 0x22 && c === 0x5c) j++; // an escape in "..."
    else if (c === q) {
      if (q === 0x27 && text.charCodeAt(j + 1) === 0x27) j++; // '' in '...'
      else return false;
    }
  }
  return true;
}

/** Before a `key: ` colon: nothing (an empty key), a null word (~, null), or the end of a flow collection. */
function suspiciousKeyBefore(text: string, colon: number): boolean {
  const prev = text.charCodeAt(colon - 1);
  if (beforeNode(prev)) return true;
  // Most keys end in a letter that no null word or flow end ends in: done.
  if (prev !== 0x7e && prev !== 0x6c && prev !== 0x4c && prev !== 0x5d && prev !== 0x7d && prev !== 0x20 && prev !== 0x09) return false;
  let j = colon - 1;
  while (j >= 0 && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j--;
  const last = text.charCodeAt(j);
  if (last === 0x5d || last === 0x7d) return true; // ] }
  for (const word of NULL_WORDS) {
    const from = colon - word.length;
    if (from >= 0 && text.startsWith(word, from) && beforeNode(text.charCodeAt(from - 1))) return true;
  }
  return false;
}

const NULL_WORDS = ['~', 'null', 'Null', 'NULL'];

export type FastLoadResult = { ok: true; data: unknown } | { ok: false };

/** Reads text with js-yaml; `ok: false` for anything it refuses (the caller then lets `yaml` explain). */
export function fastLoad(text: string): FastLoadResult {
  const s = coreSchema();
  try {
    return { ok: true, data: jsYaml!.load(text, { schema: s, json: false }) };
  } catch {
    // Syntax errors, duplicate keys, tabs, stack overflow on absurd nesting: all located by the slow path.
    return { ok: false };
  }
}
