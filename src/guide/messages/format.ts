export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than turning into "undefined". */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

