/// <reference lib="dom" />
/**
 * `kemitraan ui` in a real browser: axe-core (WCAG 2.1 A/AA) on every page in both languages, and the page never
 * reaching beyond its own server. KEMITRAAN_UI_SHOTS=dir keeps a screenshot of each page. (The editing, conflict,
 * reload and keyboard cases are in ui-browser.test.ts; the two files run side by side.)
 */
import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PAGES, SHOTS, axe, go, openPage, serve, useBrowser, waitChecked } from './helpers/ui-browser.js';

useBrowser();

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
      const v = await axe(page);
      if (v.length) violations[p] = v;
      if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${lang}-${p}.png`), fullPage: false });
    }
    expect(violations).toEqual({});
    expect((page as Page & { outside?: string[] }).outside).toEqual([]);
    await page.close();
  }, 180_000);
});
