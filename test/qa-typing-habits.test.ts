/**
 * Yes/no and dates typed the Indonesian way into a hand-edited plan: `check` says what was meant and the exact
 * line to write, instead of "should be ya/tidak" to someone who wrote `ya`.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkLoaded } from '../src/check/engine.js';
import { loadPlanText } from '../src/plan/load.js';
import { isoDateFromText } from '../src/locale/dates.js';
import { booleanTextFix } from '../src/locale/parse.js';
import { EXAMPLES } from './helpers/cli.js';

const TODAY = '2026-11-22';
const example = readFileSync(path.join(EXAMPLES, 'stunting-sumedang.yaml'), 'utf8');

describe('dates and yes/no as typed', () => {
  test.each([
    ['15 Januari 2026', '2026-01-15'],
    ['Kamis, 15 Jan 2026', '2026-01-15'],
    ['1 Agustus 2026', '2026-08-01'],
    ['15/01/2026', '2026-01-15'],
    ['05-02-2026', '2026-02-05'],
    ['15.01.2026', '2026-01-15'],
    ['2026/01/15', '2026-01-15'],
    ['2026-1-5', '2026-01-05'],
    ['30 Februari 2026', undefined],
    ['13/13/2026', undefined],
    ['besok', undefined],
  ])('%s is %s', (text, iso) => expect(isoDateFromText(text)).toBe(iso));

  test.each([['ya', 'true'], ['Tidak', 'false'], ['y', 'true'], ['t', 'false'], ['mungkin', undefined]])('%s is %s', (text, fix) => {
    expect(booleanTextFix(text)).toBe(fix);
  });

  test('check names the value typed and the line to write, in both languages', () => {
    const text = example.replace('personalData: true', 'personalData: ya').replace('signedDate: 2026-01-15', 'signedDate: 15 Januari 2026');
    expect(text).toContain('personalData: ya');
    expect(text).toContain('signedDate: 15 Januari 2026');
    const id = checkLoaded(loadPlanText('x.yaml', text), { lang: 'id', today: TODAY });
    const schema = id.findings.filter((f) => f.ruleId.startsWith('schema/'));
    expect(schema.map((f) => [f.ruleId, f.message, f.hint])).toEqual([
      ['schema/boolean-text', 'Ya/tidak ditulis sebagai teks: "ya"', 'Dalam berkas rencana ya ditulis true dan tidak ditulis false: personalData: true.'],
      ['schema/date-text', 'Tanggal tidak ditulis sebagai TTTT-BB-HH: "15 Januari 2026"', 'Tulis tahun-bulan-hari dengan angka: signedDate: 2026-01-15 (periksa bahwa ini tanggal yang dimaksud).'],
    ]);
    expect(schema[0]!.line).toBe(text.split('\n').findIndex((l) => l.includes('personalData: ya')) + 1);
    const en = checkLoaded(loadPlanText('x.yaml', text), { lang: 'en', today: TODAY });
    expect(en.findings.filter((f) => f.ruleId.startsWith('schema/')).map((f) => f.message)).toEqual([
      'Yes/no written as text: "ya"', 'A date not written as YYYY-MM-DD: "15 Januari 2026"',
    ]);
  });
});

describe('the wizard and --answers name the ISO date of a date typed the Indonesian way', () => {
  test('15/01/2026 is refused with the exact date to type; nonsense keeps the general message', async () => {
    const { parseAnswer } = await import('../src/wizard/validate.js');
    const { msg } = await import('../src/guide/messages/index.js');
    const r = parseAnswer('date', '15/01/2026');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(msg('id', r.problem, r.params)).toBe('Tanggal ditulis TTTT-BB-HH: ketik 2026-01-15 (bila maksudnya tanggal 15 bulan 1 tahun 2026).');
    expect(msg('en', r.problem, r.params)).toBe('Dates are written YYYY-MM-DD: type 2026-01-15 (if you mean day 15 of month 1 of 2026).');
    expect(parseAnswer('date', 'besok')).toEqual({ ok: false, problem: 'wizard.invalid.date' });
    expect(parseAnswer('date', '2026-01-15')).toEqual({ ok: true, value: '2026-01-15' });
  });
});

describe('a constant written as text', () => {
  test('schemaVersion: "1" shows what was written, with its quotes', () => {
    const text = example.replace(/^schemaVersion: 1$/m, 'schemaVersion: "1"');
    expect(text).toContain('schemaVersion: "1"');
    const r = checkLoaded(loadPlanText('x.yaml', text), { lang: 'id', today: TODAY });
    expect(r.findings.filter((f) => f.ruleId === 'schema/const').map((f) => [f.message, f.hint])).toEqual([['Nilai harus 1, tertulis "1"', 'Tulis 1.']]);
  });
});
