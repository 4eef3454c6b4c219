/** Regions against the official Kemendagri list: the generated data, lookups, and check's region findings. */
import fc from 'fast-check';
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  canonicalRegionCode, districtByCode, editDistance, findProvince, findRegency, nearestPlace, provinces, regencies, regionData,
  normaliseRegionName as normalise,
} from '../src/guide/regions.js';
import { checkPlan } from './helpers/plans.js';
import { ROOT } from './helpers/cli.js';
import { Session } from '../src/wizard/session.js';
import { basicsStep } from '../src/wizard/steps/basics.js';
import { FakePrompter } from './helpers/fake-prompter.js';

const regionFindings = (edit: Parameters<typeof checkPlan>[0], lang: 'id' | 'en' = 'id') =>
  checkPlan(edit, { lang }).result.findings.filter((f) => f.ruleId.startsWith('region/'));

describe('the Kemendagri list generated from idn-area-data', () => {
  test('38 provinces and 514 kabupaten/kota, with the ODbL attribution inside the data', () => {
    expect(provinces()).toHaveLength(38);
    expect(regencies()).toHaveLength(514);
    expect(regionData().licence).toMatch(/Open Database License/);
    expect(regionData().notice).toMatch(/idn-area-data/);
  });

  test('the committed files are what the build script makes from the installed package', () => {
    const csv = readFileSync(path.join(ROOT, 'node_modules/idn-area-data/data/regencies.csv'), 'utf8').trim().split('\n').slice(1);
    expect(Object.keys(regionData().regencies)).toEqual(csv.map((l) => l.split(',')[0]));
  });

  test('lookups: names as people write them, codes dotted or not', () => {
    expect(findProvince('DI Yogyakarta')?.code).toBe('34');
    expect(findProvince('DKI Jakarta')?.code).toBe('31');
    expect(findRegency('Kab. Sumedang')?.code).toBe('32.11');
    expect(findRegency('kota  makassar', '73')?.name).toBe('Kota Makassar');
    expect(findRegency('Kota Makassar', '32')).toBeUndefined();
    expect(canonicalRegionCode('3211')).toBe('32.11');
    expect(canonicalRegionCode('321118')).toBe('32.11.18');
    expect(canonicalRegionCode('32.1')).toBeUndefined();
    expect(districtByCode('32.11.18')?.name).toBe('Sumedang Utara');
  });

  test('the nearest official name of a misspelling', () => {
    expect(editDistance('sumednag', 'sumedang')).toBe(1);
    expect(nearestPlace('Kabupaten Sumednag', regencies('32'))?.name).toBe('Kabupaten Sumedang');
    expect(nearestPlace('Kabupaten Sumednag', regencies())?.name).toBe('Kabupaten Sumedang');
    expect(nearestPlace('Kabupaten Xyzabc', regencies('32'))).toBeUndefined();
    expect(nearestPlace('Jawa Barta', provinces())?.name).toBe('Jawa Barat');
  });
});

describe('check: region findings', () => {
  test('the example plans carry codes that match their names: no region finding', () => {
    expect(regionFindings(() => {})).toEqual([]);
  });

  test('"Kabupaten Sumednag" is a finding at region.regency suggesting "Kabupaten Sumedang"', () => {
    const [f, ...rest] = regionFindings((p) => { p.region.regency = 'Kabupaten Sumednag'; });
    expect(f).toMatchObject({ ruleId: 'region/regency-unknown', severity: 'warning', pointer: '/region/regency' });
    expect(f!.message).toBe('Kabupaten/kota "Kabupaten Sumednag" tidak ada dalam daftar wilayah Kemendagri untuk Provinsi Jawa Barat');
    expect(f!.hint).toContain('mungkin maksudnya "Kabupaten Sumedang" (kode 32.11)');
    // The code still names Sumedang: that is not a second complaint while the name is unknown.
    expect(rest).toEqual([]);
  });

  test('in English too', () => {
    const [f] = regionFindings((p) => { p.region.regency = 'Kabupaten Sumednag'; }, 'en');
    expect(f!.hint).toContain('perhaps "Kabupaten Sumedang" (code 32.11)');
  });

  test('a misspelt province, and a kabupaten in another province', () => {
    const [f] = regionFindings((p) => { p.region.province = 'Jawa Barta'; delete p.region.provinceCode; });
    expect(f).toMatchObject({ ruleId: 'region/province-unknown' });
    expect(f!.hint).toContain('"Jawa Barat"');
    const [g] = regionFindings((p) => { p.region.regency = 'Kabupaten Gianyar'; delete p.region.regencyCode; delete p.region.districtCode; });
    expect(g).toMatchObject({ ruleId: 'region/regency-province' });
    expect(g!.message).toBe('Kabupaten Gianyar berada di Provinsi Bali, bukan Jawa Barat');
  });

  test('codes: malformed (an unquoted 32.10 is the number 32.1), unknown, or naming another place', () => {
    expect(regionFindings((p) => { p.region.regencyCode = 32.1; }).map((f) => f.ruleId)).toEqual(['region/code-format']);
    expect(regionFindings((p) => { p.region.regencyCode = '3299'; })[0]).toMatchObject({ ruleId: 'region/code-unknown' });
    const [m] = regionFindings((p) => { p.region.regencyCode = '3205'; });
    expect(m).toMatchObject({ ruleId: 'region/code-mismatch', severity: 'error' });
    expect(m!.message).toBe('Kode "32.05" adalah Kabupaten Garut, tetapi rencana menulis "Kabupaten Sumedang"');
    expect(m!.hint).toContain('kode 32.11');
    const [d] = regionFindings((p) => { p.region.districtCode = '32.11.01'; });
    expect(d).toMatchObject({ ruleId: 'region/code-mismatch' });
    expect(d!.hint).toContain('32.11.18');
  });

  test('a known name without its code: an info finding with the code to add', () => {
    const found = regionFindings((p) => { delete p.region.provinceCode; delete p.region.regencyCode; });
    expect(found.map((f) => [f.severity, f.hint])).toEqual([
      ['info', 'Tambahkan provinceCode: "32" (dipakai untuk --by region dan ekspor DHIS2).'],
      ['info', 'Tambahkan regencyCode: "32.11" (dipakai untuk --by region dan ekspor DHIS2).'],
    ]);
  });
});

describe('region names compared as people write them', () => {
  // The definition the faster reading is held to: each replacement in turn, as regular expressions.
  const reference = (name: string) => name.toLowerCase().replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim()
    .replace(/^kab /, 'kabupaten ').replace(/^kab$/, 'kabupaten').replace(/^dki /, 'daerah khusus ibukota ')
    .replace(/^diy$/, 'daerah istimewa yogyakarta').replace(/^d ?i /, 'daerah istimewa ').replace(/^prov(insi)? /, '')
    .replace(/^(kota|kabupaten) adm(inistrasi)? /, '$1 ');

  test('agrees with the definition on names, short forms, spacing and punctuation', () => {
    const parts = fc.constantFrom('Kab', 'kab.', 'KAB', 'Kota', 'Adm.', 'Administrasi', 'DKI', 'DIY', 'D.I.', 'DI', 'd i', 'Prov', 'Provinsi', 'prov.', 'Jakarta',
      'Sumedang', 'Lombok Timur', ',', '.', ' ', '  ', '\t', '\u00a0', '\u3000', '\n', 'x', '');
    fc.assert(fc.property(fc.array(parts, { maxLength: 6 }).map((a) => a.join('')), (name) => normalise(name) === reference(name)), { numRuns: 2_000 });
  });
});

/**
 * A province or kabupaten typed loosely ("jawa barat", "kab. garut") that the Kemendagri list knows is written
 * with its official name — into the region, and so into the initiator and title the wizard offers from it (and
 * from there into the documents) — and the wizard says so.
 */
describe('region names typed loosely', () => {
  test('"jawa barat" / "kab. garut": official names, the offered initiator and title from them, said back', async () => {
    const prompter = new FakePrompter({ 'region.province': 'jawa barat', 'region.regency': 'kab. garut' });
    const s = new Session({ lang: 'id', prompter, answers: {}, yes: false, today: '2026-11-22' });
    const result = await basicsStep(s, { plan: {} }) as Record<string, unknown>;
    expect(result.region).toEqual({ province: 'Jawa Barat', provinceCode: '32', regency: 'Kabupaten Garut', regencyCode: '32.05' });
    expect(prompter.asked.find((a) => a.id === 'initiator.name')?.default).toBe('Dinas Kesehatan Kabupaten Garut');
    expect(result.title).toBe('Kemitraan Pencegahan stunting Kabupaten Garut 2026');
    expect(prompter.said).toEqual(expect.arrayContaining([
      '"jawa barat" ditulis dengan nama resminya: Jawa Barat', '"kab. garut" ditulis dengan nama resminya: Kabupaten Garut',
    ]));
  });

  test('an official name typed as it is: kept, nothing said about it', async () => {
    const prompter = new FakePrompter({ 'region.province': 'Jawa Barat', 'region.regency': 'Kabupaten Garut' });
    const s = new Session({ lang: 'en', prompter, answers: {}, yes: false, today: '2026-11-22' });
    const result = await basicsStep(s, { plan: {} }) as Record<string, unknown>;
    expect(result.region).toMatchObject({ province: 'Jawa Barat', regency: 'Kabupaten Garut' });
    expect(prompter.said.filter((l) => l.includes('official name'))).toEqual([]);
  });
});

describe('Jakarta\'s administrative cities as people write them', () => {
  test('"Kota Jakarta Selatan" and "Kota Adm. Jakarta Selatan" are Kota Administrasi Jakarta Selatan (31.74)', async () => {
    const { findRegency } = await import('../src/guide/regions.js');
    for (const name of ['Kota Jakarta Selatan', 'Kota Adm. Jakarta Selatan', 'Kota Administrasi Jakarta Selatan', 'kab. adm. kepulauan seribu']) {
      expect(findRegency(name, '31')?.code).toMatch(/^31\.(74|01)$/);
    }
    expect(findRegency('Jakarta Selatan', '31')).toBeUndefined();
  });
});
