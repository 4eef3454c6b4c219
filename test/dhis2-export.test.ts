/**
 * Reporting periods, indicator series and the DHIS2 export: `kemitraan export dhis2` in-process (run(argv, io)),
 * its payload held against the shape DHIS2's Web API documents for POST /api/dataValueSets.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAjv } from '../src/check/schema.js';
import { parsePeriod, previousPeriod } from '../src/report/period.js';
import { indicatorSeries } from '../src/report/series.js';
import { dayNumber } from '../src/locale/dates.js';
import { parseDhis2Map } from '../src/report/dhis2.js';
import { EXAMPLES, runInProcess } from './helpers/cli.js';
import { Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import { run } from '../src/cli/main.js';
import type { CliIO } from '../src/commands/context.js';

let dir: string;
beforeAll(() => { dir = mkdtempSync(path.join(os.tmpdir(), 'kemitraan-dhis2-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  return runInProcess(args, { cwd: dir });
}

/** The documented shape of a dataValueSets import in bulk form (period and orgUnit on each value; values are strings). */
const DOCUMENTED_SHAPE = {
  type: 'object',
  required: ['dataValues'],
  additionalProperties: false,
  properties: {
    dataElementIdScheme: { enum: ['uid', 'code', 'name', 'UID', 'CODE', 'NAME'] },
    orgUnitIdScheme: { enum: ['uid', 'code', 'name', 'UID', 'CODE', 'NAME'] },
    dataSet: { type: 'string' }, completeDate: { type: 'string' }, period: { type: 'string' }, orgUnit: { type: 'string' }, attributeOptionCombo: { type: 'string' },
    dataValues: {
      type: 'array',
      items: {
        type: 'object',
        required: ['dataElement', 'period', 'orgUnit', 'value'],
        additionalProperties: false,
        properties: {
          dataElement: { type: 'string', minLength: 1 },
          period: { type: 'string', pattern: '^\\d{4}(S[12]|Q[1-4]|\\d{2})?$' },
          orgUnit: { type: 'string', minLength: 1 },
          categoryOptionCombo: { type: 'string' },
          attributeOptionCombo: { type: 'string' },
          value: { type: 'string' },
          comment: { type: 'string' },
        },
      },
    },
  },
};

const MAP = `dataElements:
  process.meetings_held: KMT_RAPAT
  process.contributions_delivered: KMT_KONTRIBUSI_PERSEN
  baduta-ditimbang: GZ_BADUTA_TIMBANG
  prevalensi-stunting: { code: GZ_STUNTING_PREV, categoryOptionCombo: HllvX50cXC0 }
orgUnits:
  "32.11": ID-JB-SMD
  Kota Makassar: ID-SS-MKS
`;

describe('periods in DHIS2 notation', () => {
  test('year, semester, quarter and month, with their first and last days', () => {
    expect(parsePeriod('2026')).toMatchObject({ id: '2026', start: '2026-01-01', end: '2026-12-31' });
    expect(parsePeriod('2026S1')).toMatchObject({ id: '2026S1', start: '2026-01-01', end: '2026-06-30' });
    expect(parsePeriod('2026s2')).toMatchObject({ id: '2026S2', start: '2026-07-01', end: '2026-12-31' });
    expect(parsePeriod('2026Q2')).toMatchObject({ id: '2026Q2', start: '2026-04-01', end: '2026-06-30' });
    expect(parsePeriod('2028-02')).toMatchObject({ id: '202802', start: '2028-02-01', end: '2028-02-29' });
    expect(parsePeriod('202605')).toMatchObject({ id: '202605', start: '2026-05-01', end: '2026-05-31' });
    for (const bad of ['2026S3', '2026Q5', '2026-13', '26S1', 'semester 1']) expect(parsePeriod(bad)).toBeUndefined();
    expect(previousPeriod(parsePeriod('2026S1')!).id).toBe('2025S2');
    expect(previousPeriod(parsePeriod('2026Q1')!).id).toBe('2025Q4');
    expect(previousPeriod(parsePeriod('202601')!).id).toBe('202512');
  });
});

describe('an indicator over time', () => {
  const ind = {
    id: 'baduta', class: 'output' as const, name: 'Baduta ditimbang', unit: '%', baseline: 68, target: 100, actual: 91, actualDate: '2026-09-30',
    measurements: [{ date: '2026-06-30', value: 85 }, { date: '2026-03-31', value: 74 }, { date: '2026-09-30', value: 91 }, { date: '2026-12-31', value: 99 }],
  };
  test('the series up to as-of, oldest first; the value at as-of and the change since the value before', () => {
    const s = indicatorSeries(ind, { asOf: dayNumber('2026-11-30')! });
    expect(s.points).toEqual([{ date: '2026-03-31', value: 74 }, { date: '2026-06-30', value: 85 }, { date: '2026-09-30', value: 91 }]);
    expect(s).toMatchObject({ value: 91, valueDate: '2026-09-30', previous: { date: '2026-06-30', value: 85 }, change: 6 });
  });
  test('with a period: the value in it, and the change since the end of the previous period', () => {
    const s = indicatorSeries(ind, { asOf: dayNumber('2026-09-30')!, from: dayNumber('2026-07-01')! });
    expect(s).toMatchObject({ value: 91, inPeriod: { date: '2026-09-30', value: 91 }, previous: { date: '2026-06-30', value: 85 }, change: 6 });
    const empty = indicatorSeries(ind, { asOf: dayNumber('2026-02-28')!, from: dayNumber('2026-01-01')! });
    expect(empty.inPeriod).toBeUndefined();
    expect(empty.value).toBeUndefined();
  });
});

describe('kemitraan export dhis2', () => {
  beforeAll(() => writeFileSync(path.join(dir, 'map.yaml'), MAP));

  test('a dataValueSets payload for a period, in the documented shape, values as strings, nothing unmapped hidden', async () => {
    const r = await cli(['export', 'dhis2', path.join(EXAMPLES, 'stunting-sumedang.yaml'), path.join(EXAMPLES, 'tbc-makassar.yaml'), '--map', 'map.yaml', '--period', '2026S1', '-o', 'out.json']);
    expect(r.code).toBe(0);
    const payload = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
    const validate = createAjv().compile(DOCUMENTED_SHAPE);
    expect(validate(payload) ? [] : validate.errors).toEqual([]);
    expect(payload.dataElementIdScheme).toBe('code');
    expect(payload.orgUnitIdScheme).toBe('code');
    const sumedang = payload.dataValues.filter((v: { orgUnit: string }) => v.orgUnit === 'ID-JB-SMD');
    // The latest measurement inside 2026S1 (2026-06-30: 85), not the value at the end of the year.
    expect(sumedang).toContainEqual(expect.objectContaining({ dataElement: 'GZ_BADUTA_TIMBANG', period: '2026S1', value: '85' }));
    expect(sumedang).toContainEqual(expect.objectContaining({ dataElement: 'GZ_STUNTING_PREV', categoryOptionCombo: 'HllvX50cXC0', value: '21.2' }));
    // Meetings held inside the semester only.
    const meetings = sumedang.find((v: { dataElement: string }) => v.dataElement === 'KMT_RAPAT');
    expect(Number(meetings.value)).toBeGreaterThan(0);
    expect(payload.dataValues.every((v: { value: unknown }) => typeof v.value === 'string')).toBe(true);
    // What the map leaves out is named on stderr.
    expect(r.stderr).toMatch(/tidak terpetakan \(\d+ indikator bernilai, tidak ada di dataElements\): .*ibu-hamil-kelas/);
    // Makassar by its name in the map.
    expect(payload.dataValues.some((v: { orgUnit: string }) => v.orgUnit === 'ID-SS-MKS')).toBe(true);
    // A mapped indicator with no measurement dated in the period is named, not exported as a stale value.
    const feb = await cli(['export', 'dhis2', path.join(EXAMPLES, 'stunting-sumedang.yaml'), '--map', 'map.yaml', '--period', '2026-02']);
    expect(feb.stderr).toContain('tidak ada nilai untuk baduta-ditimbang di ID-JB-SMD dalam periode ini');
    expect(JSON.parse(feb.stdout).dataValues.map((v: { dataElement: string }) => v.dataElement)).not.toContain('GZ_BADUTA_TIMBANG');
  });

  test('a region not in the map gets its Kemendagri code, said on stderr; DHIS2 CSV columns with -o .csv', async () => {
    const r = await cli(['export', 'dhis2', path.join(EXAMPLES, 'imunisasi-lombok-timur.yaml'), '--map', 'map.yaml', '--period', '2026Q3', '-o', 'out.csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Kabupaten Lombok Timur tidak ada di orgUnits; dipakai kode Kemendagri 52.03');
    const lines = readFileSync(path.join(dir, 'out.csv'), 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupdated,comment,followup');
    expect(lines.slice(1).every((l) => l.startsWith('KMT_') && l.includes(',2026Q3,52.03,'))).toBe(true);
  });

  test('a bad period or map is a usage error (exit 2) with the reason', async () => {
    const p = await cli(['export', 'dhis2', path.join(EXAMPLES, 'stunting-sumedang.yaml'), '--map', 'map.yaml', '--period', '2026S3']);
    expect(p.code).toBe(2);
    expect(p.stderr).toContain('--period "2026S3" bukan periode yang dikenal');
    writeFileSync(path.join(dir, 'bad.yaml'), 'dataElements: [a, b]\norgunits: {}\n');
    const m = await cli(['export', 'dhis2', path.join(EXAMPLES, 'stunting-sumedang.yaml'), '--map', 'bad.yaml', '--period', '2026S1']);
    expect(m.code).toBe(2);
    expect(m.stderr).toContain('orgunits: kunci tidak dikenal');
    expect(m.stderr).toContain('dataElements: harus berupa pemetaan id indikator');
    expect(parseDhis2Map({ dataElements: { a: 'X' } })).toEqual({ map: { dataElements: { a: { code: 'X' } }, orgUnits: {} } });
  });
});

describe('report --period', () => {
  test('counts meetings of the period only and names the period in json', async () => {
    const all = await cli(['report', path.join(EXAMPLES, 'stunting-sumedang.yaml'), '--format', 'json', '--as-of', '2026-09-30']);
    const q3 = await cli(['report', path.join(EXAMPLES, 'stunting-sumedang.yaml'), '--format', 'json', '--period', '2026Q3']);
    expect(q3.code).toBe(0);
    const held = (text: string) => JSON.parse(text).indicators.find((i: { id: string }) => i.id === 'process.meetings_held').value;
    const report = JSON.parse(q3.stdout);
    expect(report.period).toEqual({ id: '2026Q3', start: '2026-07-01', end: '2026-09-30' });
    expect(report.asOf).toBe('2026-09-30');
    expect(held(q3.stdout)).toBeLessThan(held(all.stdout));
    expect(held(q3.stdout)).toBeGreaterThan(0);
    const own = report.plans[0].series.find((s: { id: string }) => s.id === 'kader-terlatih');
    expect(own).toMatchObject({ class: 'process', value: 114, previous: { date: '2026-06-30', value: 114 } });
  });
});

/** A bad DHIS2 mapping file is explained in the reader's language: the map's own problems and YAML errors. */
async function exportWith(map: string, lang: 'id' | 'en'): Promise<{ code: number; err: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-map-'));
  writeFileSync(path.join(dir, 'map.yaml'), map);
  const err: string[] = [];
  const io: CliIO = {
    stdout: { write: () => true }, stderr: { write: (s: string) => err.push(s) },
    stdin: Readable.from([]) as unknown as CliIO['stdin'], cwd: dir, env: { KEMITRAAN_TODAY: '2026-11-22', NO_COLOR: '1' },
  };
  const code = await run(['export', 'dhis2', path.join(EXAMPLES, 'stunting-sumedang.yaml'), '--map', 'map.yaml', '--period', '2026S1', '--lang', lang], io);
  return { code, err: err.join('') };
}

describe('export dhis2 --map problems in words', () => {
  test('shape problems: Indonesian by default, English with --lang en', async () => {
    const bad = 'dataElements: [a, b]\norgunits: {}\n';
    const id = await exportWith(bad, 'id');
    expect(id.code).toBe(2);
    expect(id.err).toContain('berkas pemetaan map.yaml tidak valid: orgunits: kunci tidak dikenal (yang dikenal: dataElements, orgUnits, categoryOptionCombo, attributeOptionCombo); dataElements: harus berupa pemetaan id indikator → kode data element DHIS2');
    const en = await exportWith(bad, 'en');
    expect(en.err).toContain('orgunits: unknown key (known:');
  });

  test('a duplicate key: located, in Indonesian, not yaml\'s English', async () => {
    const { code, err } = await exportWith('dataElements:\n  a: X\n  a: Y\n', 'id');
    expect(code).toBe(2);
    expect(err).toContain('berkas pemetaan map.yaml tidak valid: 3:3 kunci ditulis lebih dari sekali');
    expect(err).not.toMatch(/Map keys must be unique/);
  });
});

describe('export dhis2: a map that cannot be read', () => {
  test('is said in the reader\'s language, not as a bare system code', async () => {
    const err: string[] = [];
    const io: CliIO = {
      stdout: { write: () => true }, stderr: { write: (s: string) => err.push(s) },
      stdin: Readable.from([]) as unknown as CliIO['stdin'], cwd: tmpdir(), env: { KEMITRAAN_TODAY: '2026-11-22', NO_COLOR: '1' },
    };
    const code = await run(['export', 'dhis2', path.join(EXAMPLES, 'stunting-sumedang.yaml'), '--map', 'no-such-map.yaml', '--period', '2026S1'], io);
    expect(code).toBe(2);
    expect(err.join('')).toContain('tidak ada (ENOENT)');
  });
});
