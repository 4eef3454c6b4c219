/**
 * Markdown blocks to an HTML body. Every piece of text is HTML-escaped here, so whatever the plan holds it ends
 * up as text; the only markup is what this writer makes. The placeholder for missing data is highlighted.
 */
import { plainText, type Block, type Inline } from './markdown.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function inlineHtml(content: Inline, placeholder: string): string {
  return content.map((r) => {
    let t = escapeHtml(r.text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''));
    if (placeholder) t = t.split(escapeHtml(placeholder)).join(`<mark class="placeholder">${escapeHtml(placeholder)}</mark>`);
    if (r.code) t = `<code>${t}</code>`;
    if (r.italic) t = `<em>${t}</em>`;
    if (r.bold) t = `<strong>${t}</strong>`;
    return (r.br ? '<br>' : '') + t;
  }).join('');
}

export function blocksToHtml(blocks: readonly Block[], placeholder = ''): string {
  const cls = (b: Block, extra?: string) => {
    const names = [b.className, extra].filter(Boolean).join(' ');
    return names ? ` class="${escapeHtml(names)}"` : '';
  };
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        out.push(`<h${b.level}${cls(b)}>${inlineHtml(b.content, placeholder)}</h${b.level}>`);
        break;
      case 'paragraph':
        out.push(`<p${cls(b)}>${inlineHtml(b.content, placeholder)}</p>`);
        break;
      case 'list': {
        const tag = b.ordered ? 'ol' : 'ul';
        const start = b.ordered && b.start !== 1 ? ` start="${b.start}"` : '';
        const type = b.ordered && b.className === 'letters' ? ' type="a"' : '';
        out.push(`<${tag}${type}${start}${cls(b)}>\n${b.items.map((it) => `<li>${inlineHtml(it, placeholder)}</li>`).join('\n')}\n</${tag}>`);
        break;
      }
      case 'table': {
        const align = (c: number) => (b.align[c] === 'right' || b.align[c] === 'center' ? ` class="${b.align[c]}"` : '');
        // In the signature table a row with one party spans both columns, centred like the DOCX.
        const lone = (cells: Inline[]) => b.className === 'signatures' && cells.length > 1 && cells.slice(1).every((c) => plainText(c) === '');
        const rowHtml = (cells: Inline[], tag: 'th' | 'td') => (lone(cells)
          ? `<${tag} colspan="${cells.length}">${inlineHtml(cells[0]!, placeholder)}</${tag}>`
          : cells.map((cell, c) => `<${tag}${align(c)}>${inlineHtml(cell, placeholder)}</${tag}>`).join(''));
        const head = rowHtml(b.header, 'th');
        const rows = b.rows.map((r) => `<tr>${rowHtml(r, 'td')}</tr>`).join('\n');
        out.push(`<table${cls(b, b.header.length === 2 && b.className !== 'signatures' ? 'cols-2' : undefined)}>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`);
        break;
      }
      case 'rule':
        out.push(`<hr${cls(b)}>`);
        break;
    }
  }
  return out.join('\n') + '\n';
}
