/**
 * Plan data the documents need but the plan does not hold. Each gap becomes a visible placeholder in the
 * document ("[belum diisi]") and a note, with the JSON pointer of the missing field, that the command turns into
 * a warning with the file position. Never "undefined", never a crash.
 */
import type { Lang } from '../guide/types.js';
import { msg } from '../guide/messages/index.js';
import { escapeMarkdown } from './text.js';
import { escapeRegExp } from '../guide/regexp.js';

export interface MissingField {
  /** JSON pointer of the field that is empty, e.g. /agreement/parties/0/signatory. */
  pointer: string;
}

export class Gaps {
  readonly missing: MissingField[] = [];
  /** The placeholder as plain text. */
  readonly placeholder: string;
  /** The placeholder as it stands in Markdown: brackets without a link target are plain text, so unescaped. */
  readonly mdPlaceholder: string;

  constructor(readonly lang: Lang) {
    this.placeholder = msg(lang, 'render.doc.placeholder');
    this.mdPlaceholder = this.placeholder;
  }

  /** The placeholder (Markdown), noting that `pointer` is missing. */
  gap(pointer: string): string {
    if (!this.missing.some((m) => m.pointer === pointer)) this.missing.push({ pointer });
    return this.mdPlaceholder;
  }

  /** Plan text made Markdown-safe, or the placeholder when it is empty. */
  text(value: unknown, pointer: string): string {
    if (typeof value === 'number' && Number.isFinite(value)) return escapeMarkdown(String(value));
    if (typeof value !== 'string' || value.trim() === '') return this.gap(pointer);
    return escapeMarkdown(value);
  }
}

/**
 * Text cut around the placeholder so that a writer can highlight it, also where a template upper-cased it (a
 * title "ANTARA [BELUM DIISI]", `{{upper subject}}`): the officer must see every gap, the title's first.
 */
export function placeholderPieces(text: string, placeholder: string): { text: string; gap: boolean }[] {
  if (!placeholder) return [{ text, gap: false }];
  const pattern = new RegExp(escapeRegExp(placeholder), 'giu');
  const pieces: { text: string; gap: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) pieces.push({ text: text.slice(last, m.index), gap: false });
    pieces.push({ text: m[0], gap: true });
    last = m.index + m[0].length;
  }
  if (last < text.length || pieces.length === 0) pieces.push({ text: text.slice(last), gap: false });
  return pieces;
}
