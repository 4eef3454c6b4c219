/** Text to match literally inside a regular expression: every character with a meaning there escaped. Pure. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
