/**
 * Every user-facing text lives in the catalog (src/guide/messages) with its id and en words: no module writes a
 * text of its own for each language (`lang === 'id' ? 'teks' : 'text'`). src/locale may choose by language (it
 * picks locale tags and Intl options, not words).
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = new URL('../src/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** A choice by language whose branch is a text literal (a language code such as 'en' is not a text). */
const INLINE = /\b(lang|language|LANG)\s*===\s*'(id|en)'\s*\?\s*['"`](?!(id|en)['"`])/;

describe('no inline bilingual text outside the catalog', () => {
  test('src/ (but guide/ and locale/) chooses no words by language', () => {
    const files = sources(SRC).filter((f) => !/\/src\/(guide|locale)\//.test(f));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => readFileSync(f, 'utf8').split('\n')
      .map((line, i) => (INLINE.test(line) ? `${path.relative(SRC, f)}:${i + 1}: ${line.trim()}` : ''))
      .filter(Boolean));
    expect(found).toEqual([]);
  });

  test('the schemas take their field words from the catalog (no id/en pairs of literals)', () => {
    const pair = /'[A-Z][^']*', '[A-Z][^']*'/;
    for (const file of ['plan/schema.ts', 'assess/schema.ts']) {
      const found = readFileSync(path.join(SRC, file), 'utf8').split('\n').filter((line) => pair.test(line));
      expect([file, found]).toEqual([file, []]);
    }
  });

  test('the pattern finds what it is meant to find', () => {
    expect(INLINE.test("const within = lang === 'id' ? ` untuk ${x}` : ` for ${x}`;")).toBe(true);
    expect(INLINE.test("return lang === 'id' ? 'teks' : 'text';")).toBe(true);
    expect(INLINE.test("const other = LANG === 'id' ? 'en' : 'id';")).toBe(false);
  });
});
