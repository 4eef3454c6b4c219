/** The shape of a rule's catalog entry, shared by every file of rule messages. */
import type { Text } from '../types.js';

export type Severity = 'error' | 'warning' | 'info';

export interface RuleMeta<Id extends string = string> {
  id: Id;
  severity: Severity;
  /** What is wrong; {placeholders} are filled from the finding's params. */
  message: Text;
  /** What to do about it. */
  hint: Text;
}

/**
 * A rule's entry. The id keeps its literal type, so that a list of entries (written without a `RuleMeta[]`
 * annotation) gives the union of its ids: `RuleId` in rules.ts is derived that way.
 */
export const rule = <const Id extends string>(id: Id, severity: Severity, message: Text, hint: Text): RuleMeta<Id> => ({ id, severity, message, hint });
