/** `kemitraan report` through the real binary: every format for the example, -o, skipped plans, exit codes. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAjv } from '../src/check/schema.js';
import { runInProcess as runCli, hasStackTrace, EXAMPLES, ROOT } from './helpers/cli.js';

const EXAMPLE = 'examples/stunting-sumedang.yaml';
const ANSI = /\u001b\[/;
let dir: string;

const BARE_PLAN = `schemaVersion: 1
title: Rencana baru imunisasi
program: imunisasi
region: { province: Jawa Tengah, regency: Kabupaten Brebes }
initiator: { name: Dinas Kesehatan Kabupaten Brebes }
`;
const BROKEN_PLAN = `schemaVersion: 1
title: Rencana rusak
program: imunisasi
region:
  province: Jawa Tengah
  regency: Kabupaten Brebes
initiator: { name: Dinkes }
partners:
  - id: a
    name: Mitra A
    sector: pemerintah
    status: maybe
`;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kemitraan-report-'));
  copyFileSync(path.join(EXAMPLES, 'stunting-sumedang.yaml'), path.join(dir, 'sumedang.yaml'));
  writeFileSync(path.join(dir, 'bare.yaml'), BARE_PLAN);
  writeFileSync(path.join(dir, 'broken.yaml'), BROKEN_PLAN);
  writeFileSync(path.join(dir, 'syntax.yaml'), 'title: [unclosed\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('every format for the example', () => {
  test('table (default): indicators, Rupiah, bars, answers; no colour under NO_COLOR', async () => {
    const r = await runCli(['report', EXAMPLE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Per tanggal 22 November 2026'); // KEMITRAAN_TODAY, written out
    expect(r.stdout).toContain('Rp\u00a0515.000.000');
    expect(r.stdout).toContain('79,6%');
    // Officers read names, not ids or file paths (ids stay in json and csv).
    expect(r.stdout).toContain('Mitra yang bergabung');
    expect(r.stdout).not.toContain('input.partners_joined');
    expect(r.stdout).not.toContain('examples/stunting-sumedang.yaml');
    expect(r.stdout).toMatch(/█+░* 100%/);
    expect(r.stdout).toContain('tertinggal dari jadwal');
    expect(r.stdout).toContain('Keterlambatan bahan PMT');
    expect(r.stdout).not.toMatch(ANSI);
  });

  test('table in colour when forced, never with --no-color', async () => {
    expect((await runCli(['report', EXAMPLE], { env: { NO_COLOR: '', FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await runCli(['report', EXAMPLE, '--no-color'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
  });

  test('json: matches schemas/report.schema.json, with the set and each plan', async () => {
    const r = await runCli(['report', EXAMPLE, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const validate = createAjv().compile(JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'report.schema.json'), 'utf8')));
    const valid = validate(out);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(out.asOf).toBe('2026-11-22');
    expect(out.indicators.find((i: { id: string }) => i.id === 'input.resources_committed')).toMatchObject({ value: 515_000_000, unit: 'IDR', label: 'Resources committed' });
    expect(out.plans).toHaveLength(1);
    expect(out.plans[0].indicators.find((i: { id: string }) => i.id === 'process.meetings_held')).toMatchObject({ value: 7, target: 11 });
    expect(out.skipped).toEqual([]);
  });

  test('markdown: tables, Mermaid gantt with the as-of marker and a legend, the series table, partner x role matrix', async () => {
    const r = await runCli(['report', EXAMPLE, '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Laporan kemitraan bidang kesehatan/);
    expect(r.stdout).toContain('```mermaid\ngantt');
    expect(r.stdout).toContain('dateFormat YYYY-MM-DD');
    // pmt-lokal is done; kelas-ibu is in progress.
    expect(r.stdout).toContain('5. Pemberian makanan tambahan berbahan pangan lokal :done, 2026-04-01, 183d'); // 04-01 .. 09-30 inclusive
    expect(r.stdout).toContain('4. Kelas ibu hamil dan penyuluhan gizi di majelis taklim :active, 2026-03-01, 275d'); // 03-01 .. 11-30 inclusive
    // The report's date, not the reader's today; a legend; no pie (the HTML draws bars, so does the Markdown).
    expect(r.stdout).toContain('todayMarker off');
    expect(r.stdout).toContain('22 November 2026 :milestone, 2026-11-22, 0d');
    expect(r.stdout).toContain('belah ketupat = tanggal laporan');
    expect(r.stdout).not.toContain('pie title');
    expect(r.stdout).not.toContain('`input.');
    // Change over time: the measured values, the value at as-of, the previous one and the change.
    expect(r.stdout).toContain('| Baduta di desa lokus yang ditimbang dan diukur setiap bulan | Indikator luaran (output) | 31 Maret 2026: 74%; 30 Juni 2026: 85%; 30 September 2026: 91% | 91% (30 September 2026) | 85% (30 Juni 2026) | +6 | 100% |');
    expect(r.stdout).toMatch(/\| Mitra \| Sektor \| Status \| Inisiator \|/);
    expect(r.stdout).toMatch(/\| Dinas Kesehatan Kabupaten Sumedang \| Pemerintah \| Menandatangani kesepakatan \| ✔ \|/);
  });

  test('csv: one tidy table with plain numbers', async () => {
    const r = await runCli(['report', EXAMPLE, '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('scope,file,group,indicator,item,class,label,value,unit,target,numerator,denominator,baseline,actual,expected_percent,schedule,status,previous,previous_date,change');
    expect(lines).toContain('total,,,input.resources_committed,,input,Sumber daya yang dijanjikan,515000000,Rp,,,,,,,,ok,,,');
    // The series: one row per measurement, then the value at as-of with the previous value and the change.
    expect(lines).toContain(`measurement,${EXAMPLE},,baduta-ditimbang,2026-06-30,output,Baduta di desa lokus yang ditimbang dan diukur setiap bulan,85,%,100,,,68,,,,ok,,,`);
    expect(lines).toContain(`series,${EXAMPLE},,baduta-ditimbang,2026-09-30,output,Baduta di desa lokus yang ditimbang dan diukur setiap bulan,91,%,100,,,68,,,,ok,85,2026-06-30,6`);
    expect(lines.some((l) => l.startsWith('total,,,process.meetings_held,,process,') && l.includes(',7,pertemuan,11,'))).toBe(true);
    expect(lines.some((l) => l.startsWith(`plan,${EXAMPLE},,output.target_achievement,baduta-ditimbang,`))).toBe(true);
  });

  test('html: one standalone page with inline SVG (Gantt, sectors, bars), nothing fetched from elsewhere', async () => {
    const r = await runCli(['report', EXAMPLE, '--format', 'html', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(r.stdout).toContain('<html lang="en">');
    expect(r.stdout).toContain('aria-label="Work plan schedule"');
    expect(r.stdout).toContain('aria-label="Partners by sector"');
    expect((r.stdout.match(/<svg /g) ?? []).length).toBeGreaterThan(10);
    expect(r.stdout).not.toMatch(/<script|<link|(src|href)="(https?:)?\/\//i);
  });
});

describe('files, skipped plans and exit codes', () => {
  test('a plan with no monitoring data reports zeros and "no data" (exit 0)', async () => {
    const r = await runCli(['report', path.join(dir, 'bare.yaml'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 partners');
    expect(r.stdout).toContain('no data');
    expect(r.stdout).toContain('No program targets');
    const md = await runCli(['report', path.join(dir, 'bare.yaml'), '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('Belum ada kegiatan dalam rencana kerja.');
  });

  test('plans that fail the schema or cannot be parsed are skipped, located on stderr, named in the output (exit 1)', async () => {
    const r = await runCli(['report', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.yaml:12:13 schema\/\S+ /);
    expect(r.stderr).toMatch(/syntax\.yaml:\d+:\d+ parse\/syntax /);
    expect(hasStackTrace(r.stderr)).toBe(false);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({ plans: 2, skipped: 2 });
    expect(out.skipped.map((s: { file: string }) => path.basename(s.file)).sort()).toEqual(['broken.yaml', 'syntax.yaml']);
    // Not silently counted: the total is the two good plans only (6 partners from Sumedang, none from the bare plan).
    expect(out.indicators.find((i: { id: string }) => i.id === 'input.partners_listed').value).toBe(6);
  });

  test('nothing readable is exit 2; so are a missing path and a bad --as-of', async () => {
    const none = await runCli(['report', path.join(dir, 'broken.yaml')]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('tidak ada rencana yang dapat dilaporkan');
    const missing = await runCli(['report', EXAMPLE, 'no-such-dir/']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('tidak ditemukan: no-such-dir/');
    const badDate = await runCli(['report', EXAMPLE, '--as-of', '2026-02-30']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--as-of "2026-02-30"');
    const badFormat = await runCli(['report', EXAMPLE, '--format', 'pdf']);
    expect(badFormat.code).toBe(2);
    for (const r of [none, missing, badDate, badFormat]) expect(hasStackTrace(r.stderr)).toBe(false);
  });

  test('--as-of changes what counts', async () => {
    const out = JSON.parse((await runCli(['report', EXAMPLE, '--format', 'json', '--as-of', '2026-03-31'])).stdout);
    expect(out.asOf).toBe('2026-03-31');
    expect(out.indicators.find((i: { id: string }) => i.id === 'process.meetings_held').value).toBe(2);
  });

  test('--by program on several plans', async () => {
    const out = JSON.parse((await runCli(['report', path.join(dir, 'sumedang.yaml'), path.join(dir, 'bare.yaml'), '--by', 'program', '--format', 'json'])).stdout);
    expect(out.by).toBe('program');
    expect(out.groups.map((g: { key: string; plans: number }) => [g.key, g.plans])).toEqual([['imunisasi', 1], ['stunting', 1]]);
  });

  test('-o writes atomically, keeps an existing file without --force, infers the format from the extension', async () => {
    const target = path.join(dir, 'out', 'laporan.html');
    const first = await runCli(['report', EXAMPLE, '-o', target]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toContain('Laporan ditulis ke');
    expect(readFileSync(target, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    writeFileSync(target, 'keep me');
    const again = await runCli(['report', EXAMPLE, '-o', target]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    const forced = await runCli(['report', EXAMPLE, '-o', target, '--force', '--format', 'markdown']);
    expect(forced.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^# Laporan/);
  });

  test('text from a plan is escaped in html and cannot break markdown tables', async () => {
    const evil = BARE_PLAN.replace('title: Rencana baru imunisasi', 'title: "<script>alert(1)</script> | x"');
    const file = path.join(dir, 'evil.yaml');
    writeFileSync(file, evil);
    const html = (await runCli(['report', file, '--format', 'html'])).stdout;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const md = (await runCli(['report', file, '--format', 'markdown'])).stdout;
    expect(md).toContain('### &lt;script>alert(1)&lt;/script> \\| x');
    rmSync(file);
  });

  test('help lists the options', async () => {
    const r = await runCli(['report', '--help', '--lang', 'en']);
    expect(r.code).toBe(0);
    for (const opt of ['--format', '--as-of', '--by', '--lang', '--output', '--force', '--no-color']) expect(r.stdout).toContain(opt);
  });
});

describe('many plans on worker threads', () => {
  test('the report is the same, byte for byte, with and without workers (a broken plan skipped in both)', async () => {
    const { writePlans } = await import('../bench/generate.js');
    const set = path.join(dir, 'many');
    // 12 plans: the worker takes the first two (queued to it before it has started), the main thread the rest,
    // as with 40 (~0.3 s of CPU more).
    writePlans(set, 12, { seed: 3 });
    writeFileSync(path.join(set, 'zz-broken.yaml'), BROKEN_PLAN);
    const serial = await runCli(['report', set, '--format', 'json', '--by', 'program'], { env: { KEMITRAAN_WORKERS: '0' } });
    // One worker beside the main thread (which reads plans too): results from two threads, as with more workers.
    const parallel = await runCli(['report', set, '--format', 'json', '--by', 'program'], { env: { KEMITRAAN_WORKERS: '1' } });
    expect(serial.code).toBe(1);
    expect(parallel.code).toBe(1);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(parallel.stderr).toBe(serial.stderr);
    expect(JSON.parse(parallel.stdout).summary).toEqual({ plans: 12, skipped: 1 });
  });
});

describe('contributions per partner', () => {
  test('a partner whose promises are all in kind is counted in contributions, not shown as "Rp 0 · Rp 0 · no data"', async () => {
    for (const format of ['table', 'markdown', 'html']) {
      const r = await runCli(['report', EXAMPLE, '-f', format], { cwd: ROOT, env: { NO_COLOR: '1', COLUMNS: '250' } });
      expect(r.code).toBe(0);
      const row = r.stdout.split('\n').find((l) => l.includes('Pimpinan Daerah Aisyiyah Sumedang') && l.includes('kontribusi'));
      expect([format, row]).toEqual([format, expect.stringMatching(/nonuang: 1 kontribusi.*—.*1\/1 kontribusi/)]);
      expect(row).not.toMatch(/Rp 0|tidak ada data/);
    }
  });
});
