/**
 * Markdown blocks to a .docx (Office Open XML) that Word and LibreOffice open: real Heading 1-4 styles (so the
 * navigation pane shows the articles), numbered and bulleted lists through numbering.xml, tables with a repeated
 * header row, borderless signature tables, A4 pages with page numbers. Every text is XML-escaped and stripped of
 * characters XML cannot hold. Pure: blocks in, zip bytes out (fflate); fixed timestamps so output is reproducible.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Lang } from '../guide/types.js';
import { localeTag } from '../locale/format.js';
import { plainText, type Block, type Inline } from './blocks.js';
import { placeholderPieces } from './missing.js';

export interface DocxOptions {
  title: string;
  lang: Lang;
  /** Highlighted wherever it appears (the missing-data placeholder). */
  placeholder?: string;
  /** Centre level-2 headings (the articles of an agreement). */
  centerArticles?: boolean;
  /** Footer words ("Halaman", "dari") around the page fields, and an optional paraf line above them. */
  footer?: { page: string; of: string; initials?: string | undefined };
  /**
   * A4 across: `true`, or `'auto'` when a table cannot fit the upright page even with every column only as wide
   * as its longest word (the CSR report's eight columns broke "Rp 276.000.000" and "Kemitraan" mid-word).
   */
  landscape?: boolean | 'auto';
}

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
/** A4 in twentieths of a point, and the margins: 2.5 cm left/top/bottom, 2 cm right. */
const PAGE = { width: 11906, height: 16838, top: 1418, right: 1134, bottom: 1418, left: 1418 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** The text width of A4 across, with the same margins. */
const LANDSCAPE_TEXT_WIDTH = PAGE.height - PAGE.left - PAGE.right;

export function escapeXml(s: string): string {
  return s
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** What the writer collects while it walks the blocks: the numbering instances and the links' relationships. */
interface Context {
  placeholder: string | undefined;
  centerArticles: boolean;
  lists: NumberingInstance[];
  links: Map<string, string>;
  /** Width of the page's text in twips (A4 upright or across). */
  textWidth: number;
}

function runXml(text: string, props: { bold?: boolean | undefined; italic?: boolean | undefined; code?: boolean | undefined; highlight?: boolean; link?: boolean }): string {
  // Schema order inside w:rPr: rStyle, rFonts, b, i, highlight.
  const rPr = [
    props.link ? '<w:rStyle w:val="Hyperlink"/>' : '',
    props.code ? '<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/>' : '',
    props.bold ? '<w:b/>' : '',
    props.italic ? '<w:i/>' : '',
    props.highlight ? '<w:highlight w:val="yellow"/>' : '',
  ].join('');
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** The relationship id of a link target, one per distinct target. */
function linkId(ctx: Context, href: string): string {
  let id = ctx.links.get(href);
  if (!id) {
    id = `rIdLink${ctx.links.size + 1}`;
    ctx.links.set(href, id);
  }
  return id;
}

function inlineXml(content: Inline, ctx: Context, force: { bold?: boolean } = {}): string {
  const placeholder = ctx.placeholder;
  const runs = content.map((r) => {
    const props = { bold: r.bold || force.bold, italic: r.italic, code: r.code, link: !!r.href };
    const body = placeholderPieces(r.text, placeholder ?? '').map((p) => (p.text ? runXml(p.text, p.gap ? { ...props, highlight: true } : props) : '')).join('');
    return (r.br ? '<w:r><w:br/></w:r>' : '') + body;
  });
  // Neighbouring runs with the same target make one hyperlink (an external relationship of document.xml).
  let out = '';
  for (let i = 0; i < content.length;) {
    const href = content[i]!.href;
    if (!href) {
      out += runs[i++];
      continue;
    }
    let inner = '';
    for (; i < content.length && content[i]!.href === href; i++) inner += runs[i];
    out += `<w:hyperlink r:id="${linkId(ctx, href)}" w:history="1">${inner}</w:hyperlink>`;
  }
  return out;
}

function paragraph(content: string, pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`;
}

/**
 * Column widths from the text each column holds: every column gets room for its longest word (so "No" and
 * amounts never break mid-word), and what is left goes to the columns with the most text.
 */
const CHAR = 120; // twips per character of 11 pt Times (bold headers included), roughly
// A fold, not Math.max(...xs): spreading a column of a 100,000-row table overflows the stack.
const longest = (xs: number[]) => xs.reduce((a, x) => (x > a ? x : a), -Infinity);
const cellTexts = (b: Extract<Block, { type: 'table' }>, c: number) => [b.header[c] ?? [], ...b.rows.map((r) => r[c] ?? [])].map(plainText);

/** Each column's least width in characters: its longest word (at most 22) and a little room. */
function minimumChars(b: Extract<Block, { type: 'table' }>): number[] {
  return b.header.map((_, c) => Math.min(Math.max(longest(cellTexts(b, c).flatMap((t) => t.split(/[ \t]+/).map((w) => w.length))), 2), 22) + 4);
}

/** Whether some table of the document cannot fit the upright page without breaking words. */
function tooWideForPortrait(blocks: readonly Block[]): boolean {
  const budget = Math.floor(TEXT_WIDTH / CHAR);
  return blocks.some((b) => b.type === 'table' && b.className !== 'signatures' && minimumChars(b).reduce((a, w) => a + w, 0) > budget);
}

function columnWidths(b: Extract<Block, { type: 'table' }>, textWidth: number): number[] {
  const cells = (c: number) => cellTexts(b, c);
  const budget = Math.floor(textWidth / CHAR);
  const min = minimumChars(b);
  const want = b.header.map((_, c) => Math.max(min[c]!, Math.min(longest(cells(c).map((t) => t.length)), 70) + 2));
  const minSum = min.reduce((a, w) => a + w, 0);
  const extra = want.reduce((a, w, c) => a + (w - min[c]!), 0);
  const spare = Math.max(budget - minSum, 0);
  const chars = min.map((m, c) => m + (extra > 0 ? (want[c]! - m) * Math.min(1, spare / extra) : 0));
  const sum = chars.reduce((a, w) => a + w, 0);
  return chars.map((w) => Math.floor((w / sum) * textWidth));
}

/** `indent`: the left edge of the text around the table (in a list item or a quote); the table fits beside it. */
function tableXml(b: Extract<Block, { type: 'table' }>, ctx: Context, indent = 0): string {
  const signatures = b.className === 'signatures';
  const textWidth = ctx.textWidth;
  const full = signatures ? b.header.map(() => Math.floor(textWidth / b.header.length)) : columnWidths(b, textWidth);
  const widths = indent > 0 ? full.map((w) => Math.floor((w * (textWidth - indent)) / textWidth)) : full;
  const borders = signatures
    ? '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
    : '';
  const tblPr = `<w:tblPr><w:tblStyle w:val="${signatures ? 'TableNormal' : 'KemitraanTable'}"/><w:tblW w:w="${widths.reduce((a, w) => a + w, 0)}" w:type="dxa"/>${signatures ? '<w:jc w:val="center"/>' : ''}${indent > 0 ? `<w:tblInd w:w="${indent}" w:type="dxa"/>` : ''}${borders}<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>`;
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const allRows = [b.header, ...b.rows];
  const cell = (content: Inline, c: number, header: boolean, keep: boolean, span = 1) => {
    const align = signatures ? 'center' : b.align[c] === 'right' ? 'right' : b.align[c] === 'center' ? 'center' : undefined;
    const shade = header && !signatures ? '<w:shd w:val="clear" w:color="auto" w:fill="E8E8E8"/>' : '';
    // Signature rows keep with the next row, so that the block stays whole and with the closing sentence.
    const keepXml = signatures && keep ? '<w:keepNext/>' : '';
    const space = signatures ? '<w:spacing w:before="360"/>' : '';
    const pPr = `<w:pStyle w:val="TableText"/>${keepXml}${space}${align ? `<w:jc w:val="${align}"/>` : ''}`;
    const width = widths.slice(c, c + span).reduce((a, w) => a + w, 0);
    return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${shade}</w:tcPr>${paragraph(inlineXml(content, ctx, { bold: header && !signatures }), pPr)}</w:tc>`;
  };
  const rowXml = (cells: Inline[], index: number) => {
    const header = index === 0 && !signatures;
    const keep = index < allRows.length - 1;
    const lone = signatures && cells.length > 1 && cells.slice(1).every((x) => plainText(x) === '');
    const trPr = `<w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>`;
    const body = lone ? cell(cells[0]!, 0, false, keep, cells.length) : cells.map((x, c) => cell(x, c, index === 0 && !signatures, keep)).join('');
    return `<w:tr>${trPr}${body}</w:tr>`;
  };
  return `<w:tbl>${tblPr}${grid}${allRows.map(rowXml).join('')}</w:tbl>`;
}

/** One ordered list's numbering: its own w:num on the abstract definition of its kind, so that it restarts. */
interface NumberingInstance { letters: boolean; level: number; start: number }

/** Paragraph classes from template directives: blocks set in the right half of the page (Keputusan, Lampiran). */
const HALF = Math.floor(TEXT_WIDTH / 2);
const PARAGRAPH_CLASSES: Record<string, string> = {
  center: '<w:jc w:val="center"/>',
  'signature-block': `<w:keepLines/><w:spacing w:before="480"/><w:ind w:left="${HALF}"/><w:jc w:val="center"/>`,
  'annex-head': `<w:ind w:left="${HALF}"/><w:jc w:val="left"/>`,
};

/** 1 cm more per list level and per quote; numbers hang a little wider than bullets. */
const STEP = 567;
const HANGING = { bullet: 283, number: 425 };
const MAX_LEVEL = 8; // Word numbering has levels 0-8; deeper lists share the last

/**
 * Where blocks sit: `indent` is the left edge of their text (lists and quotes add up), `level` the numbering level
 * a list here gets, `quote` whether they are directly in a quote (a grey bar on their left; list items in a quote
 * are only indented, as a bar drawn at each item's own indent would zigzag). Top level: 0, 0, false.
 */
interface Nest { indent: number; level: number; quote: boolean }
const TOP: Nest = { indent: 0, level: 0, quote: false };

const QUOTE_BORDER = '<w:pBdr><w:left w:val="single" w:sz="12" w:space="8" w:color="A0A0A0"/></w:pBdr>';

/** w:pPr children in schema order (Word rejects them out of order). */
function pPr(p: { style?: string; keepNext?: boolean; numPr?: string; quote?: boolean; spacing?: string; ind?: string; jc?: string }): string {
  return [
    p.style ? `<w:pStyle w:val="${p.style}"/>` : '',
    p.keepNext ? '<w:keepNext/>' : '',
    p.numPr ?? '',
    p.quote ? QUOTE_BORDER : '',
    p.spacing ?? '',
    p.ind ?? '',
    p.jc ? `<w:jc w:val="${p.jc}"/>` : '',
  ].join('');
}

function headingXml(b: Extract<Block, { type: 'heading' }>, ctx: Context, nest: Nest): string {
  const level = Math.min(b.level, 4);
  const center = level === 1 || (level === 2 && ctx.centerArticles) || b.className === 'center';
  if (nest === TOP) return paragraph(inlineXml(b.content, ctx), `<w:pStyle w:val="Heading${level}"/>${center ? '<w:jc w:val="center"/>' : ''}`);
  return paragraph(inlineXml(b.content, ctx), pPr({ style: `Heading${level}`, quote: nest.quote, ind: `<w:ind w:left="${nest.indent}"/>`, jc: center ? 'center' : undefined }));
}

function paragraphXml(blocks: readonly Block[], index: number, ctx: Context, nest: Nest): string {
  const b = blocks[index] as Extract<Block, { type: 'paragraph' }>;
  const next = blocks[index + 1]?.type;
  const keepNext = next === 'table' || next === 'list';
  const afterTable = blocks[index - 1]?.type === 'table' ? '<w:spacing w:before="160"/>' : '';
  if (nest === TOP) return paragraph(inlineXml(b.content, ctx), `${keepNext ? '<w:keepNext/>' : ''}${afterTable}${PARAGRAPH_CLASSES[b.className ?? ''] ?? ''}`);
  // Inside a list item or a quote: the text's indent; of the classes only centring applies.
  return paragraph(inlineXml(b.content, ctx), pPr({
    style: nest.quote ? undefined : 'ListParagraph', keepNext, quote: nest.quote, spacing: afterTable || undefined,
    ind: `<w:ind w:left="${nest.indent}"/>`, jc: b.className === 'center' ? 'center' : undefined,
  }));
}

/**
 * A list: each item's first paragraph carries the number or bullet at the list's level; the item's other blocks
 * (nested lists one level deeper, quotes, further paragraphs) are indented to its text.
 */
function listXml(b: Extract<Block, { type: 'list' }>, ctx: Context, nest: Nest, out: string[]): void {
  const level = Math.min(nest.level, MAX_LEVEL);
  // Bullets share numbering 1; each ordered list gets its own numbering so that it restarts.
  let numId = 1;
  if (b.ordered) {
    ctx.lists.push({ start: b.start, letters: b.className === 'letters', level });
    numId = ctx.lists.length + 1;
  }
  const textIndent = nest.indent + STEP;
  const hanging = b.ordered ? HANGING.number : HANGING.bullet;
  // The numbering definition indents level n by (n + 1) cm; inside quotes the paragraph says its own indent.
  const ind = textIndent === STEP * (level + 1) ? '' : `<w:ind w:left="${textIndent}" w:hanging="${hanging}"/>`;
  const numPr = `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`;
  const inner: Nest = { indent: textIndent, level: nest.level + 1, quote: false };
  for (const item of b.items) {
    const [first, ...rest] = item;
    const numbered = first?.type === 'paragraph' ? first.content : [];
    // No bar beside list items in a quote: drawn at each item's own indent, the bar would zigzag.
    out.push(paragraph(inlineXml(numbered, ctx), pPr({ style: 'ListParagraph', numPr, ind, jc: first?.className === 'center' ? 'center' : undefined })));
    blocksXml(first?.type === 'paragraph' ? rest : item, ctx, inner, out);
  }
}

/** Appends the blocks' XML to `body` (appending, not returning arrays to spread: a long document overflows push(...)). */
function blocksXml(blocks: readonly Block[], ctx: Context, nest: Nest, body: string[]): void {
  blocks.forEach((b, index) => {
    switch (b.type) {
      case 'heading':
        body.push(headingXml(b, ctx, nest));
        break;
      case 'paragraph':
        body.push(paragraphXml(blocks, index, ctx, nest));
        break;
      case 'list':
        listXml(b, ctx, nest, body);
        break;
      case 'quote':
        blocksXml(b.blocks, ctx, { indent: nest.indent + STEP, level: nest.level, quote: true }, body);
        break;
      case 'table':
        body.push(tableXml(b, ctx, nest.indent));
        // Word merges tables that touch; a small paragraph keeps them apart.
        // Tiny and exact, so that after the last signature table it cannot push a blank page.
        body.push(paragraph('', '<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>'));
        break;
      case 'rule':
        if (b.className === 'page-break') body.push('<w:p><w:r><w:br w:type="page"/></w:r></w:p>');
        else body.push(paragraph('', '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="999999"/></w:pBdr>'));
        break;
    }
  });
}

/** word/document.xml of the blocks, and what the package's other parts need of it (lists, link targets). */
export function documentXml(blocks: readonly Block[], options: DocxOptions): { xml: string; ctx: Context } {
  const landscape = options.landscape === 'auto' ? tooWideForPortrait(blocks) : options.landscape === true;
  const ctx: Context = { placeholder: options.placeholder, centerArticles: options.centerArticles ?? false, lists: [], links: new Map(), textWidth: landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH };
  const body: string[] = [];
  blocksXml(blocks, ctx, TOP, body);
  const size = landscape ? `<w:pgSz w:w="${PAGE.height}" w:h="${PAGE.width}" w:orient="landscape"/>` : `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>`;
  const sect = `<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/>${size}<w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>`;
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>${body.join('')}${sect}</w:body></w:document>`;
  return { xml, ctx };
}

/** Nine levels of one kind of list, each 1 cm further in; bullets alternate •, ◦, ▪ by level. */
function abstractNum(id: number, format: 'bullet' | 'decimal' | 'lowerLetter'): string {
  const levels = Array.from({ length: MAX_LEVEL + 1 }, (_, l) => {
    const text = format === 'bullet' ? ['•', '◦', '▪'][l % 3] : `%${l + 1}.`;
    const hanging = format === 'bullet' ? HANGING.bullet : HANGING.number;
    return `<w:lvl w:ilvl="${l}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${STEP * (l + 1)}" w:hanging="${hanging}"/></w:pPr></w:lvl>`;
  });
  return `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="hybridMultilevel"/>${levels.join('')}</w:abstractNum>`;
}

function numberingXml(lists: readonly NumberingInstance[]): string {
  const nums = [`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
    ...lists.map((list, i) => `<w:num w:numId="${i + 2}"><w:abstractNumId w:val="${list.letters ? 2 : 1}"/><w:lvlOverride w:ilvl="${list.level}"><w:startOverride w:val="${list.start}"/></w:lvlOverride></w:num>`)];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W_NS}>${abstractNum(0, 'bullet')}${abstractNum(1, 'decimal')}${abstractNum(2, 'lowerLetter')}${nums.join('')}</w:numbering>`;
}

function stylesXml(lang: Lang): string {
  const heading = (n: number, size: number, extra = '') => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="${n === 1 ? 0 : 240}" w:after="120"/><w:jc w:val="left"/><w:outlineLvl w:val="${n - 1}"/>${extra}</w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
  const langTag = localeTag(lang);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="${langTag}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
${heading(1, 28)}${heading(2, 24)}${heading(3, 24)}${heading(4, 24, '')}
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="567"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="KemitraanTable"><w:name w:val="Kemitraan Table"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="555555"/><w:left w:val="single" w:sz="4" w:space="0" w:color="555555"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="555555"/><w:right w:val="single" w:sz="4" w:space="0" w:color="555555"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="555555"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="555555"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;
}

/** "Halaman 3 dari 9" with PAGE and NUMPAGES fields, and the paraf line above it when asked for. */
function footerXml(footer: DocxOptions['footer']): string {
  const field = (name: string) => `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${name} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  const text = (t: string) => `<w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`;
  const pages = footer ? `${text(`${footer.page} `)}${field('PAGE')}${text(` ${footer.of} `)}${field('NUMPAGES')}` : field('PAGE');
  const initials = footer?.initials ? `<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="left"/></w:pPr>${text(footer.initials)}</w:p>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr ${W_NS}>${initials}<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>${pages}</w:p></w:ftr>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;

/** document.xml's relationships: its parts, and one external relationship per link target. */
function documentRels(links: ReadonlyMap<string, string>): string {
  const linkRels = [...links].map(([href, id]) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${escapeXml(href)}" TargetMode="External"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>${linkRels.join('')}</Relationships>`;
}

const SETTINGS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${W_NS}><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:doNotExpandShiftReturn/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

const APP = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>kemitraan</Application></Properties>`;

function coreXml(title: string, lang: Lang): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(title.slice(0, 250))}</dc:title><dc:creator>kemitraan</dc:creator><dc:language>${localeTag(lang)}</dc:language></cp:coreProperties>`;
}

/** Fixed so that the same plan gives the same bytes (zip stores a modification time per file). */
const ZIP_TIME = new Date(Date.UTC(2020, 0, 1));

export function blocksToDocx(blocks: readonly Block[], options: DocxOptions): Uint8Array {
  const { xml, ctx } = documentXml(blocks, options);
  const file = (text: string): [Uint8Array, { mtime: Date }] => [strToU8(text), { mtime: ZIP_TIME }];
  const files: Zippable = {
    '[Content_Types].xml': file(CONTENT_TYPES),
    '_rels/.rels': file(ROOT_RELS),
    'docProps/core.xml': file(coreXml(options.title, options.lang)),
    'docProps/app.xml': file(APP),
    'word/document.xml': file(xml),
    'word/_rels/document.xml.rels': file(documentRels(ctx.links)),
    'word/styles.xml': file(stylesXml(options.lang)),
    'word/numbering.xml': file(numberingXml(ctx.lists)),
    'word/settings.xml': file(SETTINGS),
    'word/footer1.xml': file(footerXml(options.footer)),
  };
  return zipSync(files, { level: 6 });
}
