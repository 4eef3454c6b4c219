/**
 * The Markdown of templates (built-in and users' own, untrusted) read by marked's lexer into the block model,
 * and written as HTML and DOCX: links (safe and not), nested lists, quotes, raw HTML as text, escapes, tables,
 * class comments; deep or hostile input in linear time; one CLI run with a user's template.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseMarkdown } from '../src/render/markdown.js';
import { limitNesting, MAX_LINE_MARKERS } from '../src/render/nesting.js';
import { blocksToHtml } from '../src/render/html.js';
import { blocksToDocx, documentXml } from '../src/render/docx.js';
import type { Block } from '../src/render/blocks.js';
import { EXAMPLES, hasStackTrace, runInProcess } from './helpers/cli.js';
import { cpuStopwatch } from './helpers/cpu-time.js';

const html = (md: string) => blocksToHtml(parseMarkdown(md));

function docx(md: string): { doc: string; rels: string; numbering: string; styles: string } {
  const zip = unzipSync(blocksToDocx(parseMarkdown(md), { title: 'Uji', lang: 'id' }));
  const part = (name: string) => strFromU8(zip[name]!);
  return { doc: part('word/document.xml'), rels: part('word/_rels/document.xml.rels'), numbering: part('word/numbering.xml'), styles: part('word/styles.xml') };
}

/** XML elements properly nested (a cheap well-formedness check: Word refuses a file that is not). */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  for (const [, close, name, selfClose] of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([\w:]+)(?:\s[^>]*?)?(\/?)>/g)) {
    if (selfClose) continue;
    if (!close) stack.push(name!);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

/** Each paragraph of document.xml as [numbering level, numId, left indent, text] (undefined where absent). */
function paragraphs(doc: string): [number | undefined, number | undefined, number | undefined, string][] {
  return [...doc.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([, p]) => {
    const num = /<w:ilvl w:val="(\d+)"\/><w:numId w:val="(\d+)"\/>/.exec(p!);
    const ind = /<w:ind w:left="(\d+)"/.exec(p!);
    const text = [...p!.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    return [num ? Number(num[1]) : undefined, num ? Number(num[2]) : undefined, ind ? Number(ind[1]) : undefined, text];
  });
}

const LINKS = 'Lihat [situs](<https://kemkes.go.id/?a=1&b="2"#x y%20z>) dan [jahat](javascript:alert(1)), [data](data:text/html,x), [relatif](../rahasia), <mailto:dinkes@sumedangkab.go.id> dan [**tebal** miring](http://contoh.id).\n';
const NESTED = '1. satu\n   - dua\n     1. tiga\n     2. empat\n   - lima\n2. enam\n';
const QUOTE = '> kutipan\n>\n> - butir\n>   1. nomor\n>\n> > dalam\n';

describe('links', () => {
  test('HTML: http(s) and mailto become escaped <a href>; javascript:, data: and relative targets are plain text', () => {
    expect(html(LINKS)).toBe('<p>Lihat <a href="https://kemkes.go.id/?a=1&amp;b=%222%22#x%20y%20z">situs</a> dan jahat, data, relatif, '
      + '<a href="mailto:dinkes@sumedangkab.go.id">mailto:dinkes@sumedangkab.go.id</a> dan <a href="http://contoh.id"><strong>tebal</strong> miring</a>.</p>\n');
  });
  test('DOCX: real hyperlinks (external relationships) in the Hyperlink style; unsafe targets appear nowhere', () => {
    const { doc, rels, styles } = docx(LINKS);
    expect(doc).toContain('<w:hyperlink r:id="rIdLink1" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">situs</w:t></w:r></w:hyperlink>');
    expect(doc).toContain('<w:hyperlink r:id="rIdLink3" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:b/></w:rPr><w:t xml:space="preserve">tebal</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve"> miring</w:t></w:r></w:hyperlink>');
    expect(rels).toContain('<Relationship Id="rIdLink1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://kemkes.go.id/?a=1&amp;b=%222%22#x%20y%20z" TargetMode="External"/>');
    expect(rels).toContain('Id="rIdLink2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:dinkes@sumedangkab.go.id" TargetMode="External"');
    expect((rels.match(/TargetMode="External"/g) ?? []).length).toBe(3);
    expect(rels + doc).not.toMatch(/javascript|data:|rahasia/);
    expect(paragraphs(doc)[0]![3]).toContain('dan jahat, data, relatif, ');
    expect(styles).toContain('<w:style w:type="character" w:styleId="Hyperlink">');
  });
  test('a link cannot be smuggled in through an image, a reference or an autolink', () => {
    const out = html('![gambar](https://x.id/a.png) [ref] <javascript:alert(1)> <a href="https://x.id">a</a>\n\n[ref]: javascript:alert(2)\n');
    // The autolink <javascript:...> is read as a link, and so loses its target like any unsafe one.
    expect(out).toBe('<p>gambar ref javascript:alert(1) &lt;a href=&quot;https://x.id&quot;&gt;a&lt;/a&gt;</p>\n');
  });
});

describe('nested lists, three deep, ordered and bullets mixed', () => {
  test('HTML: lists inside list items', () => {
    expect(html(NESTED)).toBe('<ol>\n<li>satu\n<ul>\n<li>dua\n<ol>\n<li>tiga</li>\n<li>empat</li>\n</ol></li>\n<li>lima</li>\n</ul></li>\n<li>enam</li>\n</ol>\n');
  });
  test('DOCX: numbering levels 0-2; each ordered list its own numbering (restarting) at its level', () => {
    const { doc, numbering } = docx(`${NESTED}\n3. tujuh\n`);
    expect(paragraphs(doc)).toEqual([
      [0, 2, undefined, 'satu'], [1, 1, undefined, 'dua'], [2, 3, undefined, 'tiga'], [2, 3, undefined, 'empat'], [1, 1, undefined, 'lima'], [0, 2, undefined, 'enam'],
      // A loose list continues the same list; a new list that starts at 3 says so.
      [0, 2, undefined, 'tujuh'],
    ]);
    expect(numbering).toContain('<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>');
    expect(numbering).toContain('<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>');
    // Nine levels per kind, 1 cm further in each.
    expect(numbering).toContain('<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1701" w:hanging="425"/></w:pPr></w:lvl>');
    expect(numbering).toContain('<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="◦"/>');
    expect((numbering.match(/<w:lvl /g) ?? []).length).toBe(27);
  });
  test('a list with a start number keeps it; a second paragraph in an item is indented to the item text', () => {
    expect(html('4. empat\n5. lima\n')).toBe('<ol start="4">\n<li>empat</li>\n<li>lima</li>\n</ol>\n');
    const { doc, numbering } = docx('4. empat\n\n   lanjutan\n5. lima\n');
    expect(paragraphs(doc)).toEqual([[0, 2, undefined, 'empat'], [undefined, undefined, 567, 'lanjutan'], [0, 2, undefined, 'lima']]);
    expect(numbering).toContain('<w:startOverride w:val="4"/>');
  });
});

describe('blockquotes with lists inside', () => {
  test('HTML: <blockquote> holding paragraphs, lists and a quote', () => {
    expect(html(QUOTE)).toBe('<blockquote>\n<p>kutipan</p>\n<ul>\n<li>butir\n<ol>\n<li>nomor</li>\n</ol></li>\n</ul>\n<blockquote>\n<p>dalam</p>\n</blockquote>\n</blockquote>\n');
  });
  test('DOCX: indented paragraphs with a bar on the left; lists inside indented past the quote, without the bar', () => {
    const { doc } = docx(QUOTE);
    expect(paragraphs(doc)).toEqual([[undefined, undefined, 567, 'kutipan'], [0, 1, 1134, 'butir'], [1, 2, 1701, 'nomor'], [undefined, undefined, 1134, 'dalam']]);
    expect((doc.match(/<w:pBdr><w:left w:val="single"/g) ?? []).length).toBe(2);
    expect(doc).toContain('<w:ind w:left="1134" w:hanging="283"/>');
  });
});

test('DOCX: a table in a quote or a list item is indented with the text and narrowed to fit the page', () => {
  for (const [md, indent] of [['> | A | B |\n> |---|---|\n> | 1 | 2 |\n', 567], ['- butir\n\n  | A | B |\n  |---|---|\n  | 1 | 2 |\n', 567]] as const) {
    const { doc } = docx(md);
    expect(doc).toContain(`<w:tblInd w:w="${indent}" w:type="dxa"/>`);
    const widths = [...doc.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(widths.reduce((a, w) => a + w, 0)).toBeLessThanOrEqual(9354 - indent); // A4 text width 16.5 cm
  }
});

describe('raw HTML, escapes, code, tables and class comments', () => {
  test('any HTML but <br> and comments is visible text, in HTML and DOCX', () => {
    const md = '<script>alert(1)</script><br>baris 2 <img src=x onerror=alert(1)> <!-- catatan --> akhir\n\n<div>\n*blok*\n</div>\n<!-- seluruh\nbaris -->\n';
    expect(html(md)).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;<br>baris 2 &lt;img src=x onerror=alert(1)&gt; akhir</p>\n<p>&lt;div&gt; <em>blok</em> &lt;/div&gt;</p>\n');
    const { doc } = docx(md);
    expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt;</w:t></w:r><w:r><w:br/></w:r><w:r><w:t xml:space="preserve">baris 2 &lt;img src=x onerror=alert(1)&gt; akhir');
    expect(doc).not.toMatch(/catatan|seluruh/);
  });
  test('backslash escapes, code spans, hard breaks, and unbalanced markers are text', () => {
    expect(html('a \\*b\\* \\[c\\](d) `<x> *y*` 2 * 3 _a_b_ **tebal\nbaris  \nbaru\\\nlagi\n')).toBe('<p>a *b* [c](d) <code>&lt;x&gt; *y*</code> 2 * 3 <em>a_b</em> **tebal baris<br>baru<br>lagi</p>\n');
  });
  test('indented lines are not code blocks; fenced code keeps its lines', () => {
    expect(html('Paragraf\n\n        menjorok\n\n```\nbaris 1\n  baris 2\n```\n')).toBe('<p>Paragraf</p>\n<p>menjorok</p>\n<p><code>baris 1</code><br><code>  baris 2</code></p>\n');
  });
  test('GFM tables with alignment, escaped pipes and inline markup', () => {
    const md = '| Kiri | Tengah | Kanan | Biasa |\n|:--|:-:|--:|---|\n| a \\| b | **c** | 1.500 | [l](https://x.id) |\n';
    const [table] = parseMarkdown(md);
    expect(table).toMatchObject({ type: 'table', align: ['left', 'center', 'right', undefined] });
    expect(html(md)).toContain('<tr><td>a | b</td><td class="center"><strong>c</strong></td><td class="right">1.500</td><td><a href="https://x.id">l</a></td></tr>');
    const { doc } = docx(md);
    expect(doc).toMatch(/<w:jc w:val="center"\/><\/w:pPr><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">c<\/w:t>/);
    expect(doc).toMatch(/<w:jc w:val="right"\/><\/w:pPr><w:r><w:t xml:space="preserve">1.500<\/w:t>/);
    expect(doc).toContain('<w:hyperlink r:id="rIdLink1"');
  });
  test('<!-- kemitraan:NAME --> gives the next block a class, in HTML and DOCX', () => {
    const md = 'Awal\n<!-- kemitraan:center -->\nTengah\n\n<!-- kemitraan:letters -->\n1. a\n2. b\n\n<!-- kemitraan:page-break -->\n---\n';
    expect(html(md)).toBe('<p>Awal</p>\n<p class="center">Tengah</p>\n<ol type="a" class="letters">\n<li>a</li>\n<li>b</li>\n</ol>\n<hr class="page-break">\n');
    const { doc, numbering } = docx(md);
    expect(doc).toContain('<w:p><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">Tengah</w:t></w:r></w:p>');
    expect(doc).toContain('<w:br w:type="page"/>');
    expect(numbering).toContain('<w:num w:numId="2"><w:abstractNumId w:val="2"/>');
  });
  test('text beside a comment on its line is kept (with a directive\'s class); a comment never closed loses nothing', () => {
    expect(html('<!-- kemitraan:center --> Judul\n\n<!-- catatan --> teks *miring*\n')).toBe('<p class="center">Judul</p>\n<p>teks <em>miring</em></p>\n');
    expect(html('Awal\n\n<!-- lupa ditutup\n\n# Pasal 1\n\nIsi.\n')).toBe('<p>Awal</p>\n<p>&lt;!-- lupa ditutup</p>\n<h1>Pasal 1</h1>\n<p>Isi.</p>\n');
  });
  test('task boxes, headings of both kinds, thematic breaks', () => {
    expect(html('Judul\n=====\n\n## Pasal 1 ##\n\n- [ ] belum\n- [x] sudah\n\n***\n')).toBe('<h1>Judul</h1>\n<h2>Pasal 1</h2>\n<ul>\n<li>☐ belum</li>\n<li>☑ sudah</li>\n</ul>\n<hr>\n');
  });
});

describe('hostile input stays linear', () => {
  test('markers beyond the bound on one line are escaped; indentation beyond it dropped', () => {
    expect(limitNesting('> > > > > > > > > > x\n')).toBe('> > > > > > > > \\> > x\n');
    expect(limitNesting('1. 1. 1. 1. 1. 1. 1. 1. 1. 1. x')).toBe('1. 1. 1. 1. 1. 1. 1. 1. 1\\. 1. x');
    expect(limitNesting(`${' '.repeat(40)}- x`)).toBe(`${' '.repeat(24)}- x`);
    expect(limitNesting('- a\n  - b\n---\n-x\n10) y\n')).toBe('- a\n  - b\n---\n-x\n10) y\n');
    const deep = parseMarkdown('>'.repeat(1000));
    let depth = 0;
    for (let b: Block | undefined = deep[0]; b?.type === 'quote'; b = b.blocks[0]) depth++;
    expect(depth).toBe(MAX_LINE_MARKERS);
  });

  test('a paragraph longer than one inline piece (4,000 characters) keeps its markup, cut only at blanks', () => {
    const long = `${'kata '.repeat(1500)}**tebal** [tautan](https://x.id) ${'kata '.repeat(1500)}*miring*`;
    const out = html(long);
    expect(out).toContain('<strong>tebal</strong> <a href="https://x.id">tautan</a>');
    expect(out.endsWith('<em>miring</em></p>\n')).toBe(true);
    expect(out).not.toContain('katakata');
  });

  const KB100 = 100_000;
  const cases: [string, string][] = [
    ['100,000 *', '*'.repeat(KB100)],
    ['100,000 _', '_'.repeat(KB100)],
    ['100,000 [', '['.repeat(KB100)],
    ['*a*a*a… 200,000 characters (bare e-mail look-ahead)', '*a'.repeat(KB100)],
    ['a!a!a…', 'a!'.repeat(KB100 / 2)],
    ['100,000 <', '<'.repeat(KB100)],
    ['<?<?<?… (marked looks for ?> from each)', '<?'.repeat(KB100 / 2)],
    ['`[`[`[… (link labels with code)', '`['.repeat(KB100 / 2)],
    ['[a](… unclosed links', '[a]('.repeat(KB100 / 4)],
    ['100,000 > on one line', '>'.repeat(KB100)],
    ['"1. " 30,000 times on one line', '1. '.repeat(30_000)],
    ['1,000 lines each indented 2 more (1 MB)', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n')],
    ['5,000 lines of up to 50 >', Array.from({ length: 5000 }, (_, i) => `${'>'.repeat(i % 50)} x`).join('\n')],
    ['100,000 blanks inside a line (soft-break handling)', `a${' '.repeat(KB100)}b\n${'\t'.repeat(KB100)}c`],
    ['20,000 comments between words', 'x <!-- --> '.repeat(20_000)],
    ['a 1 MB table', `| a | b |\n|---|---:|\n${'| xxxxxxxx | yyyyyyy |\n'.repeat(50_000)}`],
  ];
  // About 0.1-1.5 s each on a quiet 2-core machine (3 s for the table); the bounds leave room for a busy one
  // (load 14 doubles them). Quadratic behaviour takes far longer: "*a" 100,000 times took 37 s in marked's
  // GitHub-flavoured text rule, 100,000 blanks 30 s in a soft-break regular expression.
  test.each(cases)('%s: read and written as HTML and DOCX in linear time', (name, md) => {
    const cpuMs = cpuStopwatch();
    const blocks = parseMarkdown(md);
    blocksToHtml(blocks);
    blocksToDocx(blocks, { title: 'x', lang: 'id' });
    expect(cpuMs()).toBeLessThan(name.includes('table') ? 20_000 : 10_000);
  });
});

test('a user template with 100,000 blanks inside a line renders quickly (trailing blanks trimmed by a loop)', async () => {
  const { createRenderer } = await import('../src/render/engine.js');
  const { renderDocument } = await import('../src/render/document.js');
  const { loadExample } = await import('./helpers/render.js');
  const renderer = createRenderer([{ name: 'plan', kind: 'document', file: 'plan.md.hbs', text: `# Uji\n\na${' '.repeat(100_000)}b  \r\nc   \n` }], 'id');
  const cpuMs = cpuStopwatch();
  const out = renderDocument(renderer, loadExample('stunting-sumedang.yaml'), 'plan', 'md', 'id', 'x.yaml');
  expect(cpuMs()).toBeLessThan(5_000);
  expect(out.content).toBe(`# Uji\n\na${' '.repeat(100_000)}b\r\nc\n`);
});

test('a quote of 150,000 paragraphs is written (its XML appended, not spread into push(...): V8 overflows at ~125,000)', () => {
  const many: Block[] = Array.from({ length: 150_000 }, () => ({ type: 'paragraph', content: [{ text: 'a' }] }));
  // The document's XML, where the blocks are appended (spreading them again fails here with a RangeError);
  // zipping its 25 MB, half of blocksToDocx's 1.5 s of CPU here, has no push(...) to overflow.
  const { xml } = documentXml([{ type: 'quote', blocks: many }], { title: 'x', lang: 'id' });
  expect(xml.split('<w:t xml:space="preserve">a</w:t>').length - 1).toBe(150_000);
});

describe('render with a user template', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-md-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('links, nested lists, quotes and raw HTML of a --template-dir template come out safe in HTML and DOCX', async () => {
    const tdir = path.join(dir, 'tpl');
    mkdirSync(tdir);
    writeFileSync(path.join(tdir, 'mou.md.hbs'), [
      '# Nota {{parties.[0].ordinal}}', '', 'Lihat [pedoman](https://kemkes.go.id) dan [x](javascript:alert(1)) <script>alert(2)</script>', '',
      '1. Satu', '   - dua', '     1. tiga', '', '> Kutipan', '> - butir', '', '> | A | B |', '> |---|--:|', '> | [l](https://x.id) | **2** |', '',
    ].join('\n'));
    const plan = path.join(EXAMPLES, 'stunting-sumedang.yaml');
    const out = path.join(dir, 'mou.html');
    const r = await runInProcess(['render', 'mou', plan, '--template-dir', tdir, '-f', 'html', '-o', out]);
    expect(r.code).toBe(0);
    expect(hasStackTrace(r.stderr)).toBe(false);
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('<h1>Nota PIHAK PERTAMA</h1>');
    expect(page).toContain('<p>Lihat <a href="https://kemkes.go.id">pedoman</a> dan x &lt;script&gt;alert(2)&lt;/script&gt;</p>');
    expect(page).toContain('<ol>\n<li>Satu\n<ul>\n<li>dua\n<ol>\n<li>tiga</li>\n</ol></li>\n</ul></li>\n</ol>');
    expect(page).toContain('<blockquote>\n<p>Kutipan</p>\n<ul>\n<li>butir</li>\n</ul>\n</blockquote>');
    expect(page).not.toMatch(/<script|javascript:/);

    const outDocx = path.join(dir, 'mou.docx');
    expect((await runInProcess(['render', 'mou', plan, '--template-dir', tdir, '-f', 'docx', '-o', outDocx])).code).toBe(0);
    const zip = unzipSync(readFileSync(outDocx));
    for (const part of ['word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'word/_rels/document.xml.rels', 'word/settings.xml']) {
      expect([part, wellFormed(strFromU8(zip[part]!))]).toEqual([part, true]);
    }
    expect(wellFormed('<a><b></a></b>')).toBe(false);
    expect(strFromU8(zip['word/document.xml']!)).toContain('<w:hyperlink r:id="rIdLink1"');
    expect(strFromU8(zip['word/_rels/document.xml.rels']!)).toContain('Target="https://kemkes.go.id" TargetMode="External"');
    expect(paragraphs(strFromU8(zip['word/document.xml']!)).filter((p) => p[0] !== undefined).map((p) => [p[0], p[3]])).toEqual([[0, 'Satu'], [1, 'dua'], [2, 'tiga'], [0, 'butir']]);
  });
});

/**
 * A DOCX report whose table cannot fit the upright page (the CSR report's eight columns) is set on A4 across,
 * so that amounts and names are not broken mid-word; other documents stay upright.
 */
const WIDE = [
  '| Mitra | Kemitraan | Komitmen (dijanjikan) | Dianggarkan untuk kegiatan | Realisasi dalam periode | Realisasi kumulatif | Realisasi | Kontribusi nonuang |',
  '|---|---|---|---|---|---|---|---|',
  '| PT Pelabuhan Indonesia (Persero) | Kemitraan Penanggulangan Tuberkulosis | Rp 276.000.000 | Rp 276.000.000 | Rp 138.000.000 | Rp 138.000.000 | 50% | — |',
].join('\n');
const NARROW = '| Uraian | Jumlah |\n|---|---|\n| Komitmen | Rp 150.000.000 |';

const widths = (xml: string) => [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));

describe('DOCX page orientation for wide tables', () => {
  test("'auto': the eight-column table goes across, every amount column wide enough for Rp 276.000.000", () => {
    const { xml } = documentXml(parseMarkdown(WIDE), { title: 'CSR', lang: 'id', landscape: 'auto' });
    expect(xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    // "276.000.000" is 11 characters: its column needs at least 15 × 120 twips (the word and a little room).
    for (const w of widths(xml).slice(2, 6)) expect(w).toBeGreaterThanOrEqual(15 * 120);
  });

  test("'auto' with a table that fits, and no option at all: upright", () => {
    expect(documentXml(parseMarkdown(NARROW), { title: 'x', lang: 'id', landscape: 'auto' }).xml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(documentXml(parseMarkdown(WIDE), { title: 'x', lang: 'id' }).xml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
  });
});
