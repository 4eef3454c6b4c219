/**
 * Numbers as Indonesians type them: `21.000` and `12.500.000` (dots between thousands), `22,4` (decimal comma),
 * `Rp 5.000.000`, `5 juta`, `1,5 miliar`. Also what people with other habits type, where it cannot be read two
 * ways: `22.4`, `1,250,000`, `12 500 000`. Pure, no I/O: one reading of a typed number for the wizard, answer
 * files and `check`'s advice on hand-edited plans.
 *
 * One reading is ambiguous: a single group of three digits after a dot or a comma (`1.250`, `21.000`, `1,250`).
 * The Indonesian reading wins (`1.250` = 1250, `1,250` = 1,25) and the result says it was ambiguous, so that the
 * caller shows what was understood or asks before going on.
 */

export interface ReadNumber {
  value: number;
  /** The text could mean something else to someone with other habits (`1.250`: 1250 or 1,25?). */
  ambiguous: boolean;
  /** The text was not plain digits: separators, a currency prefix or a word like "juta" were read. */
  interpreted: boolean;
}

/** Multipliers written as words after the number ("5 juta", "1,5 miliar", "500 rb"). */
const SCALE_WORDS: Record<string, number> = {
  rb: 3, ribu: 3, jt: 6, juta: 6, miliar: 9, milyar: 9, triliun: 12, trilyun: 12,
};

/** The power of ten a scale word stands for. One-letter abbreviations are too easy to misread ("m" for metre). */
function scaleOf(word: string): number | undefined {
  return SCALE_WORDS[word.toLowerCase()];
}

const CURRENCY = /^(?:rp\.?|idr)\s*/i;

/** Digits with an optional fraction, given as separate strings so a scale can shift the point exactly. */
interface Decimal {
  negative: boolean;
  whole: string;
  fraction: string;
  ambiguous: boolean;
  grouped: boolean;
}

function plain(negative: boolean, whole: string, fraction = '', ambiguous = false, grouped = false): Decimal {
  return { negative, whole, fraction, ambiguous, grouped };
}

/** Reads the digits of a number written with or without group separators; undefined when it is not one. */
function readDigits(text: string): Decimal | undefined {
  const negative = text.startsWith('-');
  const s = negative ? text.slice(1).trim() : text;
  if (/^\d+$/.test(s)) return plain(negative, s);
  // 12.500.000 (Indonesian thousands) and 1.250,5 (thousands and a decimal comma)
  let m = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(s);
  if (m) {
    const groups = m[1]!.split('.').length - 1;
    return plain(negative, m[1]!.replace(/\./g, ''), m[2] ?? '', groups === 1 && m[2] === undefined, true);
  }
  // 1,250,000 and 1,250.5 (English thousands): two groups, or a dot after them, cannot be a decimal comma
  m = /^(\d{1,3}(?:,\d{3}){2,})(?:\.(\d+))?$/.exec(s) ?? /^(\d{1,3}(?:,\d{3})+)\.(\d+)$/.exec(s);
  if (m) return plain(negative, m[1]!.replace(/,/g, ''), m[2] ?? '', false, true);
  // 12 500 000 (spaces between thousands)
  m = /^(\d{1,3}(?: \d{3})+)(?:,(\d+))?$/.exec(s);
  if (m) return plain(negative, m[1]!.replace(/ /g, ''), m[2] ?? '', false, true);
  // 22,4 (decimal comma); 1,250 could be English for 1250
  m = /^(\d+),(\d+)$/.exec(s);
  if (m) return plain(negative, m[1]!, m[2]!, m[2]!.length === 3, false);
  // 22.4 (decimal point): never three digits after it, those are thousands (handled above)
  m = /^(\d+)\.(\d+)$/.exec(s);
  if (m) return plain(negative, m[1]!, m[2]!, false, false);
  return undefined;
}

/** The number `d` × 10^shift, computed on the digits so that "2,3 juta" is exactly 2300000. */
function toNumber(d: Decimal, shift: number): number {
  const fraction = d.fraction;
  const whole = fraction.length <= shift ? d.whole + fraction.padEnd(shift, '0') : `${d.whole}${fraction.slice(0, shift)}.${fraction.slice(shift)}`;
  const n = Number(whole);
  return d.negative && n !== 0 ? -n : n;
}

/**
 * Reads a number as typed by a person; undefined when the text is not a number. A trailing `%` is allowed (the
 * unit is the field's business) and so is a currency prefix (`Rp`, `Rp.`, `IDR`).
 */
export function readNumber(raw: string): ReadNumber | undefined {
  let s = raw.trim().replace(/\s+/g, ' ');
  if (s === '') return undefined;
  const currency = CURRENCY.test(s);
  s = s.replace(CURRENCY, '').replace(/\s*%$/, '').replace(/,-$/, '').trim();
  let shift = 0;
  const word = /^(.*?\d)\s*([A-Za-z]+)\.?$/.exec(s);
  if (word) {
    const scale = scaleOf(word[2]!);
    if (scale === undefined) return undefined;
    shift = scale;
    s = word[1]!.trim();
  }
  const d = readDigits(s);
  if (!d) return undefined;
  // With a scale word or a currency, "1.500 juta" and "Rp 150.000" can only be thousands.
  if ((shift > 0 || currency) && d.ambiguous) {
    if (d.fraction.length === 3 && !d.grouped) return finish({ ...d, whole: d.whole + d.fraction, fraction: '', ambiguous: false, grouped: true }, shift, currency);
    d.ambiguous = false;
  }
  return finish(d, shift, currency);
}

function finish(d: Decimal, shift: number, currency: boolean): ReadNumber | undefined {
  const value = toNumber(d, shift);
  if (!Number.isFinite(value)) return undefined;
  return { value, ambiguous: d.ambiguous, interpreted: currency || shift > 0 || d.grouped || d.ambiguous };
}

/**
 * A whole number as typed (counts, Rupiah). `1,250` is then thousands too (a count has no decimals), but it
 * stays marked ambiguous so the person sees what was understood.
 */
export function readWholeNumber(raw: string): ReadNumber | undefined {
  const read = readNumber(raw);
  if (!read || Number.isInteger(read.value)) return read;
  const m = /^(-?\d{1,3}),(\d{3})$/.exec(raw.trim());
  return m ? { value: Number(m[1]! + m[2]!), ambiguous: true, interpreted: true } : read;
}

/**
 * For `check`: the text of a plain YAML scalar that YAML read as a small decimal (`21.000` → 21, `1.250` → 1.25)
 * but that an Indonesian wrote as thousands. Returns the whole number meant (21000), else undefined.
 */
export function indonesianThousandsMeant(text: string): number | undefined {
  const m = /^(-?)(\d{1,3})\.(\d{3})$/.exec(text.trim());
  return m ? Number(`${m[1]}${m[2]}${m[3]}`) : undefined;
}

/**
 * For `check`: a number written as text in a field that holds a number (`Rp 12.500.000`, `1.250.000`, `22,4`):
 * the number meant, written as YAML reads it (`12500000`, `22.4`); undefined when the text is no number at all.
 */
export function numberTextFix(text: string): string | undefined {
  const read = readNumber(text);
  return read ? String(read.value) : undefined;
}

/**
 * For `check`: yes or no written as a word YAML reads as text (`ya`, `tidak`, `y`, `t`, `iya`, `benar`, `salah`,
 * English `yes`/`no`/`n`, any case) in a field that holds true/false: the YAML value meant, else undefined.
 */
export function booleanTextFix(text: string): 'true' | 'false' | undefined {
  const w = text.trim().toLowerCase();
  if (['ya', 'iya', 'y', 'yes', 'benar', 'betul', 'on'].includes(w)) return 'true';
  if (['tidak', 'tdk', 't', 'no', 'n', 'bukan', 'salah', 'off'].includes(w)) return 'false';
  return undefined;
}
