import { describe, expect, test, beforeEach } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runInProcess as runCli, hasStackTrace, BIN, EXAMPLES } from './helpers/cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-init-cli-'));
});
const file = (name = 'rencana.yaml') => path.join(dir, name);
const init = (args: string[], env: Record<string, string> = {}) => runCli(['init', ...args], { cwd: dir, env });

/** Spawns the binary with stdin left open (a pipe nobody writes to or closes): it must finish on its own. */
function runWithOpenStdin(args: string[], timeoutMs = 20_000): Promise<{ code: number | null; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1', KEMITRAAN_TODAY: '2026-11-22', CI: '' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += String(d); });
    const timer = setTimeout(() => { child.kill('SIGKILL'); resolve({ code: null, stderr, timedOut: true }); }, timeoutMs);
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stderr, timedOut: false }); });
  });
}

describe('kemitraan init without a terminal', () => {
  test('never waits for input: with stdin an open pipe and nothing answered it exits 2 listing the missing answers', async () => {
    const r = await runWithOpenStdin(['init', 'rencana.yaml']);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rencana rencana.yaml tidak ditulis');
    for (const missing of ['program belum dijawab (--program)', 'region.province belum dijawab (--region)', 'region.regency belum dijawab (--region)', 'initiator.name belum dijawab (--initiator)', 'title belum dijawab (--title)']) {
      expect(r.stderr).toContain(missing);
    }
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(existsSync(file())).toBe(false);
  });

  test('--yes writes a skeleton that passes the schema and check, with placeholders to replace', async () => {
    const r = await init(['--yes', 'rencana.yaml']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ganti isian bertanda "(isi ...)"');
    const text = readFileSync(file(), 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=')).toBe(true);
    expect(parse(text)).toMatchObject({ schemaVersion: 1, program: 'stunting', region: { province: '(isi nama provinsi)' }, idea: {}, partners: [], monitoring: {} });
    const c = await runCli(['check', 'rencana.yaml'], { cwd: dir });
    // Passes (exit 0); the only findings are the region placeholders, which are not on the Kemendagri list yet.
    expect(c.code).toBe(0);
    expect([...c.stdout.matchAll(/\s([a-z]+\/[a-z-]+)$/gm)].map((m) => m[1])).toEqual(['region/province-unknown', 'region/regency-unknown']);
  });

  test('flags answer the basics; the default file name is kemitraan.yaml', async () => {
    const r = await init(['--program', 'imunisasi', '--title', 'Kemitraan Imunisasi Garut', '--region', 'Jawa Barat/Kabupaten Garut/Tarogong Kidul', '--initiator', 'Puskesmas Tarogong']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const plan = parse(readFileSync(file('kemitraan.yaml'), 'utf8'));
    expect(plan).toMatchObject({ title: 'Kemitraan Imunisasi Garut', program: 'imunisasi', region: { province: 'Jawa Barat', regency: 'Kabupaten Garut', district: 'Tarogong Kidul' }, initiator: { name: 'Puskesmas Tarogong' } });
    // Steps without answers are left empty, to be filled later.
    expect(plan.idea).toEqual({});
  });

  test('a region typed loosely is written with its official name, and the run says so after saving (never silently)', async () => {
    const r = await init(['--program', 'imunisasi', '--title', 'Kemitraan Imunisasi Garut', '--region', 'jawa barat/kab. garut', '--initiator', 'Puskesmas Tarogong']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(parse(readFileSync(file('kemitraan.yaml'), 'utf8')).region).toMatchObject({ province: 'Jawa Barat', regency: 'Kabupaten Garut' });
    expect(r.stdout).toContain('Ditulis berbeda dari jawaban yang diberikan:\n  - "jawa barat" ditulis dengan nama resminya: Jawa Barat\n  - "kab. garut" ditulis dengan nama resminya: Kabupaten Garut\n');
    const exact = await init(['--program', 'imunisasi', '--title', 'T', '--region', 'Jawa Barat/Kabupaten Garut', '--initiator', 'P', 'b.yaml']);
    expect(exact.stdout).not.toContain('Ditulis berbeda');
  });

  test('--answers (YAML, partial) answers any prompt by step and field; derived ids and defaults fill the rest', async () => {
    writeFileSync(file('jawaban.yaml'), [
      'program: tbc', 'title: Kemitraan TBC Bandung', 'region: { province: Jawa Barat, regency: Kota Bandung }', 'initiator: { name: Dinas Kesehatan Kota Bandung }',
      'idea:', '  problem: Penemuan kasus TBC baru 60% dari target', '  target: Penemuan kasus 90% pada 2027', '  criteria: { relevan-visi-misi: met, payung-hukum: { status: partial, note: menunggu perwal } }',
      'partners:', '  - { name: Dinas Kesehatan Kota Bandung, sector: pemerintah, status: committed }', '  - { name: Aisyiyah Kota Bandung, sector: cso, potentials: [cso.diseminasi-informasi] }',
      '',
    ].join('\n'));
    const r = await init(['--answers', 'jawaban.yaml', 'rencana.yaml']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const plan = parse(readFileSync(file(), 'utf8'));
    expect(plan.idea.criteria).toEqual({ 'relevan-visi-misi': 'met', 'payung-hukum': { status: 'partial', note: 'menunggu perwal' } });
    expect(plan.partners).toEqual([
      { id: 'dinas-kesehatan-kota-bandung', name: 'Dinas Kesehatan Kota Bandung', sector: 'pemerintah', status: 'committed' },
      { id: 'aisyiyah-kota-bandung', name: 'Aisyiyah Kota Bandung', sector: 'cso', potentials: ['cso.diseminasi-informasi'], status: 'candidate' },
    ]);
    expect(plan.goals).toEqual({});
    expect((await runCli(['check', 'rencana.yaml'], { cwd: dir })).stdout).toContain('1. Menentukan gagasan kemitraan');
  });

  test('--answers in JSON works the same', async () => {
    writeFileSync(file('a.json'), JSON.stringify({ program: 'stunting', title: 'T', region: { province: 'P', regency: 'R' }, initiator: { name: 'I' }, monitoring: { schedule: { frequency: 'monthly' } } }));
    const r = await init(['--answers', 'a.json', '--lang', 'en', 'rencana.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Plan saved to rencana.yaml.');
    expect(parse(readFileSync(file(), 'utf8')).monitoring).toEqual({ schedule: { frequency: 'monthly' } });
  });

  test('invalid answers are refused, each named by its path, and nothing is written', async () => {
    writeFileSync(file('jawaban.yaml'), [
      'program: malaria', 'title: T', 'region: { province: P, regency: R }', 'initiator: { name: I, contact: { email: bukan-email } }',
      'dates: { start: 2026-02-30 }', 'partners:', '  - { name: X, sector: militer }', '  - { sector: swasta }', '',
    ].join('\n'));
    const r = await init(['--answers', 'jawaban.yaml', 'rencana.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('program: "malaria" bukan pilihan yang dikenal');
    expect(r.stderr).toContain('initiator.contact.email: Alamat email tidak valid');
    expect(r.stderr).toContain('dates.start: Tanggal harus berformat TTTT-BB-HH');
    expect(r.stderr).toContain('partners[0].sector: "militer" bukan pilihan');
    expect(r.stderr).toContain('partners[1].name belum dijawab');
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(existsSync(file())).toBe(false);
  });

  test('an answers file that is not YAML: file:line:col, exit 2, no stack trace', async () => {
    writeFileSync(file('jawaban.yaml'), 'program: stunting\nregion: [unclosed\n');
    const r = await init(['--answers', 'jawaban.yaml', 'rencana.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/jawaban\.yaml:\d+:\d+: berkas jawaban tidak dapat dibaca/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  test('an existing file is left alone (exit 2); --step without a terminal rewrites only that section', async () => {
    copyFileSync(path.join(EXAMPLES, 'stunting-sumedang.yaml'), file());
    const before = readFileSync(file(), 'utf8');
    const refused = await init(['--yes', 'rencana.yaml']);
    expect(refused.code).toBe(2);
    expect(readFileSync(file(), 'utf8')).toBe(before);

    writeFileSync(file('a.yaml'), 'monitoring:\n  schedule: { frequency: monthly, nextReview: 2026-12-15 }\n');
    const r = await init(['--step', 'pemantauan', '--answers', 'a.yaml', 'rencana.yaml']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const after = readFileSync(file(), 'utf8');
    const cut = before.indexOf('\nmonitoring:') + 1;
    expect(after.slice(0, cut)).toBe(before.slice(0, cut));
    const plan = parse(after);
    expect(plan.monitoring.schedule).toEqual({ frequency: 'monthly', nextReview: '2026-12-15' });
    // Indicators not answered are kept as they were.
    expect(plan.monitoring.indicators).toEqual(parse(before).monitoring.indicators);
    expect((await runCli(['check', 'rencana.yaml'], { cwd: dir })).code).toBe(0);
  });

  test('--step on a missing file and an unknown step are usage errors (exit 2)', async () => {
    expect((await init(['--step', '3', 'nope.yaml'])).stderr).toContain('nope.yaml tidak ditemukan');
    const r = await init(['--step', 'x', 'nope.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('langkah "x" tidak dikenal');
  });

  test('--step on a file with no plan in it yet says to fill the basics first, and leaves the file alone', async () => {
    const file = path.join(dir, 'only-comments.yaml');
    writeFileSync(file, '# to be filled\n');
    const r = await init(['--step', 'partners', 'only-comments.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('belum berisi dasar rencana (schemaVersion, title, program, region, initiator)');
    expect(r.stderr).toContain('kemitraan init --step 0 only-comments.yaml');
    expect(readFileSync(file, 'utf8')).toBe('# to be filled\n');
  });

  test('help names the options and exit codes', async () => {
    const r = await runCli(['init', '--help']);
    expect(r.code).toBe(0);
    for (const o of ['--step', '--yes', '--answers', '--force', '--program', '--region', '130']) expect(r.stdout).toContain(o);
  });
});
