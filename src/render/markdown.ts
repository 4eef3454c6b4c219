/**
 * Reads the Markdown the templates produce (built-in ones and users' own, which are untrusted) into the blocks
 * the HTML and DOCX writers share, with marked's lexer (GitHub-flavoured: pipe tables with alignment).
 *
 * What it understands: ATX and setext headings, paragraphs, nested lists (bullets, numbers with a start number,
 * task boxes), blockquotes, pipe tables, thematic breaks, **bold**, *italic*, `code`, fenced code, links to
 * http(s) and mailto, `<br>`, hard line breaks and backslash escapes. A comment `<!-- kemitraan:NAME -->` gives
 * the next block a class (center, signatures, letters, page-break, ...); other comments vanish.
 *
 * What it refuses, on purpose: any other HTML is text, never markup; a link to anything but http(s)/mailto
 * (javascript:, data:, relative paths) is its plain text; images are their alt text; indented lines are not code
 * (template indentation is incidental); bare URLs are not linked; entities are shown as written.
 *
 * Linear: marked recurses once per nesting level, so limitNesting() first bounds how deep a line can nest, and
 * the one quadratic inline rule of GitHub-flavoured marked (bare e-mail detection in text) is replaced. Pure.
 */
import { Lexer, Tokenizer, type Token, type Tokens } from 'marked';
import type { Align, Block, Inline, Run } from './blocks.js';
import { limitNesting } from './nesting.js';

const DIRECTIVE = /^\s*<!--\s*kemitraan:([\w-]+)\s*-->\s*$/;
const COMMENT = /^<!--[\s\S]*-->$/;
const LEADING_DIRECTIVE = /^\s*<!--\s*kemitraan:([\w-]+)\s*-->/;
const BR_TAG = /^<br\s*\/?>$/i;
const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;
// marked's CommonMark text rule: plain text up to the next character that may start markup. GitHub-flavoured
// marked adds a look-ahead for bare e-mail addresses here that rescans the rest of the line at every stop
// (quadratic on "a*a*a*..."), and bare links are off anyway.
const PLAIN_TEXT = /^(`+|[^`])(?:(?= {2,}\n)|[\s\S]*?(?:(?=[\\<![`*_]|\b_|$)|[^ ](?= {2,}\n)))/;

/** marked's tokenizer with what templates must not do switched off (see the module comment). */
class TemplateTokenizer extends Tokenizer {
  override code(): undefined {
    return undefined;
  }
  override html(src: string): Tokens.HTML | undefined {
    // Only comments are read as HTML blocks (for the class directive); other HTML stays in the paragraph as text.
    return src.startsWith('<!--') ? super.html(src) : undefined;
  }
  override url(): undefined {
    return undefined;
  }
  override del(): undefined {
    return undefined;
  }
  override inlineText(src: string): Tokens.Text | undefined {
    const m = PLAIN_TEXT.exec(src);
    return m ? { type: 'text', raw: m[0], text: m[0] } : undefined;
  }
  override tag(src: string): Tokens.Tag | undefined {
    // Inline HTML is text anyway; only <br> and comments matter. marked's rule scans to the end of the paragraph
    // for the end of every unclosed "<?" or "<![CDATA[" (quadratic); a comment here must close within 2,000
    // characters, or it is text.
    const m = INLINE_BR.exec(src) ?? INLINE_COMMENT.exec(src);
    return m ? { type: 'html', raw: m[0], text: m[0], inLink: false, inRawBlock: false, block: false } : undefined;
  }
}

const INLINE_BR = /^<br\s*\/?>/i;
const INLINE_COMMENT = /^<!--[\s\S]{0,2000}?-->/;

/**
 * Inline text is read in pieces of at most this many characters (cut at a blank). Several of marked's inline
 * rules look ahead to the end of the paragraph from every bracket, backtick or "<" ("`[`[`[…", 100,000
 * characters: seconds); in pieces that look-ahead is bounded, so a paragraph costs at most linear × this. No real
 * paragraph is that long; in one that is, emphasis or a link across a cut is text.
 */
const INLINE_PIECE = 4000;

class TemplateLexer extends Lexer {
  override inlineTokens(src: string, tokens: Token[] = []): Token[] {
    if (src.length <= INLINE_PIECE) return super.inlineTokens(src, tokens);
    for (let start = 0; start < src.length;) {
      let end = Math.min(start + INLINE_PIECE, src.length);
      if (end < src.length) {
        let cut = end;
        while (cut > start + INLINE_PIECE / 2 && !/\s/.test(src[cut - 1]!)) cut--;
        if (cut > start + INLINE_PIECE / 2) end = cut;
        // Never between the halves of a surrogate pair.
        else if (/[\ud800-\udbff]/.test(src[end - 1]!)) end--;
      }
      super.inlineTokens(src.slice(start, end), tokens);
      start = end;
    }
    return tokens;
  }
}

const newLexer = () => new TemplateLexer({ gfm: true, tokenizer: new TemplateTokenizer() });

function lex(markdown: string): Token[] {
  return newLexer().lex(limitNesting(markdown));
}

interface Style { bold?: boolean; italic?: boolean; href?: string }

/** Collects runs, merging neighbours of the same style (so a placeholder split by escapes is found whole). */
class RunWriter {
  readonly runs: Run[] = [];
  private br = false;
  private squeeze = false;

  text(text: string, style: Style, code = false): void {
    const last = this.runs[this.runs.length - 1];
    // Where a comment was dropped, the spaces around it make one.
    if (this.squeeze && last && /\s/.test(last.text.slice(-1))) text = text.trimStart();
    this.squeeze = false;
    if (text === '') return;
    if (!this.br && last && !!last.code === code && !!last.bold === !!style.bold && !!last.italic === !!style.italic && last.href === style.href) {
      last.text += text;
      return;
    }
    this.runs.push({
      text,
      ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}), ...(code ? { code: true } : {}),
      ...(this.br ? { br: true } : {}), ...(style.href ? { href: style.href } : {}),
    });
    this.br = false;
  }

  droppedComment(): void {
    this.squeeze = true;
  }

  lineBreak(): void {
    if (this.br) this.runs.push({ text: '', br: true });
    this.br = true;
  }

  /** The runs, trimmed at both ends, with a trailing break kept. */
  finish(): Inline {
    if (this.br) this.runs.push({ text: '', br: true });
    const first = this.runs[0];
    if (first) first.text = first.text.trimStart();
    const last = this.runs[this.runs.length - 1];
    if (last) last.text = last.text.trimEnd();
    return this.runs.filter((r) => r.text !== '' || r.br);
  }
}

/**
 * An http(s) or mailto target, percent-encoded as a URI must be (spaces, quotes, control characters: a DOCX
 * relationship with a raw space is a damaged file for Word), or undefined for anything else.
 */
function safeHref(href: string): string | undefined {
  const trimmed = href.trim();
  if (!SAFE_HREF.test(trimmed)) return undefined;
  try {
    return encodeURI(trimmed).replace(/%25([0-9A-Fa-f]{2})/g, '%$1');
  } catch {
    return undefined; // a lone surrogate
  }
}

/**
 * Soft line breaks of the source are spaces, as in any Markdown, with the lines' indentation and trailing
 * blanks dropped. Index loops rather than a regular expression around the newline: V8 backtracks such a pattern
 * over every long run of blanks (quadratic).
 */
function softBreaks(s: string): string {
  if (!s.includes('\n')) return s;
  const blank = (c: string | undefined) => c === ' ' || c === '\t';
  return s.split('\n').map((line, i, lines) => {
    let start = 0;
    let end = line.length;
    if (i > 0) while (start < end && blank(line[start])) start++;
    if (i < lines.length - 1) while (end > start && blank(line[end - 1])) end--;
    return line.slice(start, end);
  }).join(' ');
}

function writeInline(tokens: readonly Token[], style: Style, out: RunWriter): void {
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
        if ('tokens' in t && t.tokens) writeInline(t.tokens, style, out);
        else out.text(softBreaks(t.raw), style);
        break;
      case 'escape':
        out.text((t as Tokens.Escape).text, style);
        break;
      case 'strong':
        writeInline((t as Tokens.Strong).tokens, { ...style, bold: true }, out);
        break;
      case 'em':
        writeInline((t as Tokens.Em).tokens, { ...style, italic: true }, out);
        break;
      case 'codespan':
        out.text((t as Tokens.Codespan).text, style, true);
        break;
      case 'br':
        out.lineBreak();
        break;
      case 'link': {
        const link = t as Tokens.Link;
        const href = safeHref(link.href);
        // A link inside a link is not possible in Markdown; an unsafe target leaves the link's text as text.
        writeInline(link.tokens, href && !style.href ? { ...style, href } : style, out);
        break;
      }
      case 'image':
        out.text((t as Tokens.Image).text, style);
        break;
      case 'html': {
        const raw = t.raw.trim();
        if (BR_TAG.test(raw)) out.lineBreak();
        else if (COMMENT.test(raw)) out.droppedComment();
        else out.text(softBreaks(t.raw), style);
        break;
      }
      case 'checkbox':
        out.text((t as Tokens.Checkbox).checked ? '☑ ' : '☐ ', style);
        break;
      default:
        out.text(softBreaks(t.raw), style);
    }
  }
}

function inline(tokens: readonly Token[]): Inline {
  const out = new RunWriter();
  writeInline(tokens, {}, out);
  return out.finish();
}

function toBlocks(tokens: readonly Token[]): Block[] {
  const blocks: Block[] = [];
  let pendingClass: string | undefined;
  const push = (b: Block) => {
    if (pendingClass) b.className = pendingClass;
    pendingClass = undefined;
    blocks.push(b);
  };
  for (const t of tokens) {
    switch (t.type) {
      case 'space':
      case 'def':
        break;
      case 'html': {
        // A comment block (the only HTML block read): a class directive, a comment that vanishes, or comments
        // with text beside them on their lines, which is read as Markdown (with a directive's class).
        const raw = t.raw;
        const directive = DIRECTIVE.exec(raw);
        if (directive) {
          pendingClass = directive[1];
          break;
        }
        if (!raw.includes('-->')) {
          // Never closed: the rest of the document is not thrown away but read, the "<!--" as text.
          for (const b of toBlocks(lex(raw.replaceAll('<!--', '\\<!--')))) push(b);
          break;
        }
        const rest = raw.replace(/<!--[\s\S]*?-->/g, ' ');
        if (rest.trim() === '') break;
        pendingClass = LEADING_DIRECTIVE.exec(raw)?.[1] ?? pendingClass;
        for (const b of toBlocks(lex(rest))) push(b);
        break;
      }
      case 'heading':
        push({ type: 'heading', level: (t as Tokens.Heading).depth, content: inline((t as Tokens.Heading).tokens) });
        break;
      case 'paragraph':
        push({ type: 'paragraph', content: inline((t as Tokens.Paragraph).tokens) });
        break;
      case 'text': {
        const text = t as Tokens.Text;
        push({ type: 'paragraph', content: text.tokens ? inline(text.tokens) : [{ text: softBreaks(text.text).trim() }] });
        break;
      }
      case 'code': {
        // Fenced code: its lines as they are, in a code font.
        const content: Inline = (t as Tokens.Code).text.split('\n').map((line, i) => ({ text: line, code: true, ...(i > 0 ? { br: true } : {}) }));
        push({ type: 'paragraph', content });
        break;
      }
      case 'hr':
        push({ type: 'rule' });
        break;
      case 'table': {
        const table = t as Tokens.Table;
        push({
          type: 'table',
          header: table.header.map((c) => inline(c.tokens)),
          align: table.align.map((a): Align => a ?? undefined),
          rows: table.rows.map((row) => row.map((c) => inline(c.tokens))),
        });
        break;
      }
      case 'blockquote':
        push({ type: 'quote', blocks: toBlocks((t as Tokens.Blockquote).tokens) });
        break;
      case 'list': {
        const list = t as Tokens.List;
        const start = list.ordered && typeof list.start === 'number' ? list.start : 1;
        push({ type: 'list', ordered: list.ordered, start, items: list.items.map((item) => listItem(item)) });
        break;
      }
      default:
        push({ type: 'paragraph', content: [{ text: softBreaks(t.raw).trim() }] });
    }
  }
  return blocks;
}

/** A task box belongs at the start of the item's first paragraph. */
function listItem(item: Tokens.ListItem): Block[] {
  const box = item.tokens[0]?.type === 'checkbox' ? item.tokens[0] : undefined;
  const blocks = toBlocks(box ? item.tokens.slice(1) : item.tokens);
  if (box) {
    const mark: Run = { text: (box as Tokens.Checkbox).checked ? '☑ ' : '☐ ' };
    const first = blocks[0];
    if (first?.type === 'paragraph') first.content.unshift(mark);
    else blocks.unshift({ type: 'paragraph', content: [mark] });
  }
  return blocks;
}

export function parseMarkdown(markdown: string): Block[] {
  return toBlocks(lex(markdown));
}

/** One line of Markdown as runs (no blocks): for tests of what the view model escapes. */
export function parseInline(source: string): Inline {
  return inline(newLexer().inlineTokens(source));
}
