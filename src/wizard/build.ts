/**
 * Pure helpers that turn answers into plan sections: drop what was left empty, so that a section holds only
 * what the person said, and an untouched step stays absent (not started) rather than full of blanks.
 */
export function compact<T>(value: T): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return (value.trim() === '' ? undefined : value) as T | undefined;
  if (Array.isArray(value)) {
    const items = value.map((v) => compact(v)).filter((v) => v !== undefined);
    return (items.length ? items : undefined) as T | undefined;
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const c = compact(v);
      if (c !== undefined) out[k] = c;
    }
    return (Object.keys(out).length ? out : undefined) as T | undefined;
  }
  return value;
}

/** The empty section a skipped step leaves in the file, so that it has its heading and can be filled later. */
export function emptySection(step: string): unknown {
  return step === 'partners' ? [] : {};
}
