/**
 * Text from a plan or a file name, made safe to print on a terminal: control characters (ESC starting a colour,
 * a cursor move or a window title, BEL, backspace, C1 controls) are shown as `\x1b`-style escapes instead of
 * acting on the terminal. Line breaks and tabs stay. Our own colours are added after this, so they still work.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
// eslint-disable-next-line no-control-regex
const HAS_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

export function visibleText(text: string): string {
  return HAS_CONTROL.test(text) ? text.replace(CONTROL, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`) : text;
}

/** Every string inside a value (objects, arrays), made visible; other values as they are. */
export function visibleDeep<T>(value: T): T {
  if (typeof value === 'string') return visibleText(value) as T;
  if (Array.isArray(value)) return value.map((v) => visibleDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = visibleDeep(v);
    return out as T;
  }
  return value;
}
