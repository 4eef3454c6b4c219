/**
 * YAML syntax errors are said in the reader's language: yaml's own English ("Block collections are not allowed
 * within flow collections") never reaches Indonesian output, in check's findings (and, through the same
 * words, in render's and report's refusals and init --answers).
 */
import { describe, expect, test } from '@jest/globals';
import { checkLoaded } from '../src/check/engine.js';
import { loadPlanText } from '../src/plan/load.js';
import { yamlErrorWord } from '../src/plan/yaml-errors.js';
import { messageText } from '../src/guide/messages/index.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/commands/check/run.js';

const TODAY = '2026-11-22';
// The hand-editing mistakes behind yaml's errors: `Rp 36.000.000,-` inside { … }, an unclosed quote, and others.
const BROKEN = [
  'budget: { amountIdr: 36.000.000,-, source: BOK }\n',
  'title: "Kemitraan\nprogram: stunting\n',
  'title: Kemitraan\nprogram stunting\nregion: x\n',
  'title: a: b\n',
  'title: "x" y\n',
  'a: 1\n---\nb: 2\n',
  'a: @x\n',
  'a: [1,,2]\n',
  'rules: {a: off\n',
  'a: |\n  x\n y\n',
];

describe('YAML syntax errors in words', () => {
  test.each(BROKEN)('%j: Indonesian, and English with --lang en', (text) => {
    const id = checkLoaded(loadPlanText('x.yaml', text), { lang: 'id', today: TODAY }).findings;
    expect(id.length).toBeGreaterThan(0);
    for (const f of id) {
      expect(f.message).toMatch(/^(YAML tidak valid|Kunci|Berkas|Baris)/);
      // None of yaml's English words: they start with a capital after the colon ("Missing", "Unexpected", ...).
      expect(f.message).not.toMatch(/: [A-Z][a-z]+ [a-z]+/);
      expect(f.message).not.toMatch(/word\.yaml/);
    }
    const en = checkLoaded(loadPlanText('x.yaml', text), { lang: 'en', today: TODAY }).findings;
    for (const f of en) expect(f.message).not.toMatch(/tidak|word\.yaml/);
  });

  test('every word the mapping names is in the catalog', () => {
    for (const m of ['Block collections are not allowed within flow collections', 'Missing , or : between flow map items', 'Something new']) {
      expect(messageText(yamlErrorWord(m))).toBeDefined();
    }
  });

  test('a broken .kemitraanrc.yaml: the located reason in words, never a catalog id or yaml\'s English', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-rc-'));
    const cases: [string, RegExp][] = [
      ['rules: {a: off', /:1:15: konfigurasi tidak valid: YAML tidak valid: \{ … \} atau \[ … \] tidak ditutup/],
      ['rules:\n  a: off\n  a: off\n', /:3:3: konfigurasi tidak valid: Kunci "a" ditulis lebih dari sekali\. Hapus/],
      ['rules:\n\t a: off\n', /:2:1: konfigurasi tidak valid: Karakter tab dipakai untuk indentasi/],
    ];
    for (const [text, expected] of cases) {
      const file = path.join(dir, '.kemitraanrc.yaml');
      writeFileSync(file, text);
      const message = await loadConfig(file, 'id').then(() => '', (e: Error) => e.message);
      expect(message).toMatch(expected);
      expect(message).not.toMatch(/word\.|parse\//);
    }
  });
});
