/**
 * Key order of a plan's records as the schema lists them (id, name, sector, ... for a partner), so that what a
 * program builds key by key (the UI adds fields in the order a person fills them) is written the way `init` and
 * the examples write it. Keys the schema does not know keep their place after the known ones. Pure.
 */
type Schema = Record<string, unknown>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function resolve(schema: Schema, root: Schema): Schema {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/$defs/', '');
    return ((root.$defs as Record<string, Schema> | undefined)?.[name]) ?? schema;
  }
  return schema;
}

export function orderLikeSchema(value: unknown, schema: Schema, root: Schema = schema): unknown {
  const s = resolve(schema, root);
  if (Array.isArray(value)) return s.items ? value.map((v) => orderLikeSchema(v, s.items as Schema, root)) : value;
  if (!isRecord(value)) return value;
  // The assessment's record shape (status + note) sits in its `else` branch.
  const props = (s.properties ?? (s.else as Schema | undefined)?.properties) as Record<string, Schema> | undefined;
  if (!props) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(props)) if (k in value) out[k] = orderLikeSchema(value[k], props[k]!, root);
  for (const [k, v] of Object.entries(value)) if (!(k in out)) out[k] = v;
  return out;
}
