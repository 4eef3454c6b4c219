/**
 * Document blocks to an HTML body. Every piece of text is HTML-escaped here, so whatever the plan or a user's
 * template holds it ends up as text; the only markup is what this writer makes (links only to the http(s) and
 * mailto targets the reader lets through). The placeholder for missing data is highlighted.
 */
import { plainText, type Block, type Inline, type Run } from './blocks.js';
import { placeholderPieces } from './missing.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function runHtml(r: Run, placeholder: string): string {
  let t = placeholderPieces(r.text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''), placeholder)
    .map((p) => (p.gap ? `<mark class="placeholder">${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');
  if (r.code) t = `<code>${t}</code>`;
  if (r.italic) t = `<em>${t}</em>`;
  if (r.bold) t = `<strong>${t}</strong>`;
  return (r.br ? '<br>' : '') + t;
}

/** Runs to HTML; neighbouring runs with the same link target share one <a>. */
function inlineHtml(content: Inline, placeholder: string): string {
  let out = '';
  for (let i = 0; i < content.length;) {
    const href = content[i]!.href;
    if (!href) {
      out += runHtml(content[i]!, placeholder);
      i++;
      continue;
    }
    let inner = '';
    for (; i < content.length && content[i]!.href === href; i++) inner += runHtml(content[i]!, placeholder);
    out += `<a href="${escapeHtml(href)}">${inner}</a>`;
  }
  return out;
}

const cls = (b: Block, extra?: string) => {
  const names = [b.className, extra].filter(Boolean).join(' ');
  return names ? ` class="${escapeHtml(names)}"` : '';
};

/** A list item: its lone paragraph inline (as a tight list), anything more as blocks. */
function itemHtml(item: readonly Block[], placeholder: string): string {
  const [first, ...rest] = item;
  if (first?.type === 'paragraph' && !first.className && !rest.some((b) => b.type === 'paragraph')) {
    return inlineHtml(first.content, placeholder) + (rest.length ? `\n${blocksHtml(rest, placeholder).join('\n')}` : '');
  }
  return blocksHtml(item, placeholder).join('\n');
}

function tableHtml(b: Extract<Block, { type: 'table' }>, placeholder: string): string {
  const align = (c: number) => (b.align[c] === 'right' || b.align[c] === 'center' ? ` class="${b.align[c]}"` : '');
  // In the signature table a row with one party spans both columns, centred like the DOCX.
  const lone = (cells: Inline[]) => b.className === 'signatures' && cells.length > 1 && cells.slice(1).every((c) => plainText(c) === '');
  const rowHtml = (cells: Inline[], tag: 'th' | 'td') => (lone(cells)
    ? `<${tag} colspan="${cells.length}">${inlineHtml(cells[0]!, placeholder)}</${tag}>`
    : cells.map((cell, c) => `<${tag}${align(c)}>${inlineHtml(cell, placeholder)}</${tag}>`).join(''));
  const head = rowHtml(b.header, 'th');
  const rows = b.rows.map((r) => `<tr>${rowHtml(r, 'td')}</tr>`).join('\n');
  return `<table${cls(b, b.header.length === 2 && b.className !== 'signatures' ? 'cols-2' : undefined)}>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

function blocksHtml(blocks: readonly Block[], placeholder: string): string[] {
  return blocks.map((b) => {
    switch (b.type) {
      case 'heading':
        return `<h${b.level}${cls(b)}>${inlineHtml(b.content, placeholder)}</h${b.level}>`;
      case 'paragraph':
        return `<p${cls(b)}>${inlineHtml(b.content, placeholder)}</p>`;
      case 'list': {
        const tag = b.ordered ? 'ol' : 'ul';
        const start = b.ordered && b.start !== 1 ? ` start="${b.start}"` : '';
        const type = b.ordered && b.className === 'letters' ? ' type="a"' : '';
        return `<${tag}${type}${start}${cls(b)}>\n${b.items.map((it) => `<li>${itemHtml(it, placeholder)}</li>`).join('\n')}\n</${tag}>`;
      }
      case 'table':
        return tableHtml(b, placeholder);
      case 'quote':
        return `<blockquote${cls(b)}>\n${blocksHtml(b.blocks, placeholder).join('\n')}\n</blockquote>`;
      case 'rule':
        return `<hr${cls(b)}>`;
    }
  });
}

export function blocksToHtml(blocks: readonly Block[], placeholder = ''): string {
  return blocksHtml(blocks, placeholder).join('\n') + '\n';
}
