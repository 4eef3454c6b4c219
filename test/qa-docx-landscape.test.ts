/**
 * A DOCX report whose table cannot fit the upright page (the CSR report's eight columns) is set on A4 across,
 * so that amounts and names are not broken mid-word; other documents stay upright.
 */
import { describe, expect, test } from '@jest/globals';
import { documentXml } from '../src/render/docx.js';
import { parseMarkdown } from '../src/render/markdown.js';

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
