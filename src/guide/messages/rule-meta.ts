/** The shape of a rule's catalog entry, shared by every file of rule messages. */
import type { Text } from '../types.js';

export type Severity = 'error' | 'warning' | 'info';

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** What is wrong; {placeholders} are filled from the finding's params. */
  message: Text;
  /** What to do about it. */
  hint: Text;
}

export const rule = (id: string, severity: Severity, message: Text, hint: Text): RuleMeta => ({ id, severity, message, hint });
