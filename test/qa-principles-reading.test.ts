/**
 * The readiness summary's reading of the three principles: a plan that holds nothing the principle rules read
 * (no two joined partners, no roles, no budgets) shows no principle yet — not a green tick for each.
 */
import { describe, expect, test } from '@jest/globals';
import { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkLoaded } from '../src/check/engine.js';
import { loadPlanText } from '../src/plan/load.js';
import { run } from '../src/cli/main.js';
import type { CliIO } from '../src/commands/context.js';
import { EXAMPLES } from './helpers/cli.js';

const TODAY = '2026-11-22';
// What `init` writes after the basics, before any step: valid, and nothing in it to judge a principle by.
const BASICS = [
  'schemaVersion: 1', 'title: Kemitraan Pencegahan Stunting Kabupaten Garut 2026', 'program: stunting',
  'region: { province: Jawa Barat, provinceCode: "32", regency: Kabupaten Garut, regencyCode: "32.05" }', 'initiator: { name: Dinas Kesehatan Kabupaten Garut }',
  'dates: { start: 2026-01-15, end: 2026-12-31 }', '',
].join('\n');

describe('principles in the reading', () => {
  test('a plan with only its basics shows no principle; a full example shows all three', () => {
    const empty = checkLoaded(loadPlanText('r.yaml', BASICS), { lang: 'id', today: TODAY });
    expect(empty.findings).toEqual([]);
    expect(empty.reading!.principles.map((p) => [p.principle, p.shown, p.concerns])).toEqual([
      ['kesetaraan', false, []], ['keterbukaan', false, []], ['saling-menguntungkan', false, []],
    ]);
    const full = checkLoaded(loadPlanText('s.yaml', readFileSync(path.join(EXAMPLES, 'stunting-sumedang.yaml'), 'utf8')), { lang: 'id', today: TODAY });
    expect(full.reading!.principles.every((p) => p.shown && p.concerns.length === 0)).toBe(true);
  });

  test('check prints "belum tampak", not a tick, for the basics only', async () => {
    const out: string[] = [];
    const io: CliIO = {
      stdout: { write: (s: string) => out.push(s) }, stderr: { write: () => true },
      stdin: Readable.from([BASICS]) as unknown as CliIO['stdin'], cwd: EXAMPLES, env: { KEMITRAAN_TODAY: TODAY, NO_COLOR: '1' },
    };
    expect(await run(['check', '-'], io)).toBe(0);
    const line = out.join('').split('\n').find((l) => l.includes('Prinsip:'));
    expect(line).toBe('  Prinsip: Kesetaraan (equity) belum tampak; Keterbukaan (transparency) belum tampak; Azas manfaat bersama (mutual benefit) belum tampak');
  });
});
