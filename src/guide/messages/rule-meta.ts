/** The shape of a rule's words in the catalog, shared by every file of rule messages. */
import type { Text } from '../types.js';

/** A rule's default severity is declared with its logic (src/plan/rule-set.ts explains where); `off` only in config. */
export type Severity = 'error' | 'warning' | 'info';

export interface RuleWords {
  /** What is wrong; {placeholders} are filled from the finding's params. */
  message: Text;
  /** What to do about it. */
  hint: Text;
}

/** A rule's words: what is wrong, and what to do about it. */
export const words = (message: Text, hint: Text): RuleWords => ({ message, hint });
