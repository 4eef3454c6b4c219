/** A bad DHIS2 mapping file is explained in the reader's language: the map's own problems and YAML errors. */
import { describe, expect, test } from '@jest/globals';
import { Readable } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../src/cli/main.js';
import type { CliIO } from '../src/commands/context.js';
import { EXAMPLES } from './helpers/cli.js';

async function exportWith(map: string, lang: 'id' | 'en'): Promise<{ code: number; err: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-map-'));
  writeFileSync(path.join(dir, 'map.yaml'), map);
  const err: string[] = [];
  const io: CliIO = {
    stdout: { write: () => true }, stderr: { write: (s: string) => err.push(s) },
    stdin: Readable.from([]) as unknown as CliIO['stdin'], cwd: dir, env: { KEMITRAAN_TODAY: '2026-11-22', NO_COLOR: '1' },
  };
  const code = await run(['export', 'dhis2', path.join(EXAMPLES, 'stunting-sumedang.yaml'), '--map', 'map.yaml', '--period', '2026S1', '--lang', lang], io);
  return { code, err: err.join('') };
}

describe('export dhis2 --map problems in words', () => {
  test('shape problems: Indonesian by default, English with --lang en', async () => {
    const bad = 'dataElements: [a, b]\norgunits: {}\n';
    const id = await exportWith(bad, 'id');
    expect(id.code).toBe(2);
    expect(id.err).toContain('berkas pemetaan map.yaml tidak valid: orgunits: kunci tidak dikenal (yang dikenal: dataElements, orgUnits, categoryOptionCombo, attributeOptionCombo); dataElements: harus berupa pemetaan id indikator → kode data element DHIS2');
    const en = await exportWith(bad, 'en');
    expect(en.err).toContain('orgunits: unknown key (known:');
  });

  test('a duplicate key: located, in Indonesian, not yaml\'s English', async () => {
    const { code, err } = await exportWith('dataElements:\n  a: X\n  a: Y\n', 'id');
    expect(code).toBe(2);
    expect(err).toContain('berkas pemetaan map.yaml tidak valid: 3:3 kunci ditulis lebih dari sekali');
    expect(err).not.toMatch(/Map keys must be unique/);
  });
});
