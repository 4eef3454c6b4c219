import { RULE_IDS, RULE_WORDS } from '../../guide/messages/rules.js';
import type { Finding } from '../../plan/findings.js';
import type { FormatMeta, StreamFormatter } from './types.js';
import { visibleFindings, whole } from './types.js';
import { nestedJson } from './json.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * Every rule the tool has, in id order: the driver lists them all before any result (the results are written
 * file by file, so which rules occur is not known yet), and each result's ruleIndex points into this list.
 */
const SORTED_IDS = [...RULE_IDS].sort();
const RULE_INDEX = new Map(SORTED_IDS.map((id, i) => [id, i]));

function driverRules(meta: FormatMeta) {
  return SORTED_IDS.map((id) => {
    const words = RULE_WORDS[id];
    return {
      id,
      shortDescription: { text: words.message[meta.lang].replace(/\{\w+\}/g, '…') },
      help: { text: words.hint[meta.lang].replace(/\{\w+\}/g, '…') },
      defaultConfiguration: { level: LEVEL[meta.rules[id]] },
    };
  });
}

function result(f: Finding) {
  return {
    ruleId: f.ruleId,
    ruleIndex: RULE_INDEX.get(f.ruleId),
    level: LEVEL[f.severity],
    message: { text: f.hint ? `${f.message}. ${f.hint}` : f.message },
    locations: [{
      physicalLocation: {
        // A URI reference: each path segment percent-encoded (spaces, `#`, `%`, `?` in file names).
        artifactLocation: { uri: f.file.split('\\').join('/').split('/').map(encodeURIComponent).join('/') },
        region: { startLine: f.line, startColumn: f.column },
      },
      ...(f.pointer ? { logicalLocations: [{ fullyQualifiedName: f.pointer, kind: 'member' }] } : {}),
    }],
  };
}

/** SARIF 2.1.0, as GitHub code scanning and other CI tools read it; written file by file. */
export const sarifStream: StreamFormatter = (meta) => {
  let written = 0;
  const tool = { driver: { name: 'kemitraan', version: meta.toolVersion, informationUri: 'https://github.com/kemitraan/kemitraan', rules: driverRules(meta) } };
  return {
    head: `{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "tool": ${nestedJson(tool, 3)},\n      "results": [`,
    file: (r) => visibleFindings(r, meta).map((f) => `${written++ === 0 ? '' : ','}\n        ${nestedJson(result(f), 4)}`).join(''),
    end: () => `${written === 0 ? '' : '\n      '}]\n    }\n  ]\n}\n`,
  };
};

export const sarif = whole(sarifStream);
