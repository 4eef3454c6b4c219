/**
 * Indonesia's administrative regions with their official Kemendagri codes (kode wilayah): 38 provinces, 514
 * kabupaten/kota and, on request, the kecamatan. The list is generated at build time from the maintained npm
 * package idn-area-data (scripts/build-regions.js → data/regions.json, data/districts/NN.json; ODbL, attribution
 * inside the files) and read lazily, on first use, so no command pays for it at start-up.
 *
 * Codes are dotted as Kemendagri writes them ("32", "32.11", "32.11.18"); the undotted form SATUSEHAT uses
 * ("3211", "321118") is accepted everywhere and turned into the dotted one.
 */
import { readFileSync } from 'node:fs';

export interface RegionData {
  source: string;
  licence: string;
  notice: string;
  provinces: Record<string, string>;
  regencies: Record<string, string>;
}

interface DistrictData {
  districts: Record<string, string>;
}

export interface Place {
  code: string;
  name: string;
}

// src/guide/regions.ts and dist/guide/regions.js both sit two levels below the package root.
const DATA_DIR = new URL('../../data/', import.meta.url);

let regions: RegionData | undefined;
const districtTables = new Map<string, Record<string, string>>();
let provinceByName: Map<string, Place> | undefined;

export function regionData(): RegionData {
  regions ??= JSON.parse(readFileSync(new URL('regions.json', DATA_DIR), 'utf8')) as RegionData;
  return regions;
}

/** The kecamatan of one province (one small file per province, read on first use; none for an unknown code). */
function districtData(provinceCode: string): Record<string, string> {
  let table = districtTables.get(provinceCode);
  if (!table) {
    table = regionData().provinces[provinceCode] === undefined ? {}
      : (JSON.parse(readFileSync(new URL(`districts/${provinceCode}.json`, DATA_DIR), 'utf8')) as DistrictData).districts;
    districtTables.set(provinceCode, table);
  }
  return table;
}

/**
 * A name as people write it, for comparing: case, spacing and dots ignored, and the usual short forms spelt out
 * ("Kab." → kabupaten, "DKI" → daerah khusus ibukota, "DIY"/"DI" → daerah istimewa). Jakarta's "Kota
 * Administrasi" and "Kabupaten Administrasi" (also "Adm.") compare as plain kota/kabupaten: "Kota Jakarta Selatan",
 * as letters and people write it, is Kota Administrasi Jakarta Selatan.
 */
export function normaliseRegionName(name: string): string {
  const s = expandShortForms(name);
  return s.includes(' adm') ? s.replace(/^(kota|kabupaten) adm(inistrasi)? /, '$1 ') : s;
}

function expandShortForms(name: string): string {
  // Without regular expressions where a plain test decides: official names ("Kabupaten Sumedang") need only
  // lower case, and check compares every regency of a province with it at each start.
  let s = name.toLowerCase();
  if (s.includes('.') || s.includes(',')) s = s.replaceAll('.', ' ').replaceAll(',', ' ');
  if (!isSingleSpaced(s)) s = s.replace(/\s+/g, ' ').trim();
  if (s.startsWith('kab ')) return `kabupaten ${s.slice(4)}`;
  if (s === 'kab') return 'kabupaten';
  if (s.startsWith('dki ')) return `daerah khusus ibukota ${s.slice(4)}`;
  if (s === 'diy') return 'daerah istimewa yogyakarta';
  if (s.startsWith('di ')) return `daerah istimewa ${s.slice(3)}`;
  if (s.startsWith('d i ')) return `daerah istimewa ${s.slice(4)}`;
  if (s.startsWith('provinsi ')) return s.slice(9);
  if (s.startsWith('prov ')) return s.slice(5);
  return s;
}

/** No white space but single spaces between words (none at either end). */
function isSingleSpaced(s: string): boolean {
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (c <= 0x20 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) {
      return false;
    } else prevSpace = false;
  }
  return !prevSpace || s.length === 0;
}

/** Official names compared many times (thousands of plans) are normalised once. */
const officialKeys = new Map<string, string>();
function officialKey(place: Place): string {
  let key = officialKeys.get(place.code);
  if (key === undefined) officialKeys.set(place.code, (key = normaliseRegionName(place.name)));
  return key;
}

/** "3211" → "32.11", "321118" → "32.11.18"; dotted codes unchanged; anything else undefined. */
export function canonicalRegionCode(code: string | number | undefined): string | undefined {
  if (code === undefined) return undefined;
  const s = String(code).trim();
  if (/^\d{2}(\.\d{2}){0,2}$/.test(s)) return s;
  if (/^\d{2}$|^\d{4}$|^\d{6}$/.test(s)) return s.match(/\d{2}/g)!.join('.');
  return undefined;
}

export function provinces(): Place[] {
  return Object.entries(regionData().provinces).map(([code, name]) => ({ code, name }));
}

const regencyLists = new Map<string, readonly Place[]>();

/** The kabupaten/kota of a province (by its code), or all of them; each list is built once (check reads it per plan). */
export function regencies(provinceCode?: string): readonly Place[] {
  const k = provinceCode ?? '';
  let list = regencyLists.get(k);
  if (list === undefined) {
    list = Object.entries(regionData().regencies)
      .filter(([code]) => provinceCode === undefined || code.startsWith(`${provinceCode}.`))
      .map(([code, name]) => ({ code, name }));
    regencyLists.set(k, list);
  }
  return list;
}

export function provinceByCode(code: string): Place | undefined {
  const c = canonicalRegionCode(code);
  const name = c === undefined ? undefined : regionData().provinces[c];
  return name === undefined ? undefined : { code: c!, name };
}

export function regencyByCode(code: string): Place | undefined {
  const c = canonicalRegionCode(code);
  const name = c === undefined ? undefined : regionData().regencies[c];
  return name === undefined ? undefined : { code: c!, name };
}

/** The kecamatan with this code (reads the kecamatan list on first use). */
export function districtByCode(code: string): Place | undefined {
  const c = canonicalRegionCode(code);
  const name = c === undefined ? undefined : districtData(c.slice(0, 2))[c];
  return name === undefined ? undefined : { code: c!, name };
}

export function findProvince(name: string): Place | undefined {
  provinceByName ??= new Map(provinces().map((p) => [normaliseRegionName(p.name), p]));
  return provinceByName.get(normaliseRegionName(name));
}

/** Kabupaten/kota of this name (in a province, when its code is given: only its few dozen names are compared).
 * A bare "Bandung" matches nothing: Kabupaten Bandung and Kota Bandung are different places. */
export function findRegency(name: string, provinceCode?: string): Place | undefined {
  return regencyIndex(provinceCode).get(normaliseRegionName(name));
}

const regencyIndexes = new Map<string, Map<string, Place>>();

/** A province's kabupaten/kota (or all) by their compared names, the first of a name kept: one lookup per plan. */
function regencyIndex(provinceCode: string | undefined): Map<string, Place> {
  const k = provinceCode ?? '';
  let index = regencyIndexes.get(k);
  if (index === undefined) {
    index = new Map();
    for (const r of regencies(provinceCode)) {
      const key = officialKey(r);
      if (!index.has(key)) index.set(key, r);
    }
    regencyIndexes.set(k, index);
  }
  return index;
}

/** Optimal string alignment distance (Levenshtein with transpositions: "Sumednag" is one step from "Sumedang"). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array.from({ length: b.length }, () => 0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The place whose name is nearest to a misspelt one, if it is near enough to be a likely typo: at most a third
 * of the name's letters differ (the "Kabupaten"/"Kota" prefix is part of the name, so a wrong prefix counts).
 */
export function nearestPlace(name: string, candidates: readonly Place[]): Place | undefined {
  const n = normaliseRegionName(name);
  let best: Place | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const cn = normaliseRegionName(c.name);
    if (Math.abs(cn.length - n.length) > bestDistance) continue;
    const d = editDistance(n, cn);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  const core = n.replace(/^(kabupaten|kota) /, '');
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(core.length / 3)) ? best : undefined;
}

/** The kecamatan of a kabupaten/kota (by its code). */
export function districts(regencyCode: string): Place[] {
  return Object.entries(districtData(regencyCode.slice(0, 2)))
    .filter(([code]) => code.startsWith(`${regencyCode}.`))
    .map(([code, name]) => ({ code, name }));
}
