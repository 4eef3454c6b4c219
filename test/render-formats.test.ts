import { describe, expect, test } from '@jest/globals';
import { strFromU8, unzipSync } from 'fflate';
import { createRenderer } from '../src/render/engine.js';
import { renderDocument } from '../src/render/document.js';
import { buildMouView } from '../src/render/view-mou.js';
import type { Plan } from '../src/plan/types.js';
import { validatePlanSchema } from '../src/check/schema.js';
import { builtInTemplates, exampleFiles, hostilePlan, loadExample } from './helpers/render.js';

const renderer = createRenderer(builtInTemplates(), 'id');
const rendererEn = createRenderer(builtInTemplates(), 'en');

function docx(plan: Plan, doc: 'mou' | 'pks' | 'plan', lang: 'id' | 'en' = 'id'): Record<string, string> {
  return unzipped(renderDocument(lang === 'id' ? renderer : rendererEn, plan, doc, 'docx', lang, 'x.yaml').content as Uint8Array);
}

function unzipped(content: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(content)).map(([k, v]) => [k, strFromU8(v)]));
}

/** Text of document.xml with the markup removed and entities decoded, as Word shows it. */
function docxText(xml: string): string {
  return xml.replace(/<w:br\/>/g, '\n').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

describe('every example renders in every format', () => {
  test.each(exampleFiles().flatMap((f) => (['mou', 'plan'] as const).flatMap((d) => (['md', 'html', 'docx'] as const).map((fmt) => [f, d, fmt] as const))))(
    '%s %s %s', (file, doc, format) => {
      const out = renderDocument(renderer, loadExample(file), doc, format, 'id', file);
      const text = typeof out.content === 'string' ? out.content : docxText(unzipped(out.content)['word/document.xml']!);
      expect(text.length).toBeGreaterThan(500);
      expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
    });
});

describe('DOCX read back', () => {
  test('the package has its parts, and document.xml every party and every article heading', () => {
    const plan = loadExample('stunting-sumedang.yaml');
    const files = docx(plan, 'mou');
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/_rels/document.xml.rels']) expect(files[part]).toBeDefined();
    const xml = files['word/document.xml']!;
    const text = docxText(xml);
    const { view } = buildMouView(plan, 'id', 'x.yaml');
    for (const party of plan.agreement!.parties!) {
      const partner = plan.partners!.find((p) => p.id === party.partner)!;
      expect(text).toContain(partner.name);
      expect(text).toContain(party.signatory!.name);
    }
    // The articles in practice's order, each a real Heading 2 paragraph "Pasal N" + title (Unpad: HKI applies).
    const headings = [...xml.matchAll(/<w:p><w:pPr><w:pStyle w:val="Heading2"\/>.*?<\/w:p>/g)].map((m) => docxText(m[0]).trim());
    const titles = ['MAKSUD DAN TUJUAN', 'RUANG LINGKUP', 'PELAKSANAAN', 'TINDAK LANJUT', 'JANGKA WAKTU', 'PEMBIAYAAN', 'PEMANTAUAN DAN EVALUASI', 'KEADAAN KAHAR', 'PENGAKHIRAN',
      'KORESPONDENSI', 'KERAHASIAAN DAN PELINDUNGAN DATA PRIBADI', 'PUBLIKASI DAN PENGGUNAAN LOGO', 'HAK KEKAYAAN INTELEKTUAL', 'PENYELESAIAN PERSELISIHAN', 'PERUBAHAN', 'PENUTUP'];
    expect(headings).toEqual(titles.map((t, i) => `Pasal ${i + 1}\n${t}`));
    // The title is Heading 1; all signatures share one borderless table (an odd last party spans both columns).
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/><w:jc w:val="center"\/><\/w:pPr><w:r><w:t xml:space="preserve">NOTA KESEPAHAMAN/);
    expect(xml.match(/<w:insideV w:val="nil"\/>/g)).toHaveLength(1);
    expect(view.signatureRows).toHaveLength(3);
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
    expect(text).not.toContain('MEMORANDUM OF UNDERSTANDING');
    expect(files['word/numbering.xml']).toContain('w:numFmt w:val="lowerLetter"');
    expect(files['word/footer1.xml']).toMatch(/Halaman .*PAGE.*dari .*NUMPAGES/);
  });

  test('English DOCX of the work plan holds every activity', () => {
    const plan = loadExample('stunting-sumedang.yaml');
    const text = docxText(docx(plan, 'plan', 'en')['word/document.xml']!);
    expect(text).toContain('PARTNERSHIP WORK PLAN (5W1H)');
    for (const a of plan.workplan!.activities!) expect(text).toContain(a.what!);
  });

  test('a gap in the upper-cased title is highlighted too (HTML mark, DOCX yellow), as every other gap', () => {
    const plan = loadExample('stunting-sumedang.yaml');
    delete plan.agreement!.subject;
    const html = renderDocument(renderer, plan, 'mou', 'html', 'id', 'x.yaml').content as string;
    expect(html).toContain('<mark class="placeholder">[BELUM DIISI]</mark>');
    expect(html).toContain('<mark class="placeholder">[belum diisi]</mark>');
    const xml = docx(plan, 'mou')['word/document.xml']!;
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">\[BELUM DIISI\]<\/w:t>/);
  });

  test('the same plan gives the same bytes', () => {
    const plan = loadExample('stunting-sumedang.yaml');
    const a = renderDocument(renderer, plan, 'mou', 'docx', 'id', 'x.yaml').content as Uint8Array;
    const b = renderDocument(renderer, plan, 'mou', 'docx', 'id', 'x.yaml').content as Uint8Array;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe('a hostile plan renders safely', () => {
  const plan = hostilePlan();

  test('it is still a valid plan (so render would accept it)', () => {
    expect(validatePlanSchema(plan)).toEqual([]);
  });

  test.each(['mou', 'pks', 'plan'] as const)('%s: HTML has no markup from the plan', (doc) => {
    const html = renderDocument(renderer, plan, doc, 'html', 'id', 'x.yaml').content as string;
    // The only tags are the ones the writer makes.
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase()));
    const allowed = ['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'h3', 'h4', 'p', 'br', 'ol', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'em', 'code', 'mark', 'hr'];
    expect([...tags].filter((t) => !allowed.includes(t))).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    // Handlebars syntax in the data is text, not evaluated.
    expect(html).toContain('{{constructor}}');
    expect(html).not.toMatch(/[\u0000\u0007]/);
  });

  test.each(['mou', 'pks', 'plan'] as const)('%s: Markdown structure holds', (doc) => {
    const md = renderDocument(renderer, plan, doc, 'md', 'id', 'x.yaml').content as string;
    const clean = renderDocument(renderer, loadExample('stunting-sumedang.yaml'), doc, 'md', 'id', 'x.yaml').content as string;
    // The plan adds no headings, no list items of its own and no table rows: each stays on its line.
    const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;
    expect(count(md, /^#{1,6} /gm)).toBe(count(clean, /^#{1,6} /gm));
    expect(count(md, /^\|---/gm)).toBe(count(clean, /^\|---/gm));
    // Every row of a table has as many cells as its header: plan text never adds a column.
    const pipes = (line: string) => (line.replace(/\\./g, '').match(/\|/g) ?? []).length;
    let header = 0;
    for (const line of md.split('\n')) {
      if (!line.startsWith('|')) header = 0;
      else if (header === 0) header = pipes(line);
      else expect(pipes(line)).toBe(header);
    }
    expect(md).not.toMatch(/^(- item|# heading)/m);
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('{{constructor}}');
  });

  test.each(['mou', 'pks', 'plan'] as const)('%s: DOCX is escaped XML', (doc) => {
    const xml = docx(plan, doc)['word/document.xml']!;
    expect(xml).not.toMatch(/<script|<img/);
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).not.toMatch(/[\u0000\u0007]/);
    expect(docxText(xml)).toContain('X'.repeat(20000));
  });
});
