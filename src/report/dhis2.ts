/**
 * A DHIS2 `dataValueSets` payload for a reporting period, pure: the plans' parts and a mapping in, the payload
 * and what could not be mapped out. Nothing is sent anywhere.
 *
 * Shape (DHIS2 Web API, "Sending data values", bulk form with period and orgUnit on each value):
 *   { "dataElementIdScheme": "code", "orgUnitIdScheme": "code",
 *     "dataValues": [ { "dataElement", "period", "orgUnit", "categoryOptionCombo"?, "attributeOptionCombo"?,
 *                       "value" (a string), "comment"? } ] }
 * and the same values as DHIS2's CSV (dataelement, period, orgunit, catoptcombo, attroptcombo, value, storedby,
 * lastupdated, comment, followup).
 *
 * Values:
 * - A kemitraan indicator (`process.meetings_held`): computed for the period from the summed metrics of all plans
 *   of the same org unit (rates from summed numerators and denominators, as the report does).
 * - A plan's own monitoring indicator (`baduta-ditimbang`): its latest value dated inside the period. Two plans of
 *   one org unit giving the same indicator are not added up (a percentage cannot be): that value is left out
 *   and named.
 * - The org unit: the mapping's entry for the regency's Kemendagri code or its name, else the Kemendagri code.
 */
import type { Lang } from '../guide/types.js';
import type { MessageId } from '../guide/messages/index.js';
import { REPORT_INDICATORS } from '../guide/monitoring.js';
import type { PlanPart } from './build.js';
import { sumMetrics } from './aggregate.js';
import { indicatorsFrom } from './indicators.js';
import { normaliseRegionName } from '../guide/regions.js';

export interface Dhis2ElementMapping {
  code: string;
  categoryOptionCombo?: string;
}

export interface Dhis2Map {
  dataElements: Record<string, Dhis2ElementMapping>;
  orgUnits: Record<string, string>;
  categoryOptionCombo?: string;
  attributeOptionCombo?: string;
}

export interface Dhis2DataValue {
  dataElement: string;
  period: string;
  orgUnit: string;
  categoryOptionCombo?: string;
  attributeOptionCombo?: string;
  value: string;
  comment?: string;
}

export interface Dhis2Payload {
  dataElementIdScheme: 'code';
  orgUnitIdScheme: 'code';
  dataValues: Dhis2DataValue[];
}

/** What could not go into the payload, for stderr. */
export interface Dhis2Gaps {
  /** Indicator ids with a value in the period but no data element in the map. */
  unmappedIndicators: string[];
  /** Regions that used the Kemendagri code as org unit, because the map names none for them. */
  defaultOrgUnits: { region: string; orgUnit: string }[];
  /** Plans whose region has neither a map entry nor a Kemendagri code: left out. */
  noOrgUnit: { file: string; region: string }[];
  /** Mapped indicators with no value for the period (no data, or no measurement dated in it). */
  noValue: { indicator: string; orgUnit: string }[];
  /** The same plan indicator from several plans of one org unit: not added up, left out. */
  conflicts: { indicator: string; orgUnit: string; files: string[] }[];
}

const KNOWN_KEYS = new Set(['dataElements', 'orgUnits', 'categoryOptionCombo', 'attributeOptionCombo']);

/** What is wrong with one place of a mapping file: its path, and the catalog's words for the problem. */
export interface Dhis2MapProblem {
  path: string;
  message: MessageId;
  params?: Record<string, string>;
}

/** The mapping file's content, checked: the map, or what is wrong with it (paths and problems, in words of the catalog). */
export function parseDhis2Map(data: unknown): { map: Dhis2Map } | { errors: Dhis2MapProblem[] } {
  const errors: Dhis2MapProblem[] = [];
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '') || typeof v === 'number';
  if (!isRecord(data)) return { errors: [{ path: '(root)', message: 'export.map.root' }] };
  for (const k of Object.keys(data)) if (!KNOWN_KEYS.has(k)) errors.push({ path: k, message: 'export.map.unknownKey', params: { known: [...KNOWN_KEYS].join(', ') } });
  const dataElements: Record<string, Dhis2ElementMapping> = {};
  if (!isRecord(data.dataElements)) errors.push({ path: 'dataElements', message: 'export.map.dataElements' });
  else {
    for (const [id, v] of Object.entries(data.dataElements)) {
      if (text(v)) dataElements[id] = { code: String(v) };
      else if (isRecord(v) && text(v.code) && (v.categoryOptionCombo === undefined || text(v.categoryOptionCombo))) {
        dataElements[id] = { code: String(v.code), ...(v.categoryOptionCombo !== undefined ? { categoryOptionCombo: String(v.categoryOptionCombo) } : {}) };
      } else errors.push({ path: `dataElements.${id}`, message: 'export.map.dataElement' });
    }
  }
  const orgUnits: Record<string, string> = {};
  if (data.orgUnits !== undefined) {
    if (!isRecord(data.orgUnits)) errors.push({ path: 'orgUnits', message: 'export.map.orgUnits' });
    else for (const [k, v] of Object.entries(data.orgUnits)) {
      if (text(v)) orgUnits[k] = String(v);
      else errors.push({ path: `orgUnits.${k}`, message: 'export.map.orgUnit' });
    }
  }
  for (const k of ['categoryOptionCombo', 'attributeOptionCombo'] as const) {
    if (data[k] !== undefined && !text(data[k])) errors.push({ path: k, message: 'export.map.identifier' });
  }
  if (errors.length > 0) return { errors };
  return {
    map: {
      dataElements, orgUnits,
      ...(data.categoryOptionCombo !== undefined ? { categoryOptionCombo: String(data.categoryOptionCombo) } : {}),
      ...(data.attributeOptionCombo !== undefined ? { attributeOptionCombo: String(data.attributeOptionCombo) } : {}),
    },
  };
}

/** A number as DHIS2 reads it: plain digits, a dot for decimals, at most 2 decimals. */
export function dhis2Number(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function orgUnitOf(part: PlanPart, map: Dhis2Map): { orgUnit: string; byDefault: boolean } | undefined {
  const { regency, regencyCode } = part.report.region;
  if (regencyCode !== undefined) {
    const undotted = regencyCode.replace(/\./g, '');
    const hit = map.orgUnits[regencyCode] ?? map.orgUnits[undotted];
    if (hit !== undefined) return { orgUnit: hit, byDefault: false };
  }
  const key = normaliseRegionName(regency);
  const byName = Object.entries(map.orgUnits).find(([k]) => normaliseRegionName(k) === key);
  if (byName) return { orgUnit: byName[1], byDefault: false };
  return regencyCode !== undefined ? { orgUnit: regencyCode, byDefault: true } : undefined;
}

const REPORT_IDS = new Set<string>(REPORT_INDICATORS.map((d) => d.id));

export function dhis2Payload(parts: readonly PlanPart[], map: Dhis2Map, period: string, lang: Lang): { payload: Dhis2Payload; gaps: Dhis2Gaps } {
  const gaps: Dhis2Gaps = { unmappedIndicators: [], defaultOrgUnits: [], noOrgUnit: [], noValue: [], conflicts: [] };
  const byOrgUnit = new Map<string, PlanPart[]>();
  for (const part of parts) {
    const ou = orgUnitOf(part, map);
    if (!ou) {
      gaps.noOrgUnit.push({ file: part.report.file, region: part.report.region.regency });
      continue;
    }
    if (ou.byDefault && !gaps.defaultOrgUnits.some((d) => d.orgUnit === ou.orgUnit)) gaps.defaultOrgUnits.push({ region: part.report.region.regency, orgUnit: ou.orgUnit });
    byOrgUnit.set(ou.orgUnit, [...(byOrgUnit.get(ou.orgUnit) ?? []), part]);
  }
  const unmapped = new Set<string>();
  const values: Dhis2DataValue[] = [];
  const value = (indicator: string, orgUnit: string, v: string, comment: string) => {
    const de = map.dataElements[indicator]!;
    const coc = de.categoryOptionCombo ?? map.categoryOptionCombo;
    values.push({
      dataElement: de.code, period, orgUnit,
      ...(coc !== undefined ? { categoryOptionCombo: coc } : {}),
      ...(map.attributeOptionCombo !== undefined ? { attributeOptionCombo: map.attributeOptionCombo } : {}),
      value: v, comment,
    });
  };
  for (const [orgUnit, members] of byOrgUnit) {
    const source = `kemitraan: ${members.map((m) => m.report.title).join('; ')}`;
    // The guide's indicators, from the summed metrics of the org unit's plans.
    const indicators = indicatorsFrom(sumMetrics(members.map((m) => m.metrics)), lang, { perPartner: false });
    for (const ind of indicators) {
      if (!map.dataElements[ind.id]) {
        if (ind.value !== null) unmapped.add(ind.id);
        continue;
      }
      if (ind.value === null) gaps.noValue.push({ indicator: ind.id, orgUnit });
      else value(ind.id, orgUnit, dhis2Number(ind.value), source);
    }
    // The plans' own indicators: the latest value dated inside the period.
    const own = new Map<string, { value: number; file: string; title: string }[]>();
    for (const m of members) {
      for (const s of m.report.series) {
        if (REPORT_IDS.has(s.id)) continue;
        if (!map.dataElements[s.id]) {
          if (s.inPeriod) unmapped.add(s.id);
          continue;
        }
        if (s.inPeriod) own.set(s.id, [...(own.get(s.id) ?? []), { value: s.inPeriod.value, file: m.report.file, title: m.report.title }]);
        else if (!own.has(s.id)) own.set(s.id, []);
      }
    }
    for (const [id, given] of own) {
      if (given.length === 0) gaps.noValue.push({ indicator: id, orgUnit });
      else if (given.length > 1) gaps.conflicts.push({ indicator: id, orgUnit, files: given.map((g) => g.file) });
      else value(id, orgUnit, dhis2Number(given[0]!.value), `kemitraan: ${given[0]!.title}`);
    }
  }
  gaps.unmappedIndicators = [...unmapped].sort();
  return { payload: { dataElementIdScheme: 'code', orgUnitIdScheme: 'code', dataValues: values }, gaps };
}

export const DHIS2_CSV_COLUMNS = ['dataelement', 'period', 'orgunit', 'catoptcombo', 'attroptcombo', 'value', 'storedby', 'lastupdated', 'comment', 'followup'] as const;

function csvField(v: string | undefined): string {
  if (v === undefined) return '';
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The payload as DHIS2's CSV data value format (the first row is a header DHIS2 skips). */
export function dhis2Csv(payload: Dhis2Payload): string {
  const rows = payload.dataValues.map((v) => [v.dataElement, v.period, v.orgUnit, v.categoryOptionCombo, v.attributeOptionCombo, v.value, undefined, undefined, v.comment, 'false'].map(csvField).join(','));
  return [DHIS2_CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
