export type Params = Record<string, string | number>;

/**
 * A template split once at its `{name}` placeholders: literal text at even indexes, names at odd ones. Checking
 * thousands of plans words hundreds of thousands of findings from a few hundred templates, and a regular
 * expression with a callback per placeholder cost as much as locating them.
 */
const compiled = new Map<string, string[]>();
const PLACEHOLDER = /\{(\w+)\}/g;

function parts(template: string): string[] {
  let p = compiled.get(template);
  if (p === undefined) {
    p = [];
    let last = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
      p.push(template.slice(last, m.index), m[1]!);
      last = m.index + m[0].length;
    }
    p.push(template.slice(last));
    // Templates are the catalog's (a bounded set); text filled from elsewhere is not kept.
    if (compiled.size < 4096) compiled.set(template, p);
  }
  return p;
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than turning into "undefined". */
export function fill(template: string, params: Params = {}): string {
  const p = parts(template);
  if (p.length === 1) return template;
  let out = p[0]!;
  for (let i = 1; i < p.length; i += 2) {
    const key = p[i]!;
    out += (key in params ? String(params[key]) : `{${key}}`) + p[i + 1]!;
  }
  return out;
}
