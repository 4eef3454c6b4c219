/**
 * `kemitraan export dhis2`: the plans' indicators for one reporting period as a DHIS2 `dataValueSets` payload
 * (JSON, or DHIS2's CSV), through a mapping file. Writes a file or stdout; never sends anything. What the map
 * does not cover is listed on stderr.
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { msg, type MessageId } from '../../guide/messages/index.js';
import { yamlErrorWord } from '../../plan/yaml-errors.js';
import type { Lang } from '../../guide/types.js';
import { expandPaths } from '../../io/paths.js';
import { writePathProblems } from '../path-problems.js';
import { dhis2Csv, dhis2Payload, parseDhis2Map, type Dhis2Gaps } from '../../report/dhis2.js';
import { EXIT, UsageError, today, type CliIO } from '../context.js';
import { toolVersion } from '../version.js';
import { ioReason } from '../io-errors.js';
import { collectPlanParts, writeOutput } from '../report/collect.js';
import { reportWindow } from '../report/window.js';

export interface ExportDhis2Options {
  map: string;
  period: string;
  format?: 'json' | 'csv';
  output?: string;
  force?: boolean;
  lang: Lang;
  /** `--ignore` patterns (repeatable): matching files are left out. */
  ignore?: string[];
}

async function readMap(file: string, io: CliIO, lang: Lang) {
  let text: string;
  try {
    text = await readFile(path.resolve(io.cwd, file), 'utf8');
  } catch (err) {
    throw new UsageError(msg(lang, 'export.error.mapRead', { file, detail: ioReason(err, lang) }));
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (err) {
    const e = err as { linePos?: { line: number; col: number }[]; message: string };
    const at = e.linePos?.[0] ? `${e.linePos[0].line}:${e.linePos[0].col}` : '1:1';
    // yaml's own words are English: the catalog's word for the error, in the reader's language.
    throw new UsageError(msg(lang, 'export.error.mapInvalid', { file, problems: `${at} ${msg(lang, yamlErrorWord(e.message) as MessageId)}` }));
  }
  const parsed = parseDhis2Map(data);
  if ('errors' in parsed) {
    const problems = parsed.errors.map((p) => `${p.path}: ${msg(lang, p.message, p.params)}`).join('; ');
    throw new UsageError(msg(lang, 'export.error.mapInvalid', { file, problems }));
  }
  return parsed.map;
}

function reportGaps(gaps: Dhis2Gaps, io: CliIO, lang: Lang): void {
  const line = (id: Parameters<typeof msg>[1], params: Record<string, string | number>) => io.stderr.write(`${msg(lang, id, params)}\n`);
  if (gaps.unmappedIndicators.length) line('export.gap.unmappedIndicators', { count: gaps.unmappedIndicators.length, ids: gaps.unmappedIndicators.join(', ') });
  for (const d of gaps.defaultOrgUnits) line('export.gap.defaultOrgUnit', { region: d.region, orgUnit: d.orgUnit });
  for (const n of gaps.noOrgUnit) line('export.gap.noOrgUnit', { file: n.file, region: n.region });
  for (const n of gaps.noValue) line('export.gap.noValue', { indicator: n.indicator, orgUnit: n.orgUnit });
  for (const c of gaps.conflicts) line('export.gap.conflict', { indicator: c.indicator, orgUnit: c.orgUnit, files: c.files.join(', ') });
}

export async function runExportDhis2(paths: string[], options: ExportDhis2Options, io: CliIO): Promise<number> {
  const { lang } = options;
  const { asOf, period } = reportWindow({ period: options.period }, io, lang);
  const format = options.format ?? (options.output && path.extname(options.output).toLowerCase() === '.csv' ? 'csv' : 'json');
  if (options.format === undefined && options.output !== undefined && !['.csv', '.json'].includes(path.extname(options.output).toLowerCase())) {
    throw new UsageError(msg(lang, 'export.error.extension', { file: options.output }));
  }
  const map = await readMap(options.map, io, lang);
  const { files, problems } = await expandPaths(paths, io.cwd, { ignore: options.ignore });
  if (writePathProblems(problems, lang, io)) return EXIT.ERROR;
  const build = { asOf, period: period!, lang, version: toolVersion(), planSections: true, partnerDetail: false };
  const collected = await collectPlanParts(files, { build, lang, today: today(io.env) }, io, lang);
  if (typeof collected === 'number') return collected;
  const { payload, gaps } = dhis2Payload(collected.parts, map, period!.id, lang);
  reportGaps(gaps, io, lang);
  io.stderr.write(`${msg(lang, 'export.summary', { values: payload.dataValues.length, period: period!.id, plans: collected.parts.length })}\n`);
  const text = format === 'csv' ? dhis2Csv(payload) : `${JSON.stringify(payload, null, 2)}\n`;
  await writeOutput(text, options, io, lang);
  return collected.skipped.length > 0 || gaps.noOrgUnit.length > 0 ? EXIT.FINDINGS : EXIT.OK;
}
