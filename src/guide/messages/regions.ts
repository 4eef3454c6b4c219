import type { Text } from '../types.js';

/** Texts about regions and their Kemendagri codes outside check's rules (the wizard). Source: tool. */
export const regionMessages = () => ({
  'region.wizard.notOnList': {
    id: '"{name}" tidak ada dalam daftar wilayah Kemendagri. Pilih nama resminya:',
    en: '"{name}" is not in the Kemendagri region list. Choose its official name:',
  },
  'region.wizard.keep': { id: 'Tetap "{name}" seperti yang diketik (tanpa kode wilayah)', en: 'Keep "{name}" as typed (without a region code)' },
  'region.wizard.codes': { id: 'Kode wilayah Kemendagri: {codes}', en: 'Kemendagri region code: {codes}' },
} satisfies Record<string, Text>);
