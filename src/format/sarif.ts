import { RULES } from '../guide/messages/rules.js';
import type { Formatter } from './types.js';
import { visibleFindings } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0, as GitHub code scanning and other CI tools read it. */
export const sarif: Formatter = (results, meta) => {
  const used = [...new Set(results.flatMap((r) => visibleFindings(r, meta).map((f) => f.ruleId)))].sort();
  const index = new Map(used.map((id, i) => [id, i]));
  const rules = used.map((id) => {
    const r = RULES.get(id);
    return {
      id,
      shortDescription: { text: r ? r.message[meta.lang].replace(/\{\w+\}/g, '…') : id },
      help: { text: r ? r.hint[meta.lang].replace(/\{\w+\}/g, '…') : '' },
      defaultConfiguration: { level: LEVEL[r?.severity ?? 'error'] },
    };
  });
  const out = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'kemitraan', version: meta.toolVersion, informationUri: 'https://github.com/kemitraan/kemitraan', rules } },
      results: results.flatMap((r) => visibleFindings(r, meta).map((f) => ({
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.hint ? `${f.message}. ${f.hint}` : f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: f.file.split('\\').join('/') },
            region: { startLine: f.line, startColumn: f.column },
          },
          ...(f.pointer ? { logicalLocations: [{ fullyQualifiedName: f.pointer, kind: 'member' }] } : {}),
        }],
      }))),
    }],
  };
  return JSON.stringify(out, null, 2) + '\n';
};
