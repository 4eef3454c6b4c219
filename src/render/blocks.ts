/**
 * The document model the HTML and DOCX writers share: blocks (headings, paragraphs, lists whose items hold
 * blocks, tables, rules, quotes) made of runs of styled text. The Markdown reader (markdown.ts) and the printed
 * assessment form (assessment-form.ts) build it. Pure data.
 */

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  /** A line break before this run's text. */
  br?: boolean;
  /** A link target: only http(s) and mailto ever get here (the reader makes anything else plain text). */
  href?: string;
}

export type Inline = Run[];

export type Align = 'left' | 'center' | 'right' | undefined;

export type Block =
  | { type: 'heading'; level: number; content: Inline; className?: string }
  | { type: 'paragraph'; content: Inline; className?: string }
  /** Each item is the blocks it holds: usually one paragraph, then any nested list, quote or further paragraph. */
  | { type: 'list'; ordered: boolean; start: number; items: Block[][]; className?: string }
  | { type: 'table'; header: Inline[]; align: Align[]; rows: Inline[][]; className?: string }
  | { type: 'quote'; blocks: Block[]; className?: string }
  | { type: 'rule'; className?: string };

/** The text of runs, with line breaks as spaces: for titles and tests. */
export function plainText(content: Inline): string {
  return content.map((r) => (r.br ? ` ${r.text}` : r.text)).join('').trim();
}
