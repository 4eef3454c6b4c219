/** Whether a plan section (or any value in it) holds something a person wrote: not empty, not blank. */
export function hasContent(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.values(v as object).some(hasContent);
  if (typeof v === 'string') return v.trim() !== '';
  return true;
}
