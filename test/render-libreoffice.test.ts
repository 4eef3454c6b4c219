/**
 * The DOCX as a reader's office suite lays it out: LibreOffice converts the Sumedang Nota Kesepahaman and PKS
 * to PDF, and the PDF has "Halaman x dari y" on every page and the signatures on the page that holds the closing
 * sentence (never a signature alone on a page). Needs `soffice` (and poppler's pdftotext); where they are not
 * installed the test is skipped and says so in its name and on stderr.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRenderer } from '../src/render/engine.js';
import { renderDocument } from '../src/render/document.js';
import { builtInTemplates, loadExample } from './helpers/render.js';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const available = has('soffice') && has('pdftotext');
if (!available) process.stderr.write('SKIPPED test/render-libreoffice.test.ts: LibreOffice (soffice) or pdftotext is not installed\n');

const maybe = available ? describe : describe.skip;

maybe(available ? 'DOCX through LibreOffice' : 'SKIPPED (soffice or pdftotext not installed): DOCX through LibreOffice', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-lo-'));
  const renderer = createRenderer(builtInTemplates(), 'id');
  const plan = loadExample('stunting-sumedang.yaml');

  const pages: Record<string, string[]> = {};
  // One LibreOffice start for both documents (it is the slow part), with a profile of its own so that a running
  // LibreOffice (or another test) does not block the conversion.
  beforeAll(() => {
    const files = (['mou', 'pks'] as const).map((doc) => {
      const docx = path.join(dir, `${doc}.docx`);
      writeFileSync(docx, renderDocument(renderer, plan, doc, 'docx', 'id', 'stunting-sumedang.yaml').content as Uint8Array);
      return docx;
    });
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'ignore', timeout: 120_000 });
    for (const doc of ['mou', 'pks']) {
      expect(readFileSync(path.join(dir, `${doc}.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');
      const text = execFileSync('pdftotext', ['-layout', path.join(dir, `${doc}.pdf`), '-'], { encoding: 'utf8' });
      pages[doc] = text.split('\f').filter((page) => page.trim() !== '');
    }
  }, 180_000);

  test.each(['mou', 'pks'] as const)('%s: every page numbered "Halaman x dari y"; signatures on the closing page', (doc) => {
    const all = pages[doc]!;
    expect(all.length).toBeGreaterThan(3);
    all.forEach((page, i) => expect(page).toContain(`Halaman ${i + 1} dari ${all.length}`));
    const last = all[all.length - 1]!;
    expect(last).toContain('Demikian');
    expect(last).toContain('Agus Setiawan');
    expect(last).toContain('meterai Rp10.000');
    expect(all.join('\n')).not.toContain('MEMORANDUM OF UNDERSTANDING');
  });
});
