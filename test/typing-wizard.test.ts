/**
 * The wizard with what people type: Indonesian numbers shown back (and asked about when ambiguous), a phone in
 * brackets, a sector guessed from the name, going back to the previous question.
 */
import { describe, expect, test } from '@jest/globals';
import { Session } from '../src/wizard/session.js';
import { partnerItem } from '../src/wizard/steps/partners.js';
import type { Scope } from '../src/wizard/session.js';
import { FakePrompter, many, BACK } from './helpers/fake-prompter.js';

const TODAY = '2026-11-22';

function session(script: Record<string, unknown>, lang: 'id' | 'en' = 'id') {
  const prompter = new FakePrompter(script);
  return { prompter, s: new Session({ lang, prompter, answers: {}, yes: false, today: TODAY }) };
}
const root: Scope = { path: '', answers: undefined, current: undefined };

describe('numbers typed at the wizard', () => {
  test('21.000 is twenty-one thousand, shown back in words', async () => {
    const { s, prompter } = session({ target: '21.000', 'typing.number.confirm': true });
    expect(await s.frame(() => s.text(root, 'target', { message: 'wizard.q.target8', kind: 'number' }))).toBe(21000);
    expect(prompter.asked.find((a) => a.id === 'typing.number.confirm')?.message).toBe('Maksud Anda 21.000 (dua puluh satu ribu)?');
  });

  test('ambiguous 1.250 refused: typed again as 1,25', async () => {
    const { s, prompter } = session({ baseline: many('1.250', '1,25'), 'typing.number.confirm': false });
    expect(await s.text(root, 'baseline', { message: 'wizard.q.baseline', kind: 'number' })).toBe(1.25);
    expect(prompter.said).toContain('Ketik lagi. Titik memisahkan ribuan (21.000 = dua puluh satu ribu); koma untuk desimal (1,25).');
  });

  test('unambiguous amounts are shown back without asking', async () => {
    const { s, prompter } = session({ a: 'Rp 12.500.000', b: '1,5 miliar', c: '22,4' });
    expect(await s.text(root, 'a', { message: 'wizard.q.deliveryAmount', kind: 'rupiah' })).toBe(12500000);
    expect(await s.text(root, 'b', { message: 'wizard.q.deliveryAmount', kind: 'rupiah' })).toBe(1500000000);
    expect(await s.text(root, 'c', { message: 'wizard.q.baseline', kind: 'number' })).toBe(22.4);
    expect(prompter.said).toEqual(['  = 12.500.000 (dua belas juta lima ratus ribu)', '  = 1.500.000.000 (satu miliar lima ratus juta)']);
    expect(prompter.ids()).not.toContain('typing.number.confirm');
  });

  test('in English the number is shown back the English way', async () => {
    const { s, prompter } = session({ a: '5 juta' }, 'en');
    expect(await s.text(root, 'a', { message: 'wizard.q.deliveryAmount', kind: 'rupiah' })).toBe(5000000);
    expect(prompter.said).toEqual(['  = 5,000,000 (five million)']);
  });

  test('an answers file with "21.000" as text is read the Indonesian way', async () => {
    const s = new Session({ lang: 'id', answers: { target: '21.000' }, yes: false, today: TODAY });
    expect(await s.text({ path: '', answers: s.answers, current: undefined }, 'target', { message: 'wizard.q.target8', kind: 'number' })).toBe(21000);
  });
});

describe('a partner as people enter it', () => {
  test('sector guessed from the name is the default; a phone in brackets is kept as written', async () => {
    const { s, prompter } = session({
      'partners.name': 'Puskesmas Kassi-Kassi', 'partners.contact.phone': '(0411) 873456',
    });
    const p = await s.frame(() => partnerItem(s, { path: 'partners[0]', answers: undefined, current: undefined }, []));
    expect(prompter.asked.find((a) => a.id === 'partners.sector')?.default).toBe('pemerintah');
    expect(p).toMatchObject({ name: 'Puskesmas Kassi-Kassi', id: 'puskesmas-kassi-kassi', sector: 'pemerintah', organisationType: 'dinas', contact: { phone: '(0411) 873456' } });
  });

  test('the person can change the guessed sector', async () => {
    const { s } = session({ 'partners.name': 'PT Semen Tonasa', 'partners.sector': 'cso' });
    const p = await s.frame(() => partnerItem(s, { path: 'partners[0]', answers: undefined, current: undefined }, []));
    expect(p?.sector).toBe('cso');
  });
});

describe('going back to the previous question', () => {
  test('"<" at a typed question re-asks the one before, with its answer offered; nothing else is asked twice', async () => {
    const { s, prompter } = session({
      'partners.name': many('Yayasan Peduli', 'Yayasan Peduli Anak'),
      'partners.id': many('<', 'yayasan-peduli-anak'),
      'partners.address': 'Jl. Mawar 1',
    });
    // name, id, "<" at id → the name again (offered as default), then the id with a new default.
    prompter.asked.length = 0;
    const p = await s.frame(() => partnerItem(s, { path: 'partners[0]', answers: undefined, current: undefined }, []));
    expect(p).toMatchObject({ name: 'Yayasan Peduli Anak', id: 'yayasan-peduli-anak', address: 'Jl. Mawar 1', sector: 'cso' });
    const names = prompter.asked.filter((a) => a.id === 'partners.name');
    expect(names.map((a) => a.default)).toEqual([undefined, 'Yayasan Peduli']);
    expect(prompter.asked.filter((a) => a.id === 'partners.id').map((a) => a.default)).toEqual(['yayasan-peduli', 'yayasan-peduli-anak']);
  });

  test('"« back" at a select re-asks the previous question; replayed answers are not asked again', async () => {
    const { s, prompter } = session({
      'partners.name': 'Posyandu Mawar',
      'partners.sector': many(BACK, 'masyarakat'),
      'partners.id': many('posyandu', 'posyandu-mawar'),
    });
    const p = await s.frame(() => partnerItem(s, { path: 'partners[0]', answers: undefined, current: undefined }, []));
    expect(p).toMatchObject({ id: 'posyandu-mawar', sector: 'masyarakat' });
    expect(prompter.ids().slice(0, 5)).toEqual(['partners.name', 'partners.id', 'partners.sector', 'partners.id', 'partners.sector']);
    expect(prompter.asked.filter((a) => a.id === 'partners.id')[1]!.default).toBe('posyandu');
  });
});
