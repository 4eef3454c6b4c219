/**
 * A province or kabupaten typed loosely ("jawa barat", "kab. garut") that the Kemendagri list knows is written
 * with its official name — into the region, and so into the initiator and title the wizard offers from it (and
 * from there into the documents) — and the wizard says so.
 */
import { describe, expect, test } from '@jest/globals';
import { Session } from '../src/wizard/session.js';
import { basicsStep } from '../src/wizard/steps/basics.js';
import { FakePrompter } from './helpers/fake-prompter.js';

describe('region names typed loosely', () => {
  test('"jawa barat" / "kab. garut": official names, the offered initiator and title from them, said back', async () => {
    const prompter = new FakePrompter({ 'region.province': 'jawa barat', 'region.regency': 'kab. garut' });
    const s = new Session({ lang: 'id', prompter, answers: {}, yes: false, today: '2026-11-22' });
    const result = await basicsStep(s, { plan: {} }) as Record<string, unknown>;
    expect(result.region).toEqual({ province: 'Jawa Barat', provinceCode: '32', regency: 'Kabupaten Garut', regencyCode: '32.05' });
    expect(prompter.asked.find((a) => a.id === 'initiator.name')?.default).toBe('Dinas Kesehatan Kabupaten Garut');
    expect(result.title).toBe('Kemitraan Pencegahan stunting Kabupaten Garut 2026');
    expect(prompter.said).toEqual(expect.arrayContaining([
      '"jawa barat" ditulis dengan nama resminya: Jawa Barat', '"kab. garut" ditulis dengan nama resminya: Kabupaten Garut',
    ]));
  });

  test('an official name typed as it is: kept, nothing said about it', async () => {
    const prompter = new FakePrompter({ 'region.province': 'Jawa Barat', 'region.regency': 'Kabupaten Garut' });
    const s = new Session({ lang: 'en', prompter, answers: {}, yes: false, today: '2026-11-22' });
    const result = await basicsStep(s, { plan: {} }) as Record<string, unknown>;
    expect(result.region).toMatchObject({ province: 'Jawa Barat', regency: 'Kabupaten Garut' });
    expect(prompter.said.filter((l) => l.includes('official name'))).toEqual([]);
  });
});

describe('Jakarta\'s administrative cities as people write them', () => {
  test('"Kota Jakarta Selatan" and "Kota Adm. Jakarta Selatan" are Kota Administrasi Jakarta Selatan (31.74)', async () => {
    const { findRegency } = await import('../src/guide/regions.js');
    for (const name of ['Kota Jakarta Selatan', 'Kota Adm. Jakarta Selatan', 'Kota Administrasi Jakarta Selatan', 'kab. adm. kepulauan seribu']) {
      expect(findRegency(name, '31')?.code).toMatch(/^31\.(74|01)$/);
    }
    expect(findRegency('Jakarta Selatan', '31')).toBeUndefined();
  });
});
