/**
 * Every catalog item says where it comes from (the Kemenkes guide, the slides, the articles, or the tool), in
 * `kemitraan guide` and in its JSON; nothing the tool added is shown under the guide's name.
 */
import { describe, expect, test } from '@jest/globals';
import { allCatalogItems, CATALOG_GROUPS, INDICATOR_CLASSES, PARTNER_STATUSES, REPORT_INDICATORS, ROLES, originOf } from '../src/guide/index.js';
import { guideJson, guideText } from '../src/guide/format.js';
import { RULE_IDS } from '../src/guide/messages/rules.js';
import { RULE_SEVERITIES } from '../src/commands/rules.js';
import { RULE_BASIS, BASIS_LABELS } from '../src/guide/messages/rule-basis.js';
import { readFileSync } from 'node:fs';

describe('the source of every catalog item', () => {
  test('seeds map to guide / slides / articles; items without a seed are the tool\'s', () => {
    for (const it of allCatalogItems()) {
      const expected = it.source === undefined ? 'tool' : { '000': 'guide', '002': 'guide', '001': 'slides', '003': 'articles', '004': 'articles' }[it.source];
      expect([it.id, originOf(it)]).toEqual([it.id, expected]);
    }
    expect(PARTNER_STATUSES.map(originOf)).toEqual(Array(5).fill('tool'));
    expect(new Set(REPORT_INDICATORS.map(originOf))).toEqual(new Set(['tool']));
    expect(originOf(INDICATOR_CLASSES.find((c) => c.id === 'outcome')!)).toBe('slides');
  });

  test('the JSON catalog names each item\'s origin, and what the tool added to a guide item', () => {
    const json = JSON.parse(guideJson()) as { origins: Record<string, unknown>; items: { id: string; kind: string; origin: string; addedByTool?: string[] }[] };
    expect(Object.keys(json.origins).sort()).toEqual(['articles', 'guide', 'slides', 'tool']);
    expect(json.items.every((i) => ['guide', 'slides', 'articles', 'tool'].includes(i.origin))).toBe(true);
    const roles = json.items.filter((i) => i.kind === 'role');
    expect(roles).toHaveLength(ROLES.length);
    for (const r of roles) expect(r).toMatchObject({ origin: 'guide', addedByTool: ['description', 'suggestedBy'] });
    expect(json.items.find((i) => i.id === 'input.partners_joined')!.origin).toBe('tool');
  });

  test('the text names the source per group, or per item when a group mixes sources', () => {
    const id = guideText('id');
    expect(id).toContain('Status mitra (sumber: tambahan alat ini, bukan dari panduan):');
    expect(id).toContain('Indikator laporan (sumber: tambahan alat ini, bukan dari panduan):');
    expect(id).toContain('Kriteria calon mitra potensial (sumber: Panduan Kemenkes 2019):');
    expect(id).toMatch(/Rumah sakit \[rumah-sakit\] \(artikel tentang kemitraan kesehatan\)/);
    expect(id).toMatch(/Dinas\/instansi pemerintah \[dinas\] \(tambahan alat ini/);
    const en = guideText('en', 'goals');
    expect(en).toContain('Partner roles (source: the Ministry of Health guide (2019)):');
    expect(en.replace(/\s+/g, ' ')).toContain('Starts the partnership and identifies prospective partners. (added by this tool, not from the guide)');
    // Every group printed under the guide's name holds guide items only.
    for (const g of CATALOG_GROUPS) {
      if (id.includes(`${g.label.id} (sumber: Panduan Kemenkes 2019):`)) expect(new Set(g.items.map(originOf))).toEqual(new Set(['guide']));
    }
  });

  test('the outcome level has one meaning in both languages', () => {
    const outcome = INDICATOR_CLASSES.find((c) => c.id === 'outcome')!;
    expect(outcome.label).toEqual({ id: 'Hasil (outcome)', en: 'Outcome' });
    expect(guideText('id')).not.toMatch(/Dampak/);
  });
});

describe('what each rule rests on', () => {
  test('every readiness rule has a basis, and the README lists each with its severity and basis', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const ids = RULE_IDS.filter((id) => !id.startsWith('parse/') && !id.startsWith('schema/'));
    expect(ids.filter((id) => !RULE_BASIS.has(id))).toEqual([]);
    const rows = ids.map((id) => `| \`${id}\` | ${RULE_SEVERITIES[id]} | ${BASIS_LABELS[RULE_BASIS.get(id)!].en} |`);
    expect(rows.filter((row) => !readme.includes(row))).toEqual([]);
  });
});
