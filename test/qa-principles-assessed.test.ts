/**
 * When the partners' own assessment rates a principle's dimension a concern, check's reading of that principle
 * must not tick it: "Kesetaraan ✔" two lines under "Kesetaraan rata-rata 1, Mengkhawatirkan" contradicted itself.
 */
import { describe, expect, test } from '@jest/globals';
import { Readable } from 'node:stream';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../src/cli/main.js';
import type { CliIO } from '../src/commands/context.js';
import { EXAMPLES } from './helpers/cli.js';

describe('principles read with the partners\' assessment', () => {
  test('every answer of the latest round 1: each principle shows the assessment concern, no tick', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-assessed-'));
    cpSync(path.join(EXAMPLES, 'imunisasi-lombok-timur.yaml'), path.join(dir, 'rencana.yaml'));
    cpSync(path.join(EXAMPLES, 'assessments', 'imunisasi-lombok-timur'), path.join(dir, 'assessments', 'imunisasi-lombok-timur'), { recursive: true });
    const latest = path.join(dir, 'assessments', 'imunisasi-lombok-timur', '2026-09');
    for (const f of readdirSync(latest)) {
      const file = path.join(latest, f);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^( {2}[a-z-]+:) [1-5]$/gm, '$1 1'));
    }
    const out: string[] = [];
    const io: CliIO = {
      stdout: { write: (s: string) => out.push(s) }, stderr: { write: () => true },
      stdin: Readable.from([]) as unknown as CliIO['stdin'], cwd: dir, env: { KEMITRAAN_TODAY: '2026-11-22', NO_COLOR: '1' },
    };
    await run(['check', 'rencana.yaml'], io);
    const text = out.join('');
    expect(text).toContain('"Kesetaraan" rata-rata 1');
    expect(text.split('\n').find((l) => l.includes('Prinsip:'))).toBe('  Prinsip: Kesetaraan (equity) (monitoring/assessment-concern); Keterbukaan (transparency) (monitoring/assessment-concern); Azas manfaat bersama (mutual benefit) (monitoring/assessment-concern)');
  });
});
