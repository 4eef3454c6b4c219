/**
 * `.kemitraanrc.yaml`: turns rules off or changes their severity. Validated like a plan: a bad config is a
 * located error (exit 2), never silently ignored.
 *
 *   rules:
 *     partners/criteria-unassessed: off
 *     workplan/no-capacity-building: warning
 */
import { RULE_IDS, isRuleId } from '../guide/messages/rules.js';
import { msg, type MessageId, type Params } from '../guide/messages/index.js';
import type { Lang } from '../guide/types.js';
import type { RuleConfig } from './engine.js';
import { pointer } from '../plan/findings.js';
import { closest } from './schema.js';

const LEVELS = ['error', 'warning', 'info', 'off'] as const;

export interface ConfigProblem {
  pointer: string;
  at?: 'key' | 'value';
  message: MessageId;
  params?: Params;
}

/** A config problem in the reader's language. */
export function configProblemText(problem: ConfigProblem, lang: Lang): string {
  return msg(lang, problem.message, problem.params);
}

export function parseRuleConfig(data: unknown): { config?: RuleConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  if (data === null || data === undefined) return { config: { rules: {} }, problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [{ pointer: '', message: 'config.notMapping' }] };
  }
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (key !== 'rules') problems.push({ pointer: pointer(key), at: 'key', message: 'config.unknownKey', params: { key } });
  }
  const rules: RuleConfig['rules'] = {};
  const given = obj.rules ?? {};
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    problems.push({ pointer: '/rules', message: 'config.rulesNotMapping' });
  } else {
    for (const [id, level] of Object.entries(given as Record<string, unknown>)) {
      if (!isRuleId(id)) {
        const guess = closest(id, RULE_IDS);
        problems.push({ pointer: pointer('rules', id), at: 'key', message: guess ? 'config.unknownRuleGuess' : 'config.unknownRule', params: { rule: id, ...(guess ? { suggestion: guess } : {}) } });
      } else if (typeof level !== 'string' || !(LEVELS as readonly string[]).includes(level)) {
        problems.push({ pointer: pointer('rules', id), message: 'config.invalidLevel', params: { level: String(level) } });
      } else {
        rules[id] = level as RuleConfig['rules'][string];
      }
    }
  }
  return problems.length ? { problems } : { config: { rules }, problems };
}
