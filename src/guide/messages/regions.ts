import type { Text } from '../types.js';

/** Texts about regions and their Kemendagri codes besides the rules' own messages: the wizard, and the parts the
 * region rules fill into their messages ({suggestion}, {within}, {expected}). Source: tool. */
export const regionMessages = () => ({
  'region.wizard.notOnList': {
    id: '"{name}" tidak ada dalam daftar wilayah Kemendagri. Pilih nama resminya:',
    en: '"{name}" is not in the Kemendagri region list. Choose its official name:',
  },
  'region.wizard.keep': { id: 'Tetap "{name}" seperti yang diketik (tanpa kode wilayah)', en: 'Keep "{name}" as typed (without a region code)' },
  'region.wizard.official': { id: '"{typed}" ditulis dengan nama resminya: {name}', en: '"{typed}" is written with its official name: {name}' },
  'region.wizard.codes': { id: 'Kode wilayah Kemendagri: {codes}', en: 'Kemendagri region code: {codes}' },
  'region.check.suggestion': { id: '; mungkin maksudnya "{name}" (kode {code})', en: '; perhaps "{name}" (code {code})' },
  'region.check.withinProvince': { id: ' untuk Provinsi {province}', en: ' for the province of {province}' },
  'region.check.nameNotListed': { id: '(nama tidak ada di daftar)', en: '(name not on the list)' },
} satisfies Record<string, Text>);
