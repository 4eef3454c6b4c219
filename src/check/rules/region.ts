/**
 * The plan's region against the official Kemendagri list: names that are not on it (with the nearest official
 * name as a suggestion: "Kabupaten Sumednag" → "Kabupaten Sumedang"), a kabupaten/kota in another province,
 * codes that are malformed, unknown or name another place, and missing codes (with the code to add).
 * The kecamatan is checked only when the plan gives its code, so the kecamatan list is read only then.
 */
import {
  canonicalRegionCode, districtByCode, districts, findProvince, findRegency, nearestPlace, provinceByCode, provinces, regencies, regencyByCode,
  normaliseRegionName, type Place,
} from '../../guide/regions.js';
import { msg } from '../../guide/messages/index.js';
import { ruleFamily } from './context.js';
import { defineRules, type FindingOf } from '../../plan/rule-set.js';

/** The rules this family reports, with their default severities (its words are in the catalog). */
const REGION_RULES = defineRules({
  'region/province-unknown': 'warning',
  'region/regency-unknown': 'warning',
  'region/regency-province': 'warning',
  'region/code-format': 'error',
  'region/code-unknown': 'error',
  'region/code-mismatch': 'error',
  'region/code-missing': 'info',
});

type RegionFinding = FindingOf<typeof REGION_RULES>;

/** A kecamatan's name without its kind ("Kecamatan Tallo", "Kemantren Umbulharjo" in Yogyakarta, "Distrik" in Papua). */
const districtKey = (name: string) => normaliseRegionName(name).replace(/^(kecamatan|kemantren|distrik) /, '');

const suggestion = (lang: 'id' | 'en', place: Place | undefined): string =>
  place === undefined ? '' : msg(lang, 'region.check.suggestion', { name: place.name, code: place.code });

type CodeField = 'provinceCode' | 'regencyCode' | 'districtCode';

/** The code as written, checked for form; a finding when it is not a Kemendagri code. */
function readCode(value: string | number | undefined, field: CodeField, out: RegionFinding[]): string | undefined {
  if (value === undefined) return undefined;
  const code = typeof value === 'string' ? canonicalRegionCode(value) : undefined;
  const depth = { provinceCode: 1, regencyCode: 2, districtCode: 3 }[field];
  if (code === undefined || code.split('.').length !== depth) {
    out.push({ ruleId: 'region/code-format', pointer: `/region/${field}`, params: { value: String(value) } });
    return undefined;
  }
  return code;
}

export const regionRules = ruleFamily(REGION_RULES, (ctx) => {
  const { region } = ctx.plan;
  const lang = ctx.language;
  const out: RegionFinding[] = [];
  const provinceCode = readCode(region.provinceCode, 'provinceCode', out);
  const regencyCode = readCode(region.regencyCode, 'regencyCode', out);
  const districtCode = readCode(region.districtCode, 'districtCode', out);

  // Province: by name, then against its code.
  const province = findProvince(region.province);
  if (!province) {
    out.push({ ruleId: 'region/province-unknown', pointer: '/region/province', params: { name: region.province, suggestion: suggestion(lang, nearestPlace(region.province, provinces())) } });
  }
  if (provinceCode !== undefined) {
    const official = provinceByCode(provinceCode);
    if (!official) out.push({ ruleId: 'region/code-unknown', pointer: '/region/provinceCode', params: { code: provinceCode, suggestion: suggestion(lang, province) } });
    else if (province && official.code !== province.code) {
      out.push({ ruleId: 'region/code-mismatch', pointer: '/region/provinceCode', params: { code: provinceCode, official: official.name, name: region.province, expected: province.code } });
    }
  } else if (province && region.provinceCode === undefined) {
    out.push({ ruleId: 'region/code-missing', pointer: '/region', at: 'key', params: { name: province.name, field: 'provinceCode', code: province.code } });
  }

  // Kabupaten/kota: in the province when the province is known.
  const inProvince = province ? findRegency(region.regency, province.code) : undefined;
  const anywhere = inProvince ?? findRegency(region.regency);
  if (!anywhere) {
    const candidates = province ? regencies(province.code) : regencies();
    const within = province ? msg(lang, 'region.check.withinProvince', { province: province.name }) : '';
    out.push({ ruleId: 'region/regency-unknown', pointer: '/region/regency', params: { name: region.regency, within, suggestion: suggestion(lang, nearestPlace(region.regency, candidates)) } });
  } else if (province && !inProvince) {
    const actual = provinceByCode(anywhere.code.slice(0, 2));
    out.push({ ruleId: 'region/regency-province', pointer: '/region/regency', params: { regency: anywhere.name, actual: actual?.name ?? anywhere.code.slice(0, 2), province: province.name } });
  }
  const regency = inProvince ?? anywhere;
  if (regencyCode !== undefined) {
    const official = regencyByCode(regencyCode);
    if (!official) out.push({ ruleId: 'region/code-unknown', pointer: '/region/regencyCode', params: { code: regencyCode, suggestion: suggestion(lang, regency) } });
    else if (regency && official.code !== regency.code) {
      out.push({ ruleId: 'region/code-mismatch', pointer: '/region/regencyCode', params: { code: regencyCode, official: official.name, name: region.regency, expected: regency.code } });
    }
  } else if (regency && region.regencyCode === undefined && (inProvince || !province)) {
    out.push({ ruleId: 'region/code-missing', pointer: '/region', at: 'key', params: { name: regency.name, field: 'regencyCode', code: regency.code } });
  }

  // Kecamatan: only with a code (the list of 7,000 is read only then).
  if (districtCode !== undefined) {
    const official = districtByCode(districtCode);
    if (!official) {
      out.push({ ruleId: 'region/code-unknown', pointer: '/region/districtCode', params: { code: districtCode, suggestion: '' } });
    } else if (regency && !official.code.startsWith(`${regency.code}.`)) {
      out.push({ ruleId: 'region/code-mismatch', pointer: '/region/districtCode', params: { code: districtCode, official: official.name, name: region.regency, expected: `${regency.code}.…` } });
    } else if (region.district !== undefined && districtKey(region.district) !== districtKey(official.name)) {
      const named = districts(official.code.slice(0, 5)).find((d) => districtKey(d.name) === districtKey(region.district!));
      const expected = named?.code ?? msg(lang, 'region.check.nameNotListed');
      out.push({ ruleId: 'region/code-mismatch', pointer: '/region/districtCode', params: { code: districtCode, official: official.name, name: region.district, expected } });
    }
  }
  return out;
});
