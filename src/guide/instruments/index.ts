/**
 * The registry of assessment instruments. Adding one is adding a data file and a line here; everything that
 * reads answers (validation, bands, disagreement, privacy) takes its numbers from the instrument.
 */
import type { Instrument } from './types.js';
import { PANDUAN_2019 } from './panduan-2019.js';

export type * from './types.js';

export const INSTRUMENTS: readonly Instrument[] = [PANDUAN_2019];

/** The instrument `assess new` uses when none is asked for. */
export const DEFAULT_INSTRUMENT = PANDUAN_2019;

export function findInstrument(id: string): Instrument | undefined {
  return INSTRUMENTS.find((i) => i.id === id);
}
export { assessmentForm, type FormModel } from './form.js';
