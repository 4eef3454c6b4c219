/**
 * A comment line the wizard puts directly above a section it saved mid-way (after a list entry, before the step
 * was finished), so that the next run can offer to continue inside that step. The line ends in a fixed token,
 * whatever the language of the words before it; it is removed when the step is finished. Pure text edits: the
 * rest of the file stays byte for byte.
 */
export const IN_PROGRESS_TOKEN = '[kemitraan:in-progress]';

function lines(text: string): string[] {
  return text.split('\n');
}

function keyLineIndex(all: readonly string[], key: string): number {
  return all.findIndex((l) => l.startsWith(`${key}:`));
}

function isMark(line: string | undefined): boolean {
  return line !== undefined && line.startsWith('#') && line.trimEnd().endsWith(IN_PROGRESS_TOKEN);
}

/** Top-level sections with the mark above them. */
export function sectionsInProgress(text: string): string[] {
  const all = lines(text);
  const out: string[] = [];
  all.forEach((line, i) => {
    if (!isMark(line)) return;
    const key = /^([A-Za-z_][\w-]*):/.exec(all[i + 1] ?? '')?.[1];
    if (key) out.push(key);
  });
  return out;
}

/** The text with `# {words} [kemitraan:in-progress]` directly above `key:` (once). */
export function markInProgress(text: string, key: string, words: string): string {
  const all = lines(text);
  const at = keyLineIndex(all, key);
  if (at < 0 || isMark(all[at - 1])) return text;
  all.splice(at, 0, `# ${words} ${IN_PROGRESS_TOKEN}`);
  return all.join('\n');
}

/** The text without the mark above `key:`. */
export function clearInProgress(text: string, key: string): string {
  const all = lines(text);
  const at = keyLineIndex(all, key);
  if (at <= 0 || !isMark(all[at - 1])) return text;
  all.splice(at - 1, 1);
  return all.join('\n');
}
