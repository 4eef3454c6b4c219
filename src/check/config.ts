/**
 * `.kemitraanrc.yaml`: turns rules off or changes their severity. Validated like a plan: a bad config is a
 * located error (exit 2), never silently ignored.
 *
 *   rules:
 *     partners/criteria-unassessed: off
 *     workplan/no-capacity-building: warning
 */
import { RULES } from '../guide/messages/rules.js';
import type { RuleConfig } from './engine.js';
import { pointer } from '../plan/findings.js';
import { closest } from './schema.js';

const LEVELS = ['error', 'warning', 'info', 'off'] as const;

export interface ConfigProblem {
  pointer: string;
  at?: 'key' | 'value';
  message: { id: string; en: string };
}

export function parseRuleConfig(data: unknown): { config?: RuleConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  if (data === null || data === undefined) return { config: { rules: {} }, problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [{ pointer: '', message: { id: 'Konfigurasi harus berupa pemetaan dengan kunci "rules"', en: 'The config must be a mapping with a "rules" key' } }] };
  }
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (key !== 'rules') problems.push({ pointer: pointer(key), at: 'key', message: { id: `Kunci "${key}" tidak dikenal; yang dikenal: rules`, en: `Unknown key "${key}"; known: rules` } });
  }
  const rules: RuleConfig['rules'] = {};
  const given = obj.rules ?? {};
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    problems.push({ pointer: '/rules', message: { id: '"rules" harus berupa pemetaan id-aturan: tingkat', en: '"rules" must map rule ids to levels' } });
  } else {
    for (const [id, level] of Object.entries(given as Record<string, unknown>)) {
      if (!RULES.has(id)) {
        const guess = closest(id, [...RULES.keys()]);
        const hint = guess ? ` ("${guess}"?)` : '';
        problems.push({ pointer: pointer('rules', id), at: 'key', message: { id: `Aturan "${id}" tidak dikenal${hint}`, en: `Unknown rule "${id}"${hint}` } });
      } else if (typeof level !== 'string' || !(LEVELS as readonly string[]).includes(level)) {
        problems.push({ pointer: pointer('rules', id), message: { id: `Tingkat "${String(level)}" tidak valid; gunakan error, warning, info atau off`, en: `Invalid level "${String(level)}"; use error, warning, info or off` } });
      } else {
        rules[id] = level as RuleConfig['rules'][string];
      }
    }
  }
  return problems.length ? { problems } : { config: { rules }, problems };
}
