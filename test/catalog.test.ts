/**
 * The catalog against the guide's source texts (../shared/seeds) and their INVENTORY.md: every item the seeds
 * hold is in the catalog, with both languages, and ids are unique. Counts are read from the seeds themselves
 * where they are lists, so a seed and the catalog cannot drift apart unnoticed.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  STEPS, IDEA_CRITERIA, PARTNER_CRITERIA, READINESS_CRITERIA, ROLES, SECTORS, POTENTIALS, AGREEMENT_FORMS,
  FIVE_W_ONE_H, MONITORING_QUESTIONS, INDICATOR_CLASSES, GUIDE_INDICATORS, KEY_WORDS, PREREQUISITES, PRINCIPLES,
  PARTNERSHIP_GOALS, FRAMEWORK, ELEMENTS, PILLARS, PARTNERSHIP_SYSTEM, GENERAL_ROLES, SPECIFIC_ROLES, BENEFITS,
  CHALLENGES, FIELDS, PARTNERSHIP_TYPES, SUCCESS_PRINCIPLES, PROGRAMS, IDENTIFICATION_METHODS, GOAL_PARTS,
  WORKPLAN_CONCERNS, IMPLEMENTATION_ACTIVITIES, CATALOG_GROUPS, allCatalogItems,
} from '../src/guide/index.js';
import { seedsDir } from './helpers/cli.js';
import { allMessages, catalogs, messageText, msg } from '../src/guide/messages/index.js';

const SEEDS = seedsDir();
const seed = (prefix: string) => {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return readFileSync(path.join(SEEDS, name), 'utf8');
};
/** The bullet items ("  • ...") of a seed between two headings. */
function bullets(text: string, from: string, to: string): string[] {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start + from.length);
  expect(start).toBeGreaterThanOrEqual(0);
  return text.slice(start, end < 0 ? undefined : end).split('\n').filter((l) => /^\s*•/.test(l)).map((l) => l.replace(/^\s*•\s*/, '').trim());
}
/** INVENTORY.md's count column, by row number. */
function inventoryCount(row: number): string {
  const inv = readFileSync(path.join(SEEDS, 'INVENTORY.md'), 'utf8');
  const line = inv.split('\n').find((l) => l.startsWith(`| ${row} |`))!;
  return line.split('|')[3]!.trim();
}

describe('catalog against the seeds', () => {
  test('the 8 steps, in the guide\'s order, with the guide\'s headings', () => {
    const guide = seed('002');
    expect(STEPS).toHaveLength(Number(inventoryCount(1)));
    const headings = [...guide.matchAll(/^(\d)\. (.+)$/gm)].map((m) => m[2]!.trim().toLowerCase());
    expect(headings).toHaveLength(8);
    STEPS.forEach((s, i) => expect(headings[i]).toBe(s.label.id.toLowerCase()));
  });

  test.each([
    ['idea criteria', IDEA_CRITERIA, 'Gagasan Kemitraan yang baik', '2. Identifikasi', 2],
    ['partner criteria', PARTNER_CRITERIA, 'calon mitra yang dicari sebaiknya', '3. Merumuskan', 4],
    ['self-preparation criteria', READINESS_CRITERIA, 'dengan tujuan untuk mengupayakan', '5. Membangun', 7],
  ] as const)('%s: one catalog item per bullet of the guide', (_name, items, from, to, row) => {
    const list = bullets(seed('002'), from, to);
    expect(items).toHaveLength(list.length);
    expect(items).toHaveLength(Number(inventoryCount(row)));
  });

  test('the 12 partner roles, named as in the guide', () => {
    const names = [...seed('000').matchAll(/^\s+\d+\. (.+);?$/gm)].map((m) => m[1]!.replace(/[;.]$/, ''));
    expect(names).toHaveLength(Number(inventoryCount(15)));
    expect(ROLES.map((r) => r.label.id)).toEqual(names);
  });

  test('the 6 sectors with their potentials (7, 6, 8, 2, 6, 4 = 33)', () => {
    const text = seed('000');
    const headings = ['Pemerintah', 'Akademisi', 'CSO', 'Masyarakat/Komunitas', 'Sektor Swasta', 'Organisasi Internasional/Development Partners'];
    expect(SECTORS).toHaveLength(Number(inventoryCount(16)));
    headings.forEach((h, i) => {
      const next = headings[i + 1] ?? 'Peran dan Potensi Mitra\n\n';
      const list = bullets(text, `\n${h}\n`, `\n${next}`);
      expect(SECTORS[i]!.potentials).toHaveLength(list.length);
    });
    expect(POTENTIALS).toHaveLength(Number(inventoryCount(17)));
    for (const p of POTENTIALS) expect(p.id.startsWith(`${p.sector}.`)).toBe(true);
  });

  test('the monitoring questions, indicator classes and the guide\'s 7 indicators', () => {
    expect(MONITORING_QUESTIONS).toHaveLength(Number(inventoryCount(13)));
    expect(bullets(seed('002'), 'Pemantauan dan penilaian dilakukan untuk', 'Pemantauan dan evaluasi kegiatan')).toHaveLength(MONITORING_QUESTIONS.length);
    expect(GUIDE_INDICATORS).toHaveLength(7);
    expect(new Set(GUIDE_INDICATORS.map((g) => g.class))).toEqual(new Set(['input', 'process', 'output']));
    expect(INDICATOR_CLASSES.map((c) => c.id)).toEqual(['input', 'process', 'output', 'outcome']);
  });

  test.each([
    ['examples of programs (+ lainnya)', PROGRAMS.length - 1, 5],
    ['identification methods', IDENTIFICATION_METHODS.length, Number(inventoryCount(5))],
    ['step 3 parts', GOAL_PARTS.length, Number(inventoryCount(6))],
    ['agreement forms (MoU, Nota Kesepahaman, SK Bupati/Walikota/Camat)', AGREEMENT_FORMS.length, 5],
    ['work-plan concerns', WORKPLAN_CONCERNS.length, Number(inventoryCount(10))],
    ['5W1H', FIVE_W_ONE_H.length, Number(inventoryCount(11))],
    ['implementation activities', IMPLEMENTATION_ACTIVITIES.length, 4],
    ['key words', KEY_WORDS.length, Number(inventoryCount(18))],
    ['prerequisites', PREREQUISITES.length, Number(inventoryCount(19))],
    ['principles', PRINCIPLES.length, Number(inventoryCount(20))],
    ['goals of partnership', PARTNERSHIP_GOALS.length, Number(inventoryCount(21))],
    ['framework steps', FRAMEWORK.length, Number(inventoryCount(22))],
    ['elements', ELEMENTS.length, Number(inventoryCount(23))],
    ['pillars', PILLARS.length, Number(inventoryCount(24))],
    ['partnership as a system', PARTNERSHIP_SYSTEM.length, Number(inventoryCount(25))],
    ['general partner roles', GENERAL_ROLES.length, Number(inventoryCount(26))],
    ['specific roles by organisation type', SPECIFIC_ROLES.length, Number(inventoryCount(27))],
    ['benefits (seed 003)', BENEFITS.filter((b) => b.source === '003').length, Number(inventoryCount(28))],
    ['challenges', CHALLENGES.length, Number(inventoryCount(29))],
    ['fields of partnership', FIELDS.length, Number(inventoryCount(30))],
    ['benefits (seed 004)', BENEFITS.filter((b) => b.source === '004').length, Number(inventoryCount(31))],
    ['partnership types', PARTNERSHIP_TYPES.length, Number(inventoryCount(32))],
    ['success principles', SUCCESS_PRINCIPLES.length, Number(inventoryCount(33))],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  test('every framework step maps onto the 8 steps, and every step is covered', () => {
    const ids = new Set(STEPS.map((s) => s.id));
    for (const f of FRAMEWORK) for (const s of f.steps) expect(ids.has(s)).toBe(true);
    expect(new Set(FRAMEWORK.flatMap((f) => f.steps))).toEqual(ids);
  });
});

describe('catalog hygiene', () => {
  test('message ids are unique across the message catalogs, so the order they are searched in never changes a text', () => {
    const seen = new Map<string, number>();
    catalogs().forEach((catalog, i) => {
      for (const id of Object.keys(catalog)) {
        expect([id, seen.get(id)]).toEqual([id, undefined]);
        seen.set(id, i);
      }
    });
    expect(seen.size).toBeGreaterThan(1000);
    expect(Object.keys(allMessages())).toHaveLength(seen.size);
    // Every id finds its own words; a missing or inherited name finds none.
    for (const [id, text] of Object.entries(allMessages())) expect(messageText(id)).toBe(text);
    expect(messageText('toString')).toBeUndefined();
    expect(messageText('no.such.message')).toBeUndefined();
    expect(msg('en', 'severity.warning')).toBe('warning');
  });

  test('every item has an id and both labels; ids are unique within each kind', () => {
    const byKind = new Map<string, Set<string>>();
    for (const g of CATALOG_GROUPS) {
      for (const it of g.items) {
        expect(it.id).toMatch(/^[a-z0-9][a-z0-9._-]*$/);
        expect(it.label.id.trim()).not.toBe('');
        expect(it.label.en.trim()).not.toBe('');
        if (it.description) expect(it.description.en.trim()).not.toBe('');
      }
      // A group lists each id once.
      expect(new Set(g.items.map((i) => i.id)).size).toBe(g.items.length);
      for (const it of g.items) {
        const set = byKind.get(it.kind) ?? new Set<string>();
        set.add(`${g.id}:${it.id}`);
        byKind.set(it.kind, set);
      }
    }
    expect(allCatalogItems().length).toBeGreaterThan(150);
  });

  test('every role can be suggested from real potentials, and every sector can fill some role', () => {
    const potentialIds = new Set(POTENTIALS.map((p) => p.id));
    for (const r of ROLES) {
      expect(r.suggestedBy.length).toBeGreaterThan(0);
      for (const p of r.suggestedBy) expect(potentialIds.has(p)).toBe(true);
    }
    for (const s of SECTORS) expect(ROLES.some((r) => r.suggestedBy.some((p) => p.startsWith(`${s.id}.`)))).toBe(true);
  });
});
