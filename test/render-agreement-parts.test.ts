/**
 * Every example, in both languages, has the parts a Bagian Hukum checks first (issue 12): an Indonesian title
 * that follows agreement.form, the komparisi with authority, recitals, the articles in practice's order, the
 * term stated once, signatures with a meterai place; the Keputusan for sk-* forms; the PKS; the work plan as
 * the Lampiran; "Halaman x dari y" in HTML and DOCX.
 */
import { describe, expect, test } from '@jest/globals';
import { unzipSync, strFromU8 } from 'fflate';
import { createRenderer } from '../src/render/engine.js';
import { renderDocument } from '../src/render/document.js';
import type { Lang } from '../src/guide/types.js';
import { builtInTemplates, exampleFiles, loadExample } from './helpers/render.js';

const WORDS = {
  id: {
    recitals: 'PARA PIHAK terlebih dahulu menerangkan', legalBasis: 'Dengan memperhatikan', authority: /berdasarkan (Keputusan|Surat Kuasa|\[belum diisi\])/,
    nota: ['MAKSUD DAN TUJUAN', 'RUANG LINGKUP', 'PELAKSANAAN', 'TINDAK LANJUT', 'JANGKA WAKTU', 'PEMBIAYAAN', 'PEMANTAUAN DAN EVALUASI', 'KEADAAN KAHAR', 'PENGAKHIRAN', 'KORESPONDENSI'],
    closing: ['PENYELESAIAN PERSELISIHAN', 'PERUBAHAN', 'PENUTUP'], decree: ['Menimbang', 'Mengingat', 'MEMUTUSKAN', 'Menetapkan', 'KESATU', 'KEDUA', 'Ditetapkan di', 'LAMPIRAN'],
    term: /berlaku sejak tanggal \d+ \w+ \d{4} sampai dengan tanggal \d+ \w+ \d{4}\./, meterai: 'meterai Rp10.000', annex: 'LAMPIRAN', page: 'Halaman', title: 'NOTA KESEPAHAMAN', pks: 'PERJANJIAN KERJA SAMA',
  },
  en: {
    recitals: 'The PARTIES first state', legalBasis: 'Having regard to', authority: /under (the Decree|the power of attorney|\[not filled in\])/,
    nota: ['PURPOSE AND OBJECTIVES', 'SCOPE', 'IMPLEMENTATION', 'FOLLOW-UP', 'DURATION', 'FINANCING', 'MONITORING AND EVALUATION', 'FORCE MAJEURE', 'TERMINATION', 'CORRESPONDENCE'],
    closing: ['DISPUTE SETTLEMENT', 'AMENDMENTS', 'CLOSING'], decree: ['Considering', 'Having regard to', 'HAS DECIDED', 'To enact', 'FIRST', 'SECOND', 'Enacted at', 'ANNEX'],
    term: /is valid from \d+ \w+ \d{4} to \d+ \w+ \d{4}\./, meterai: 'duty stamp Rp10,000', annex: 'ANNEX', page: 'Page', title: 'MEMORANDUM OF UNDERSTANDING', pks: 'COOPERATION AGREEMENT',
  },
};

const headings = (md: string) => [...md.matchAll(/^## (?:Pasal|Article) \d+<br>(.+)$/gm)].map((m) => m[1]!);

describe.each(['id', 'en'] as Lang[])('the parts of every example\'s documents (%s)', (lang) => {
  const renderer = createRenderer(builtInTemplates(), lang);
  const w = WORDS[lang];

  test.each(exampleFiles())('%s', (file) => {
    const plan = loadExample(file);
    const md = (doc: 'mou' | 'pks' | 'plan') => renderDocument(renderer, plan, doc, 'md', lang, file).content as string;
    const mou = md('mou');
    if (plan.agreement?.form?.startsWith('sk-')) {
      for (const part of w.decree) expect(mou).toContain(part);
      // Signed by the head alone: no PIHAK in a decree.
      expect(mou).not.toMatch(/PIHAK|PARTY/);
    } else {
      expect(mou.split('\n')[0]).toContain(w.title);
      for (const part of [w.recitals, w.legalBasis, w.meterai]) expect(mou).toContain(part);
      expect(mou).toMatch(w.authority);
      expect(mou.match(w.term)).toHaveLength(1);
      const articles = headings(mou);
      // Practice's order: the fixed articles in sequence, the optional ones (data, publicity, IP) between.
      expect(articles.slice(0, w.nota.length)).toEqual(w.nota);
      expect(articles.slice(-3)).toEqual(w.closing);
      // No binding amounts in a Nota Kesepahaman.
      expect(mou).not.toMatch(/rupiah\)/);
    }
    if (lang === 'id') expect(mou).not.toContain('MEMORANDUM OF UNDERSTANDING');

    const pks = md('pks');
    expect(pks.split('\n')[0]).toContain(w.pks);
    expect(pks).toMatch(w.authority);
    expect(headings(pks).slice(-3)).toEqual(w.closing);
    expect(pks).toContain(w.meterai);

    expect(md('plan').split('\n').slice(0, 3).join('\n')).toContain(w.annex);

    const html = renderDocument(renderer, plan, 'mou', 'html', lang, file).content as string;
    expect(html).toContain(`"${w.page} " counter(page)`);
    const docx = unzipSync(renderDocument(renderer, plan, 'pks', 'docx', lang, file).content as Uint8Array);
    expect(strFromU8(docx['word/footer1.xml']!)).toMatch(new RegExp(`${w.page} .*PAGE.*NUMPAGES`));
  });
});
