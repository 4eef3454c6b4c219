/**
 * The shape of a partnership-assessment instrument: pure data. Everything that decides how answers are read —
 * the scale, the bands, the disagreement threshold, the privacy minimum — is part of the instrument, so another
 * instrument (or a new version of this one) is added as data, not code.
 */
import type { Text } from '../types.js';

/** Where an item's content comes from: the guide's own words recast as a statement, or the tool's wording. */
export type ItemOrigin = 'guide' | 'tool';

export interface InstrumentDimension {
  /** Stable id, never renamed once released. */
  id: string;
  label: Text;
  description: Text;
  origin: ItemOrigin;
  /** The catalog group or item the dimension stands for, e.g. `principles`, `readiness-criteria`. */
  basis: string;
}

export interface InstrumentItem {
  /** Stable id, the key of an answer in a respondent file. */
  id: string;
  dimension: string;
  /** The statement a respondent rates. */
  text: Text;
  origin: ItemOrigin;
  /** The catalog item it restates or operationalises, as `<kind>/<id>` (e.g. `principle/kesetaraan`). */
  basis: string;
  /** The seed text (file prefix in shared/seeds) the content is taken from. */
  seed?: string;
}

export interface ScalePoint {
  value: number;
  label: Text;
}

/** A band of mean scores: a mean at or above `min` (and below the next band's) falls in it. */
export interface Band {
  id: string;
  label: Text;
  /** What the band suggests doing. */
  advice: Text;
  min: number;
}

export interface Instrument {
  id: string;
  /** Answers are only compared with answers to the same version. */
  version: number;
  title: Text;
  description: Text;
  /** Who wrote what: printed on forms and reports. */
  attribution: Text;
  scale: {
    points: readonly ScalePoint[];
    /** The answer for "don't know / not applicable": recorded, never counted in a score. */
    notApplicable: { value: string; label: Text };
  };
  /** Highest band first. The lowest band's `min` is the scale's minimum. */
  bands: readonly Band[];
  /** The band `check` reports as a finding. */
  concernBand: string;
  /** Answers (or respondents' dimension scores) spreading max − min by at least this much are "to discuss". */
  disagreementThreshold: number;
  /** Below this many respondents, reports show no per-partner columns (answers could be traced to a person). */
  minRespondentsForPartnerColumns: number;
  /** Where the bands and the threshold come from (they are the tool's choices unless said otherwise). */
  bandsOrigin: ItemOrigin;
  bandsNote: Text;
  dimensions: readonly InstrumentDimension[];
  items: readonly InstrumentItem[];
}
