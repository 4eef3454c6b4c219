/**
 * `init --step` on a plan written as JSON (check reads it, with a remark): the remark is no reason to refuse
 * the plan, and a section that cannot be rewritten is explained in the reader's language, not in English.
 */
import { describe, expect, test } from '@jest/globals';
import { Readable } from 'node:stream';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../src/cli/main.js';
import type { CliIO } from '../src/commands/context.js';
import { PlanEditError, setSection } from '../src/plan/edit.js';
import { parse } from 'yaml';
import { EXAMPLES } from './helpers/cli.js';

// A plan with its basics and step 1 complete (the example's idea), as JSON on one line.
const JSON_PLAN = JSON.stringify({
  schemaVersion: 1, title: 'Kemitraan Pencegahan Stunting Kabupaten Garut 2026', program: 'stunting',
  region: { province: 'Jawa Barat', provinceCode: '32', regency: 'Kabupaten Garut', regencyCode: '32.05' },
  initiator: { name: 'Dinas Kesehatan Kabupaten Garut' },
  idea: (parse(readFileSync(path.join(EXAMPLES, 'stunting-sumedang.yaml'), 'utf8')) as { idea: unknown }).idea,
});

function memoryIo(cwd: string) {
  const err: string[] = [];
  const io: CliIO = {
    stdout: { write: () => true }, stderr: { write: (s: string) => err.push(s) },
    stdin: Readable.from([]) as unknown as CliIO['stdin'], cwd, env: { KEMITRAAN_TODAY: '2026-11-22', NO_COLOR: '1', CI: '1' },
  };
  return { io, err };
}

describe('init --step on a JSON plan', () => {
  test('an unchanged step: written nothing, exit 0 (the JSON remark is no schema error)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-json-'));
    const json = JSON_PLAN;
    writeFileSync(path.join(dir, 'rencana.json'), json);
    const { io, err } = memoryIo(dir);
    expect(await run(['init', '--step', '1', '--yes', 'rencana.json'], io)).toBe(0);
    expect(err.join('')).not.toContain('tidak sesuai skema');
    expect(readFileSync(path.join(dir, 'rencana.json'), 'utf8')).toBe(json);
  });

  test('a section that cannot be spliced into JSON: said in Indonesian, exit 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-json-'));
    writeFileSync(path.join(dir, 'rencana.json'), JSON_PLAN);
    writeFileSync(path.join(dir, 'jawaban.yaml'), 'idea:\n  problem: Masalah baru\n');
    const { io, err } = memoryIo(dir);
    expect(await run(['init', '--step', '1', '--answers', 'jawaban.yaml', 'rencana.json'], io)).toBe(2);
    expect(err.join('')).toContain('rencana.json:1:1: bagian ini tidak dapat ditulis ulang tanpa mengubah bagian lain (rencana tidak ditulis sebagai YAML berblok');
    expect(err.join('')).not.toMatch(/block mapping/);
  });

  test('PlanEditError says its reason in either language', () => {
    let caught: unknown;
    try { setSection('{title: T}', 'idea', {}); } catch (e) { caught = e; }
    expect(caught).toBeInstanceOf(PlanEditError);
    expect((caught as PlanEditError).describe('en')).toMatch(/^the plan is not written as block YAML/);
  });
});
