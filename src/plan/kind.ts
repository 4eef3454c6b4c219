/**
 * Tells a partner's assessment file from a plan by its top-level keys, without loading anything of `assess`
 * (respondent files are defined in src/assess):
 * `check` and `report` ask this of every file and must not pay for the rest.
 */
export function looksLikeRespondentFile(data: unknown): boolean {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && 'instrument' in data && 'answers' in data && !('schemaVersion' in data);
}
