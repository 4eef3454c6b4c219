import { describe, expect, test, beforeAll, afterAll } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { stringify } from 'yaml';
import { runInProcess as runCli, hasStackTrace, EXAMPLES } from './helpers/cli.js';
import { exampleFiles, hostilePlan, loadExample } from './helpers/render.js';

const SUMEDANG = path.join(EXAMPLES, 'stunting-sumedang.yaml');
let dir: string;
beforeAll(() => { dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-render-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tmp = (name: string) => path.join(dir, name);

describe('kemitraan render', () => {
  test('mou to stdout as Markdown; a complete plan renders without gaps', async () => {
    const r = await runCli(['render', 'mou', SUMEDANG]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# NOTA KESEPAHAMAN<br>ANTARA<br>DINAS KESEHATAN KABUPATEN SUMEDANG')).toBe(true);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('[belum diisi]');
  });

  test('gaps show as placeholders, warned about at file:line:col', async () => {
    const text = readFileSync(SUMEDANG, 'utf8').replace(/^    address: .*\n/gm, (line, offset: number, all: string) =>
      // Drop the addresses of the 3rd, 4th and 5th partners (aisyiyah, forum-kader, bjb).
      /- id: (aisyiyah|forum-kader|bjb)\n(?:    .*\n){0,4}$/.test(all.slice(Math.max(0, offset - 400), offset)) ? '' : line);
    const file = tmp('gaps.yaml');
    writeFileSync(file, text);
    const r = await runCli(['render', 'mou', file]);
    expect(r.code).toBe(0);
    expect(r.stderr.match(/gaps\.yaml:\d+:\d+: partners\[\d\]\.address belum diisi/g)).toHaveLength(3);
    expect(r.stdout).toContain('berkedudukan di [belum diisi]');
  });

  test('plan in English; the language comes from --lang', async () => {
    const r = await runCli(['render', 'plan', SUMEDANG, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# PARTNERSHIP WORK PLAN (5W1H)');
    expect(r.stdout).toContain('| **Who** |');
  });

  test('the format follows the -o extension; DOCX holds every party and article', async () => {
    const out = tmp('mou.docx');
    const r = await runCli(['render', 'mou', SUMEDANG, '-o', out]);
    expect(r.code).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(out))['word/document.xml']!);
    const plan = loadExample('stunting-sumedang.yaml');
    for (const p of plan.agreement!.parties!) expect(xml).toContain(plan.partners!.find((x) => x.id === p.partner)!.name);
    for (let n = 1; n <= 11; n++) expect(xml).toContain(`>Pasal ${n}<`);
  });

  test('DOCX without -o is a usage error that says what to do', async () => {
    const r = await runCli(['render', 'mou', SUMEDANG, '--format', 'docx']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('-o');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  test('an existing file is kept without --force, replaced with it', async () => {
    const out = tmp('keep.html');
    writeFileSync(out, 'mine');
    const r = await runCli(['render', 'mou', SUMEDANG, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('mine');
    const forced = await runCli(['render', 'mou', SUMEDANG, '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    // No temporary files are left beside it.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('a conflicting --format and extension is a usage error', async () => {
    const r = await runCli(['render', 'mou', SUMEDANG, '-o', tmp('x.html'), '--format', 'docx']);
    expect(r.code).toBe(2);
    expect(existsSync(tmp('x.html'))).toBe(false);
  });

  test('all writes both documents into a directory; without -o it asks for one', async () => {
    const out = tmp('all');
    const r = await runCli(['render', 'all', SUMEDANG, '-o', out, '--format', 'html']);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['stunting-sumedang.mou.html', 'stunting-sumedang.pks.html', 'stunting-sumedang.plan.html']);
    const again = await runCli(['render', 'all', SUMEDANG, '-o', out, '--format', 'html']);
    expect(again.code).toBe(2);
    expect((await runCli(['render', 'all', SUMEDANG])).code).toBe(2);
  });

  test('a plan that fails the schema: findings with positions, exit 1, nothing rendered', async () => {
    const bad = tmp('bad.yaml');
    writeFileSync(bad, 'schemaVersion: 1\ntitle: x\nprogram: stunting\nregion: { province: A, regency: B }\ninitiator: { name: C }\npartners:\n  - id: a\n    name: A\n    sector: nope\n    status: signed\n');
    const r = await runCli(['render', 'mou', bad, '-o', tmp('bad.md')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml:9:\d+: /);
    expect(existsSync(tmp('bad.md'))).toBe(false);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  test('a missing plan file, an unknown document, no arguments: exit 2', async () => {
    expect((await runCli(['render', 'mou', tmp('nope.yaml')])).code).toBe(2);
    expect((await runCli(['render', 'surat', SUMEDANG])).code).toBe(2);
    const r = await runCli(['render']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('mou');
  });

  test('a user template overrides a built-in one by name; a wrong one names file, line and variable', async () => {
    const tdir = tmp('tpl');
    mkdirSync(tdir);
    writeFileSync(path.join(tdir, 'signatures.md.hbs'), 'TANDA TANGAN {{#each parties}}[{{ordinal}}]{{/each}}\n');
    const r = await runCli(['render', 'mou', SUMEDANG, '--template-dir', tdir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('TANDA TANGAN [PIHAK PERTAMA][PIHAK KEDUA][PIHAK KETIGA][PIHAK KEEMPAT][PIHAK KELIMA]');
    expect(r.stdout).not.toContain('kemitraan:signatures');
    const list = await runCli(['render', '--list-templates', '--template-dir', tdir]);
    expect(list.stdout).toMatch(/signatures .*tpl[/\\]signatures\.md\.hbs \(pengganti\)/);

    writeFileSync(path.join(tdir, 'signatures.md.hbs'), 'ok\n{{parties.length}}\n{{ttd.nama}}\n');
    const bad = await runCli(['render', 'mou', SUMEDANG, '--template-dir', tdir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/signatures\.md\.hbs:3: .*"ttd\.nama"/);
    expect(hasStackTrace(bad.stderr)).toBe(false);
  });

  test('--eject copies the templates, refuses to overwrite, and the copy renders the same', async () => {
    const edir = tmp('ejected');
    const r = await runCli(['render', '--eject', edir]);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(edir, 'mou.md.hbs'))).toBe(true);
    expect(existsSync(path.join(edir, 'partials', 'signatures.md.hbs'))).toBe(true);
    expect((await runCli(['render', '--eject', edir])).code).toBe(2);
    expect((await runCli(['render', '--eject', edir, '--force'])).code).toBe(0);
    const builtIn = (await runCli(['render', 'mou', SUMEDANG])).stdout;
    expect((await runCli(['render', 'mou', SUMEDANG, '--template-dir', edir])).stdout).toBe(builtIn);
  });

  test('--list-templates names documents, page and partials', async () => {
    const r = await runCli(['render', '--list-templates', '--lang', 'en']);
    expect(r.code).toBe(0);
    for (const name of ['mou', 'pks', 'decree', 'plan', 'page', 'agreement-opening', 'rights', 'signatures', 'activity']) expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  test('a hostile plan renders in every format without a crash', async () => {
    const file = tmp('hostile.yaml');
    writeFileSync(file, stringify(hostilePlan()));
    for (const format of ['md', 'html', 'docx']) {
      const r = await runCli(['render', 'all', file, '-o', tmp(`hostile-${format}`), '--format', format]);
      expect(r.code).toBe(0);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
    expect(readFileSync(tmp('hostile-html/hostile.mou.html'), 'utf8')).not.toMatch(/<script/i);
  });

  test.each(exampleFiles())('%s renders all documents in every format', async (file) => {
    for (const format of ['md', 'html', 'docx']) {
      const out = tmp(`ex-${file}-${format}`);
      const r = await runCli(['render', 'all', path.join(EXAMPLES, file), '-o', out, '--format', format]);
      expect(r.code).toBe(0);
      expect(readdirSync(out)).toHaveLength(3);
    }
  });
});
