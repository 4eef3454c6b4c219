/**
 * Words in an organisation's name that say which of the guide's six sectors it belongs to (source: tool — common
 * Indonesian naming, not the guide). The wizard offers the guessed sector as the default; the person can always
 * choose another. Order matters: the first match wins, so "Dinas Kesehatan" is government before "Kesehatan"
 * could mean anything, and "Yayasan ... Universitas" is a foundation (CSO) only if no earlier word matched.
 */
import type { SectorId } from './sectors.js';
import { escapeRegExp } from './regexp.js';

export interface SectorNameHint {
  sector: SectorId;
  /** Whole words (case-insensitive) or abbreviations as written (case-sensitive when upper case). */
  words: readonly string[];
}

export const SECTOR_NAME_HINTS: readonly SectorNameHint[] = [
  { sector: 'internasional', words: ['UNICEF', 'WHO', 'USAID', 'UNFPA', 'UNDP', 'FAO', 'WFP', 'World Bank', 'Bank Dunia', 'JICA', 'KOICA', 'DFAT', 'GIZ', 'Global Fund', 'Save the Children', 'Plan International', 'World Vision', 'Gavi'] },
  { sector: 'akademisi', words: ['Universitas', 'Univ', 'Politeknik', 'Poltekkes', 'STIKes', 'STIKES', 'Institut', 'Akademi', 'Sekolah Tinggi', 'Fakultas', 'FKM', 'FK', 'Unpad', 'UGM', 'UI', 'Unair', 'Unhas', 'Undip', 'Unud', 'UNS', 'IPB', 'ITB'] },
  { sector: 'pemerintah', words: ['Dinas', 'Dinkes', 'Kecamatan', 'Kelurahan', 'Desa', 'Pemerintah', 'Pemkab', 'Pemkot', 'Pemprov', 'Puskesmas', 'RSUD', 'Kantor', 'Kementerian', 'Kemenkes', 'Badan', 'Bappeda', 'BKKBN', 'BPJS', 'Kemenag', 'KUA', 'Polres', 'Polsek', 'Kodim', 'Koramil', 'Satpol', 'Camat', 'Bupati', 'Walikota', 'Wali Kota', 'Sekretariat Daerah', 'Setda', 'DPRD', 'Dukcapil', 'Disdik'] },
  { sector: 'swasta', words: ['PT', 'CV', 'Tbk', 'Bank', 'BRI', 'BNI', 'BCA', 'Mandiri', 'Koperasi', 'Apotek', 'Klinik', 'Toko', 'Hotel', 'Persero', 'BUMN', 'BUMD', 'UD', 'Rumah Sakit Swasta'] },
  { sector: 'masyarakat', words: ['PKK', 'Karang Taruna', 'Posyandu', 'Kader', 'RT', 'RW', 'Majelis Taklim', 'Kelompok', 'Forum', 'Paguyuban', 'Tokoh', 'Pokja', 'Dasawisma', 'Jumantik', 'Komunitas', 'Banjar', 'Desa Siaga'] },
  { sector: 'cso', words: ['Yayasan', 'Aisyiyah', "'Aisyiyah", 'Muhammadiyah', 'NU', 'Nahdlatul Ulama', 'Muslimat', 'Fatayat', 'LSM', 'Perkumpulan', 'PMI', 'Palang Merah', 'IDI', 'IBI', 'PPNI', 'IAKMI', 'Persatuan', 'Ikatan', 'Himpunan', 'Lembaga', 'Perhimpunan', 'PKBI', 'Rotary', 'Lions'] },
];

interface Matcher {
  sector: SectorId;
  /** The word's pattern, made when first needed: making the ~130 of them cost ~40 ms at every load. */
  pattern: () => RegExp;
  /** Text the name must contain for the pattern to match it: the word as written, or in lower case (see guessSector). */
  needle?: { text: string; anyCase: boolean };
}

function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/** Abbreviations in capitals (PT, NU, UI) match only as written; words match in any case. */
const MATCHERS: readonly Matcher[] = SECTOR_NAME_HINTS.flatMap((h) => h.words.map((w) => {
  const anyCase = !/^[A-Z]{1,5}$/.test(w);
  return {
    sector: h.sector,
    pattern: once(() => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(w)}(?=$|[^\\p{L}\\p{N}])`, anyCase ? 'iu' : 'u')),
    // Only for ASCII words, whose case-insensitive matches the lower-cased name shows (see guessSector).
    ...(/^[\x20-\x7e]+$/.test(w) ? { needle: { text: anyCase ? w.toLowerCase() : w, anyCase } } : {}),
  };
}));

/** The sector a partner's name suggests, or undefined when no word in it says. */
export function guessSector(name: string): SectorId | undefined {
  // Only the words the name contains are tried with their regular expression: V8 compiles a pattern at its first
  // run and again to machine code at its second, and all ~130 of them (Unicode letter classes, case folded) cost
  // ~70 ms at the first guess and as much at the next. Where `iu` matches an ASCII word, the lower-cased name
  // contains it, once the one character that folds onto an ASCII letter but does not lower-case to it is mapped:
  // the long s (ſ folds to s; the Kelvin sign lower-cases to k).
  const lower = name.toLowerCase().replaceAll('ſ', 's');
  let best: { sector: SectorId; at: number } | undefined;
  // The earliest word in the name decides: "Karang Taruna Desa Cibeusi" is a youth group, not the village office.
  for (const m of MATCHERS) {
    if (m.needle && !(m.needle.anyCase ? lower : name).includes(m.needle.text)) continue;
    const hit = m.pattern().exec(name);
    if (!hit) continue;
    const at = hit.index + hit[1]!.length;
    if (!best || at < best.at) best = { sector: m.sector, at };
  }
  return best?.sector;
}
