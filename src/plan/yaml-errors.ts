/**
 * The `yaml` package explains a syntax error in English ("Missing , or : between flow map items"). An officer
 * reading Indonesian output must not get those words: each error is named here by a catalog word
 * (`word.yaml.*`, Indonesian and English, src/guide/messages/check.ts) chosen from yaml's code and message. Pure.
 */

/** yaml's message patterns, most specific first, per catalog word. */
const PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/^Block collections are not allowed within flow collections/, 'word.yaml.blockInFlow'],
  [/^Missing , or : between flow/, 'word.yaml.missingCommaOrColon'],
  [/^Missing , between flow/, 'word.yaml.missingComma'],
  [/^Missing space after :/, 'word.yaml.missingSpaceAfterColon'],
  [/^Missing closing .?quote/, 'word.yaml.missingQuote'],
  [/^Implicit map keys need to be followed by map values/, 'word.yaml.keyWithoutColon'],
  [/^Implicit keys (of flow sequence pairs )?need to be on a single line/, 'word.yaml.keyOneLine'],
  [/^Nested mappings are not allowed in compact mappings/, 'word.yaml.nestedCompact'],
  [/^A block sequence may not be used as an implicit map key/, 'word.yaml.nestedCompact'],
  [/^Sequence item without - indicator/, 'word.yaml.itemWithoutDash'],
  [/^All (sequence|mapping|collection) items must start at the same column/, 'word.yaml.itemsNotAligned'],
  [/^Comments must be separated from other tokens by white space/, 'word.yaml.commentSpace'],
  [/^Plain value cannot start with/, 'word.yaml.badStart'],
  [/^Invalid escape sequence/, 'word.yaml.badEscape'],
  [/^Source contains multiple documents/, 'word.yaml.multipleDocuments'],
  [/^Unresolved tag/, 'word.yaml.unknownTag'],
  [/anchor|alias/i, 'word.yaml.anchor'],
  [/^Unexpected (, |,$)/, 'word.yaml.unexpectedComma'],
  [/^Unexpected (flow-map-end|flow-seq-end)/, 'word.yaml.unexpectedClose'],
  [/^Unexpected scalar at node end/, 'word.yaml.textAfterValue'],
  [/^Block scalar (values in collections must be indented|lines must not be less indented|s with more-indented)/, 'word.yaml.blockScalarIndent'],
  [/^(Block scalar header|Unexpected token in block scalar header)/, 'word.yaml.blockHeader'],
  [/^Flow (map|sequence) in block collection must be sufficiently indented/, 'word.yaml.unclosedFlow'],
  [/^The : indicator must be at most 1024 chars/, 'word.yaml.keyTooLong'],
  [/^Map keys must be unique/, 'word.yaml.duplicateKey'],
];

/** The catalog word for one of yaml's errors; `word.yaml.other` for any it does not name. */
export function yamlErrorWord(message: string): string {
  const first = message.split('\n')[0] ?? '';
  for (const [pattern, word] of PATTERNS) if (pattern.test(first)) return word;
  return 'word.yaml.other';
}
