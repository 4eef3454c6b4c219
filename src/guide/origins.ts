/**
 * Where each catalog item comes from: the Kemenkes guide itself (seeds 000 and 002), the slide deck
 * "Kemitraan dalam Promosi Kesehatan" (seed 001), the two articles (seeds 003, 004), or the tool's own addition
 * (an item without a seed). Nothing the tool invented is shown under the guide's name.
 */
import type { CatalogItem, Text } from './types.js';

export type Origin = 'guide' | 'slides' | 'articles' | 'tool';

export const ORIGIN_BY_SEED: Readonly<Record<string, Origin>> = { '000': 'guide', '002': 'guide', '001': 'slides', '003': 'articles', '004': 'articles' };

export const ORIGINS: Readonly<Record<Origin, Text>> = {
  guide: { id: 'Panduan Kemenkes 2019', en: 'the Ministry of Health guide (2019)' },
  slides: { id: 'slide "Kemitraan dalam Promosi Kesehatan"', en: 'the slides "Kemitraan dalam Promosi Kesehatan"' },
  articles: { id: 'artikel tentang kemitraan kesehatan', en: 'articles on health partnerships' },
  tool: { id: 'tambahan alat ini, bukan dari panduan', en: 'added by this tool, not from the guide' },
};

/** Any catalog entry (some, like the report indicators, carry no `source` field at all: the tool's). */
export function originOf(item: object): Origin {
  const source = (item as { source?: string }).source;
  return (source && ORIGIN_BY_SEED[source]) || 'tool';
}

/**
 * Parts of an item that the tool added to an item from a text: the roles' descriptions and the potentials that
 * suggest each role are the tool's, though the roles themselves are the guide's.
 */
export function addedByTool(item: CatalogItem): string[] {
  return item.kind === 'role' ? ['description', 'suggestedBy'] : [];
}
