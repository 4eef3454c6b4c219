/**
 * The rules that hold a plan's region against the official Kemendagri list (src/guide/regions.ts). Kept in their
 * own file and joined by rules.ts. Source: tool (the list itself comes from idn-area-data, ODbL).
 */
import { words, type RuleWords } from './rule-meta.js';

export const REGION_RULE_WORDS = {
  'region/province-unknown': words(
    { id: 'Provinsi "{name}" tidak ada dalam daftar wilayah Kemendagri', en: 'Province "{name}" is not in the Kemendagri region list' },
    { id: 'Tulis nama resmi provinsinya{suggestion}.', en: 'Write the province\'s official name{suggestion}.' }),
  'region/regency-unknown': words(
    { id: 'Kabupaten/kota "{name}" tidak ada dalam daftar wilayah Kemendagri{within}', en: 'Regency/city "{name}" is not in the Kemendagri region list{within}' },
    { id: 'Tulis nama resmi lengkap dengan "Kabupaten" atau "Kota"{suggestion}.', en: 'Write the official name, with "Kabupaten" or "Kota"{suggestion}.' }),
  'region/regency-province': words(
    { id: '{regency} berada di Provinsi {actual}, bukan {province}', en: '{regency} is in the province of {actual}, not {province}' },
    { id: 'Periksa provinsi atau kabupaten/kotanya.', en: 'Check the province or the regency/city.' }),
  'region/code-format': words(
    { id: 'Kode wilayah "{value}" tidak berbentuk kode Kemendagri', en: 'Region code "{value}" is not a Kemendagri code' },
    { id: 'Tulis kode di antara tanda kutip, dengan titik: provinsi "32", kabupaten/kota "32.11", kecamatan "32.11.18" (tanpa tanda kutip YAML membaca 32.10 sebagai angka 32.1).', en: 'Write the code in quotes, with dots: province "32", regency/city "32.11", sub-district "32.11.18" (unquoted, YAML reads 32.10 as the number 32.1).' }),
  'region/code-unknown': words(
    { id: 'Kode wilayah "{code}" tidak ada dalam daftar Kemendagri', en: 'Region code "{code}" is not in the Kemendagri list' },
    { id: 'Periksa kodenya{suggestion}.', en: 'Check the code{suggestion}.' }),
  'region/code-mismatch': words(
    { id: 'Kode "{code}" adalah {official}, tetapi rencana menulis "{name}"', en: 'Code "{code}" is {official}, but the plan says "{name}"' },
    { id: 'Samakan nama dan kodenya: kode {expected} untuk "{name}".', en: 'Make the name and the code agree: code {expected} for "{name}".' }),
  'region/code-missing': words(
    { id: 'Kode wilayah Kemendagri untuk {name} belum diisi', en: 'No Kemendagri region code for {name}' },
    { id: 'Tambahkan {field}: "{code}" (dipakai untuk --by region dan ekspor DHIS2).', en: 'Add {field}: "{code}" (used by --by region and the DHIS2 export).' }),
} satisfies Record<string, RuleWords>;
