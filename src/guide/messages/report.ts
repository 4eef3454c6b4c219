import type { Text } from '../types.js';

/** User-facing texts of `kemitraan report`. Keys are stable; {placeholders} are filled by fill(). */
export const REPORT_MESSAGES = {
} satisfies Record<string, Text>;
