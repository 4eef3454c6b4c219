import type { Text } from '../types.js';

/** User-facing texts of `kemitraan wizard`. Keys are stable; {placeholders} are filled by fill(). */
export const WIZARD_MESSAGES = {
} satisfies Record<string, Text>;
