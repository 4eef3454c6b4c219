import type { Text } from '../types.js';

/** User-facing texts of `kemitraan render`. Keys are stable; {placeholders} are filled by fill(). */
export const RENDER_MESSAGES = {
} satisfies Record<string, Text>;
