/// <reference lib="dom" />
/**
 * One Chromium (Debian's, through playwright-core) and the `kemitraan ui` servers of a browser test file, with the
 * steps the browser tests share. A test file calls useBrowser() once at its top: the launch and the clean-up are
 * that file's beforeAll/afterAll.
 */
import { afterAll, beforeAll } from '@jest/globals';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startUi } from '../../src/commands/ui/run.js';
import type { UiServer } from '../../src/commands/ui/server.js';
import { EXAMPLES } from './cli.js';

/**
 * Debian's chromium-headless-shell: Chromium's own headless build (Blink and V8 as in the browser, without its
 * windowing layer), the one Playwright itself tests with. Opening a page of the UI costs about a third of the CPU
 * time the full `chromium` takes (6 pages: 5.9 s against 16-18 s), most of these tests' cost on two cores.
 * CHROMIUM_PATH runs them in another build (the full browser: /usr/bin/chromium).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const SHOTS = process.env.KEMITRAAN_UI_SHOTS;
export const PAGES = ['basics', 'idea', 'partners', 'goals', 'readiness', 'agreement', 'workplan', 'implementation', 'monitoring', 'documents', 'report', 'assess'];
const env = { KEMITRAAN_TODAY: '2026-11-22' };

export function memoryIo(cwd: string) {
  const out: string[] = [];
  return { out, io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => out.push(s) }, stdin: process.stdin, cwd, env } };
}

let browser: Browser;
/** The temporary folder the plans of this file are served from. */
export let dir: string;
/** Closed after all tests, also when one fails midway. */
const servers: UiServer[] = [];

/** Launches the browser before this file's tests and closes it and every server after them. */
export function useBrowser(): void {
beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium-headless-shell (.ci/run does), or set CHROMIUM_PATH`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-ui-browser-'));
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
}

export async function serve(name: string, example = 'stunting-sumedang.yaml', lang: 'id' | 'en' = 'id'): Promise<{ ui: UiServer; file: string }> {
  const file = path.join(dir, name);
  if (example) copyFileSync(path.join(EXAMPLES, example), file);
  const ui = await startUi(file, { port: '0', lang }, memoryIo(dir).io);
  servers.push(ui);
  return { ui, file };
}

export async function openPage(ui: UiServer, hash = 'basics', query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const outside: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith(`http://127.0.0.1:${ui.port}/`) && !r.url().startsWith('data:')) outside.push(r.url()); });
  page.on('pageerror', (e) => { throw e; });
  (page as Page & { outside?: string[] }).outside = outside;
  await page.goto(`${ui.url}${query}#${hash}`);
  await page.waitForSelector('#page-title');
  await waitChecked(page);
  return page;
}

/** Waits until the page has the findings of its current plan (the navigation shows statuses). */
export async function waitChecked(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('nav .status') !== null || document.querySelector('.gate') !== null, undefined, { timeout: 20_000 });
}

export async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForFunction((h) => location.hash === `#${h}` && document.getElementById('page-title') !== null, hash);
}

/** axe-core's WCAG 2.1 A/AA rules on the page as it is now, but those in `skip`. */
export async function axe(page: Page, skip: string[] = []): Promise<{ id: string; nodes: string[] }[]> {
  // Evaluated through the browser's protocol, so the page's own policy (no inline scripts) stays as it is. Once
  // per document: moving between the app's pages changes only the hash, and axe (550 KB) stays loaded.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async (skip) => {
    const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };
    const rules = Object.fromEntries(skip.map((id) => [id, { enabled: false }]));
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, skip);
}

