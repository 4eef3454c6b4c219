/**
 * What `check` keeps between plans to check thousands of them faster must answer exactly as working it out
 * afresh: the kabupaten/kota index by name, the Rupiah texts kept per language, a whole checklist's ids.
 */
import { describe, expect, test } from '@jest/globals';
import { findRegency, normaliseRegionName, provinces, regencies } from '../src/guide/regions.js';
import { formatRupiah, localeTag } from '../src/locale/format.js';
import { criteriaFindings } from '../src/check/rules/criteria.js';
import { PARTNER_CRITERIA } from '../src/guide/criteria.js';

describe('kabupaten/kota found by name', () => {
  /** The lookup as it was: the first place of the list whose name compares equal. */
  const scan = (name: string, provinceCode?: string) => regencies(provinceCode).find((r) => normaliseRegionName(r.name) === normaliseRegionName(name));

  test('every official name, as written and as people write it, in its province and anywhere', () => {
    // The lookups that differ from the scan, one expect for all (an expect per name cost seconds).
    const differing: string[] = [];
    for (const p of provinces()) {
      for (const r of regencies(p.code)) {
        for (const name of [r.name, r.name.toUpperCase(), r.name.replace(/^Kabupaten /, 'Kab. '), ` ${r.name}  `, r.name.replace(/^(Kabupaten|Kota) /, '')]) {
          if (findRegency(name, p.code) !== scan(name, p.code)) differing.push(`${p.code} ${name}`);
          if (findRegency(name) !== scan(name)) differing.push(name);
        }
      }
    }
    expect(differing).toEqual([]);
  });

  test('a name in another province, an unknown province code and an unknown name find what the scan finds', () => {
    expect(findRegency('Kota Bandung', '11')).toBeUndefined();
    expect(findRegency('Kota Bandung', '99')).toBeUndefined();
    expect(findRegency('Kabupaten Tidak Ada')).toBeUndefined();
    expect(findRegency('Kota Bandung')).toEqual(scan('Kota Bandung'));
  });
});

describe('Rupiah texts kept', () => {
  const fresh = (lang: 'id' | 'en') => new Intl.NumberFormat(localeTag(lang), {
    style: 'currency', currency: 'IDR', currencyDisplay: lang === 'id' ? 'symbol' : 'code',
    minimumFractionDigits: 0, maximumFractionDigits: 0, signDisplay: 'negative',
  });

  test('the same text as a formatter of its own, asked twice, in both languages, past the number kept', () => {
    const amounts = [0, -0, 1, -1500, 1_500_000, 105_000_000, 0.4, -0.4, 12_345.5, Number.MAX_SAFE_INTEGER];
    for (let i = 0; i < 5000; i++) amounts.push(i * 1000 + 7);
    for (const lang of ['id', 'en'] as const) {
      const own = fresh(lang);
      for (let round = 0; round < 2; round++) {
        // One expect for all amounts: the ones whose text differs (an expect per amount cost seconds).
        expect(amounts.filter((n) => formatRupiah(n, lang) !== own.format(n))).toEqual([]);
      }
    }
    expect(formatRupiah(1_500_000, 'id')).toBe('Rp\u00a01.500.000');
    expect(formatRupiah(Number.NaN, 'id')).toBe('NaN');
  });
});

describe('a checklist left unassessed', () => {
  test('lists every criterion id in order, the same for each partner', () => {
    const rules = { unassessed: 'partners/criteria-unassessed', unmet: 'partners/criterion-unmet', mostlyUnmet: 'partners/criteria-mostly-unmet' } as const;
    const ids = PARTNER_CRITERIA.map((c) => c.id).join(', ');
    for (const i of [0, 1]) {
      const [f] = criteriaFindings(PARTNER_CRITERIA, undefined, ['partners', i], rules, 'id', { partner: `p${i}` });
      expect(f).toEqual({ ruleId: 'partners/criteria-unassessed', pointer: `/partners/${i}`, at: 'key', params: { partner: `p${i}`, count: PARTNER_CRITERIA.length, total: PARTNER_CRITERIA.length, criteria: ids } });
    }
    const first = PARTNER_CRITERIA[0]!.id;
    const [partial] = criteriaFindings(PARTNER_CRITERIA, { [first]: 'met' }, ['partners', 0], rules, 'id');
    expect(partial!.params!.criteria).toBe(PARTNER_CRITERIA.slice(1).map((c) => c.id).join(', '));
    expect(partial!.pointer).toBe('/partners/0/criteria');
  });
});
