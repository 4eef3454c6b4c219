/**
 * Thresholds the tool uses where the guide gives a list but no number. They are the tool's reading of the guide
 * (source: tool), stated in every message that relies on them.
 */
import type { Text } from './types.js';

export interface CriteriaThreshold {
  /** Share of a checklist's criteria that must be met for its step to count as complete. */
  share: number;
  source: 'tool';
  /** How the threshold reads in messages. */
  label: Text;
}

export const CRITERIA_THRESHOLD: CriteriaThreshold = {
  share: 0.5,
  source: 'tool',
  label: {
    id: 'bacaan alat ini atas panduan: sebuah daftar kriteria dianggap terpenuhi bila sedikitnya separuh kriterianya terpenuhi (met)',
    en: 'this tool\'s reading of the guide: a checklist counts as met when at least half of its criteria are met',
  },
};

/** How many of `total` criteria must be met. */
export function criteriaNeeded(total: number, share = CRITERIA_THRESHOLD.share): number {
  return Math.ceil(total * share);
}
