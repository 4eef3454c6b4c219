/**
 * How the wizard shows back a number it read from what was typed: in the person's own notation and in words,
 * "1.250 (seribu dua ratus lima puluh)", so that a misreading is seen before going on.
 */
import type { Lang } from '../guide/types.js';
import { formatNumber } from '../locale/format.js';
import { numberToWords } from '../locale/words.js';

export function shownNumber(value: number, lang: Lang): { number: string; words: string } {
  const number = formatNumber(value, lang, 10);
  // Words only for whole numbers: "koma" readings of decimals add nothing to "22,4".
  const words = Number.isInteger(value) && Math.abs(value) >= 1000 ? ` (${value < 0 ? 'minus ' : ''}${numberToWords(Math.abs(value), lang)})` : '';
  return { number, words };
}
