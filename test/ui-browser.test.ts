/// <reference lib="dom" />
/**
 * `kemitraan ui` in a real browser (Debian's chromium through playwright-core, one launch for the file): a
 * partner added with a role and saved touches only those lines and `check` passes; the conflict case; unsaved
 * edits surviving a reload; keyboard alone; a new plan; a partner's assessment; the page never reaches beyond its
 * own server; and axe-core (WCAG 2.1 A/AA) on every page in both languages. KEMITRAAN_UI_SHOTS=dir keeps a
 * screenshot of each page the accessibility test visits. One file, so one Chromium: a launch costs ~2.5 s of CPU.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { run } from '../src/cli/main.js';
import { changedLines } from './helpers/diff.js';
import { PAGES, SHOTS, axe, dir, go, memoryIo, openPage, serve, useBrowser, waitChecked } from './helpers/ui-browser.js';

useBrowser();

describe('kemitraan ui in a browser', () => {
  test('add a partner with a role and save: the diff touches only that partner and its role; check passes', async () => {
    const { ui, file } = await serve('add-partner.yaml');
    const before = readFileSync(file, 'utf8');
    const page = await openPage(ui, 'partners');
    await page.getByRole('button', { name: /^Tambah: Calon mitra/ }).click();
    const item = page.locator('details.item').last();
    await item.getByLabel('Nama lembaga mitra').fill('TP PKK Kabupaten Sumedang');
    await item.getByLabel('Sektor mitra').selectOption('masyarakat');
    await item.getByRole('checkbox', { name: /^Dukungan pelaksanaan kerja sama/ }).first().check();
    await go(page, 'goals');
    await page.getByRole('button', { name: /^Tambah: Peran dan kontribusi mitra/ }).click();
    const roles = page.locator('details.item').last();
    await roles.getByLabel('Id mitra').selectOption('tp-pkk-kabupaten-sumedang');
    await roles.getByRole('checkbox', { name: /^Penggerak masyarakat/ }).check();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForFunction(() => document.getElementById('save-status')?.textContent === 'Semua perubahan sudah disimpan');
    const after = readFileSync(file, 'utf8');
    const { removed, added } = changedLines(before, after);
    expect(removed).toEqual([]);
    expect(added).toEqual([
      '  - id: tp-pkk-kabupaten-sumedang',
      '    name: TP PKK Kabupaten Sumedang',
      '    sector: masyarakat',
      '    potentials: [masyarakat.dukungan-lapangan]',
      '    status: candidate',
      '    - partner: tp-pkk-kabupaten-sumedang',
      '      roles: [penggerak-masyarakat]',
    ]);
    const plan = parse(after);
    expect(plan.partners.at(-1).potentials).toHaveLength(1);
    const { io, out } = memoryIo(dir);
    expect([await run(['check', file], io), out.join('')]).toEqual([0, expect.any(String)]);
    expect((page as Page & { outside?: string[] }).outside).toEqual([]);
    await page.close();
  }, 90_000);

  test('a file changed elsewhere: the page says so; keep my edits writes them over it, keeping its comment', async () => {
    const { ui, file } = await serve('conflict.yaml');
    const page = await openPage(ui, 'basics');
    await page.getByLabel('Judul kemitraan').fill('Judul dari halaman');
    writeFileSync(file, `# diubah di editor lain\n${readFileSync(file, 'utf8').replace('region:\n', 'region: # wilayah\n')}`);
    await page.waitForSelector('#conflict-keep', { timeout: 15_000 });
    expect(await page.locator('.banner.conflict').textContent()).toContain('diubah di luar halaman ini');
    await page.click('#conflict-keep');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForFunction(() => document.getElementById('save-status')?.textContent === 'Semua perubahan sudah disimpan');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# diubah di editor lain\n');
    expect(text).toContain('region: # wilayah\n');
    expect(parse(text).title).toBe('Judul dari halaman');
    // The other choice: reload from the file drops the page's edits.
    await page.getByLabel('Judul kemitraan').fill('Lagi');
    writeFileSync(file, text.replace('Judul dari halaman', 'Judul dari editor'));
    await page.waitForSelector('#conflict-reload', { timeout: 15_000 });
    await page.click('#conflict-reload');
    await page.waitForFunction(() => (document.getElementById('f-title') as HTMLInputElement | null)?.value === 'Judul dari editor');
    expect(parse(readFileSync(file, 'utf8')).title).toBe('Judul dari editor');
    await page.close();
  }, 90_000);

  test('unsaved edits survive a reload of the page until saved or discarded', async () => {
    const { ui, file } = await serve('reload.yaml');
    const before = readFileSync(file, 'utf8');
    const page = await openPage(ui, 'idea');
    await page.getByLabel('Sasaran').fill('Baduta dan ibu hamil di 6 desa lokus');
    await page.reload();
    await page.waitForSelector('#page-title');
    expect(await page.getByLabel('Sasaran').inputValue()).toBe('Baduta dan ibu hamil di 6 desa lokus');
    expect(await page.locator('.banner.restored').count()).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(before);
    await page.click('#draft-discard');
    await page.waitForFunction(() => (document.getElementById('f-idea-targetGroup') as HTMLInputElement | null)?.value !== 'Baduta dan ibu hamil di 6 desa lokus');
    await page.reload();
    await page.waitForSelector('#page-title');
    expect(await page.locator('.banner.restored').count()).toBe(0);
    await page.close();
  }, 90_000);

  test('keyboard alone: reach "add partner", add one, type its name; findings are tied to their fields', async () => {
    const { ui } = await serve('keyboard.yaml');
    const page = await openPage(ui, 'partners');
    let found = false;
    for (let i = 0; i < 80 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.id === 'f-partners-add');
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'f-partners-6-name');
    await page.keyboard.type('Puskesmas Sumedang');
    // The new partner has no sector yet: check says so beside the sector field, which is described by it.
    await page.waitForFunction(() => (document.getElementById('f-partners-6-msg')?.textContent ?? '').length > 0 || (document.getElementById('f-partners-6-sector-msg')?.textContent ?? '').length > 0, undefined, { timeout: 20_000 });
    const described = await page.getAttribute('#f-partners-6-name', 'aria-describedby');
    expect(described).toContain('f-partners-6-name-msg');
    expect(await page.inputValue('#f-partners-6-id')).toBe('puskesmas-sumedang');
    await page.close();
  }, 90_000);

  test('a new plan from nothing: the basics, then a printable agreement preview once the plan matches the schema', async () => {
    const { ui, file } = await serve('baru.yaml', '');
    const page = await openPage(ui, 'basics');
    expect(await page.locator('.gate').first().textContent()).toContain('belum sesuai skema');
    await page.getByLabel('Judul kemitraan').fill('Kemitraan TBC Kota Baru');
    await page.getByLabel('Program kesehatan').selectOption('tbc');
    await page.locator('#f-region-province').fill('Jawa Barat');
    await page.locator('#f-region-regency').fill('Kota Bandung');
    await page.getByLabel('Nama lembaga inisiator').fill('Dinas Kesehatan Kota Bandung');
    await page.getByLabel('Mulai kemitraan').fill('2/1/2027');
    expect(await page.locator('#f-dates-start').locator('..').textContent()).toContain('2 Januari 2027');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForFunction(() => document.getElementById('save-status')?.textContent === 'Semua perubahan sudah disimpan');
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=')).toBe(true);
    expect(parse(text)).toMatchObject({ schemaVersion: 1, title: 'Kemitraan TBC Kota Baru', program: 'tbc', dates: { start: '2027-01-02' } });
    await go(page, 'documents');
    await page.waitForSelector('iframe.preview');
    const frame = page.frameLocator('iframe.preview');
    await expect(frame.locator('body').textContent()).resolves.toMatch(/KESEPAHAMAN/);
    await page.close();
  }, 90_000);

  test('a partner\'s assessment answered in the page is written as a respondent file beside the plan', async () => {
    const { ui, file } = await serve('nilai.yaml');
    const page = await openPage(ui, 'assess');
    await page.waitForSelector('#assess-partner');
    await page.selectOption('#assess-partner', 'unpad');
    await page.fill('#assess-name', 'Dr. Sari');
    const first = page.locator('fieldset.criterion').first();
    await first.locator('input[type=radio]').nth(3).check();
    await page.locator('fieldset.criterion').nth(1).locator('input[type=radio]').last().check();
    await page.click('#assess-save');
    await page.waitForFunction(() => (document.getElementById('assess-result')?.textContent ?? '').includes('assessments/'));
    const written = path.join(path.dirname(file), 'assessments', 'nilai', 'unpad.yaml');
    const text = readFileSync(written, 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=')).toBe(true);
    const data = parse(text);
    expect(data.respondent).toMatchObject({ partner: 'unpad', name: 'Dr. Sari' });
    expect(Object.values(data.answers).filter((v) => v !== null)).toEqual([4, 'na']);
    const { io, out } = memoryIo(dir);
    expect([await run(['assess', 'check', written, '--plan', file], io), out.join('')]).toEqual([0, expect.any(String)]);
    await page.close();
  }, 90_000);
});

describe('kemitraan ui in a browser: accessibility', () => {
  test.each(['id', 'en'] as const)('axe-core finds no WCAG 2.1 A/AA violation on any page (%s)', async (lang) => {
    const { ui } = await serve(`axe-${lang}.yaml`, 'stunting-sumedang.yaml', lang);
    const page = await openPage(ui, 'basics', lang === 'en' ? '&lang=en' : '');
    const violations: Record<string, { id: string; nodes: string[] }[]> = {};
    for (const p of PAGES) {
      await go(page, p);
      await waitChecked(page);
      // Every list item open, so that every field is scanned (once: the English pages differ only in their words).
      if (lang === 'id') await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      if (p === 'documents' || p === 'report') await page.waitForSelector('iframe.preview');
      if (p === 'assess') await page.waitForSelector('#assess-partner');
      // Colour contrast is measured once, in Indonesian: the pages share one style sheet in both languages, so
      // their colours, sizes and weights are the same, and the rule is most of axe's time (~7 s of CPU per pass).
      const v = await axe(page, lang === 'en' ? ['color-contrast'] : []);
      if (v.length) violations[p] = v;
      if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${lang}-${p}.png`), fullPage: false });
    }
    expect(violations).toEqual({});
    expect((page as Page & { outside?: string[] }).outside).toEqual([]);
    await page.close();
  }, 180_000);
});
