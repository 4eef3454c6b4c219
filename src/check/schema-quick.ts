/**
 * A quick yes to "is this data valid against the plan schema?", for threads that validate many plans.
 *
 * ajv's generated validator is one function of 270 KB, larger than V8 ever optimises, so it runs in the
 * baseline tier at ~0.17 ms per plan (a tenth of checking a draft). This module compiles the validation schema
 * into a small tree that one short recursive function walks; V8 optimises that function after a few plans, and
 * it answers valid plans several times faster. It says only "valid" or "not sure": where it is not sure the
 * caller runs ajv, whose errors (and verdict) are the ones used. So it must never accept what ajv rejects; it
 * may reject what ajv accepts (that only costs ajv's run). Every keyword is checked at least as strictly as
 * ajv's generated code does (`allErrors`, `unicode: false`, ajv-formats' full formats), and a schema with a
 * keyword or form it does not know gets no quick validator at all. `test/schema-quick.test.ts` holds it to ajv.
 */
import { createRequire } from 'node:module';

type Json = Record<string, unknown>;

/** How a format is checked, as ajv-formats exports it: a regular expression or a function of the string. */
type FormatCheck = RegExp | ((s: string) => boolean) | { validate: RegExp | ((s: string) => boolean) };

const enum Type {
  Any,
  Object,
  Array,
  String,
  Number,
  Integer,
  Boolean,
  Null,
}

const TYPES: Record<string, Type> = {
  object: Type.Object,
  array: Type.Array,
  string: Type.String,
  number: Type.Number,
  integer: Type.Integer,
  boolean: Type.Boolean,
  null: Type.Null,
};

/** One schema object, compiled. Fields are always present (one shape for V8). */
interface Node {
  type: Type;
  /** `properties` by name; `closed`: `additionalProperties: false`. */
  properties: Map<string, Node>;
  closed: boolean;
  /**
   * `required`, as a count of the required keys found: a required property's node has `isRequired` set (a
   * property's node belongs to its parent alone); `requiredOthers` are the required names `properties` lacks.
   */
  requiredCount: number;
  requiredOthers: Set<string>;
  isRequired: boolean;
  items: Node | null;
  unique: boolean;
  enumValues: Set<unknown> | null;
  hasConst: boolean;
  constValue: unknown;
  minLength: number;
  pattern: RegExp | null;
  format: ((s: string) => boolean) | null;
  minimum: number;
  maximum: number;
  anyOf: Node[] | null;
  ifType: Type;
  then: Node | null;
  otherwise: Node | null;
  /** A `$ref` to a `$defs` part, resolved after compiling. */
  ref: Node | null;
}

/** Thrown while compiling a schema this module does not handle: the caller then has no quick validator. */
class Unsupported extends Error {}

const ALLOWED = new Set(['$schema', '$id', '$defs', 'type', 'properties', 'additionalProperties', 'required', 'items', 'uniqueItems', 'enum', 'const', 'minLength', 'pattern', 'format', 'minimum', 'maximum', 'anyOf', 'if', 'then', 'else', '$ref']);

function isPrimitive(v: unknown): boolean {
  return v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

function formatFunction(check: FormatCheck | undefined): (s: string) => boolean {
  const f = check && typeof check === 'object' && !(check instanceof RegExp) ? check.validate : check;
  if (f instanceof RegExp) {
    if (f.global || f.sticky) throw new Unsupported('stateful format');
    return (s) => f.test(s);
  }
  if (typeof f === 'function') return (s) => Boolean(f(s));
  throw new Unsupported('unknown format');
}

/**
 * Compiles the validation schema (annotations already stripped), with the formats ajv-formats checks them by.
 * Returns undefined for a schema with anything it does not handle.
 */
export function compileQuickValidator(schema: Json, formats: Record<string, FormatCheck | undefined>): ((data: unknown) => boolean) | undefined {
  const defs = new Map<string, Node>();
  const refs: { node: Node; name: string }[] = [];

  const compile = (s: unknown, root = false): Node => {
    if (s === null || typeof s !== 'object' || Array.isArray(s)) throw new Unsupported('schema not an object');
    const o = s as Json;
    for (const k of Object.keys(o)) if (!ALLOWED.has(k) || (!root && (k === '$defs' || k === '$schema' || k === '$id'))) throw new Unsupported(k);
    const n: Node = {
      type: Type.Any, properties: new Map(), closed: false, requiredCount: 0, requiredOthers: new Set(), isRequired: false, items: null, unique: false, enumValues: null, hasConst: false, constValue: undefined,
      minLength: 0, pattern: null, format: null, minimum: -Infinity, maximum: Infinity, anyOf: null, ifType: Type.Any, then: null, otherwise: null, ref: null,
    };
    if (o.type !== undefined) {
      const t = typeof o.type === 'string' ? TYPES[o.type] : undefined;
      if (t === undefined) throw new Unsupported('type');
      n.type = t;
    }
    // Each kind's keywords only with its type, so that they never apply to data of another type.
    const needs = (k: string, ...types: Type[]) => {
      if (o[k] !== undefined && !types.includes(n.type)) throw new Unsupported(`${k} without its type`);
    };
    needs('properties', Type.Object);
    needs('additionalProperties', Type.Object);
    needs('required', Type.Object);
    needs('items', Type.Array);
    needs('uniqueItems', Type.Array);
    needs('minLength', Type.String);
    needs('pattern', Type.String);
    needs('format', Type.String);
    needs('minimum', Type.Number, Type.Integer);
    needs('maximum', Type.Number, Type.Integer);
    if (o.properties !== undefined) {
      if (o.properties === null || typeof o.properties !== 'object') throw new Unsupported('properties');
      for (const [k, v] of Object.entries(o.properties as Json)) {
        // Properties are found by walking the data's keys (see `valid`); ajv reads `data[name]`, which for a name
        // Object.prototype has (`constructor`, `toString`) finds a value the walk does not.
        if (k in Object.prototype) throw new Unsupported(`property ${k}`);
        n.properties.set(k, compile(v));
      }
    }
    if (o.additionalProperties !== undefined) {
      if (o.additionalProperties !== false) throw new Unsupported('additionalProperties');
      n.closed = true;
    }
    if (o.required !== undefined) {
      if (!Array.isArray(o.required) || !o.required.every((r) => typeof r === 'string' && !(r in Object.prototype))) throw new Unsupported('required');
      const names = new Set(o.required as string[]);
      n.requiredCount = names.size;
      for (const name of names) {
        const p = n.properties.get(name);
        if (p) p.isRequired = true;
        else n.requiredOthers.add(name);
      }
    }
    if (o.items !== undefined) n.items = compile(o.items);
    if (o.uniqueItems !== undefined) {
      if (typeof o.uniqueItems !== 'boolean') throw new Unsupported('uniqueItems');
      n.unique = o.uniqueItems;
    }
    if (o.enum !== undefined) {
      if (!Array.isArray(o.enum) || !o.enum.every(isPrimitive)) throw new Unsupported('enum');
      n.enumValues = new Set(o.enum);
    }
    if (o.const !== undefined) {
      if (!isPrimitive(o.const)) throw new Unsupported('const');
      n.hasConst = true;
      n.constValue = o.const;
    }
    if (o.minLength !== undefined) {
      if (typeof o.minLength !== 'number' || !Number.isInteger(o.minLength)) throw new Unsupported('minLength');
      n.minLength = o.minLength;
    }
    if (o.pattern !== undefined) {
      if (typeof o.pattern !== 'string') throw new Unsupported('pattern');
      // As ajv makes it (its `unicodeRegExp` default): a "u" regular expression, without state between tests.
      n.pattern = new RegExp(o.pattern, 'u');
    }
    if (o.format !== undefined) {
      if (typeof o.format !== 'string' || !Object.hasOwn(formats, o.format)) throw new Unsupported('format');
      n.format = formatFunction(formats[o.format]);
    }
    if (o.minimum !== undefined) {
      if (typeof o.minimum !== 'number' || !Number.isFinite(o.minimum)) throw new Unsupported('minimum');
      n.minimum = o.minimum;
    }
    if (o.maximum !== undefined) {
      if (typeof o.maximum !== 'number' || !Number.isFinite(o.maximum)) throw new Unsupported('maximum');
      n.maximum = o.maximum;
    }
    if (o.anyOf !== undefined) {
      if (!Array.isArray(o.anyOf) || o.anyOf.length === 0) throw new Unsupported('anyOf');
      n.anyOf = o.anyOf.map((x) => compile(x));
    }
    if (o.if !== undefined || o.then !== undefined || o.else !== undefined) {
      // Which branch applies must be decided exactly as ajv decides it: only an `if` that is a bare type.
      const cond = o.if as Json | undefined;
      const keys = cond && typeof cond === 'object' ? Object.keys(cond) : [];
      const t = keys.length === 1 && keys[0] === 'type' && typeof cond!.type === 'string' ? TYPES[cond!.type] : undefined;
      if (t === undefined) throw new Unsupported('if');
      n.ifType = t;
      n.then = o.then === undefined ? null : compile(o.then);
      n.otherwise = o.else === undefined ? null : compile(o.else);
      if (!n.then && !n.otherwise) throw new Unsupported('if without then or else');
    }
    if (o.$ref !== undefined) {
      if (typeof o.$ref !== 'string' || !o.$ref.startsWith('#/$defs/')) throw new Unsupported('$ref');
      refs.push({ node: n, name: o.$ref.slice('#/$defs/'.length) });
    }
    return n;
  };

  try {
    const root = compile(schema, true);
    const defsJson = schema.$defs;
    if (defsJson !== undefined) {
      if (defsJson === null || typeof defsJson !== 'object') throw new Unsupported('$defs');
      for (const [name, d] of Object.entries(defsJson as Json)) defs.set(name, compile(d));
    }
    for (const { node, name } of refs) {
      const target = defs.get(name);
      if (!target) throw new Unsupported(`$ref ${name}`);
      node.ref = target;
    }
    return (data) => valid(root, data);
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}

/** The formats as ajv-formats' full mode checks them (the generated validator uses the same functions). */
export function ajvFormats(): Record<string, FormatCheck | undefined> {
  const require = createRequire(import.meta.url);
  return (require('ajv-formats/dist/formats') as { fullFormats: Record<string, FormatCheck | undefined> }).fullFormats;
}

function hasType(t: Type, v: unknown): boolean {
  switch (t) {
    case Type.Any:
      return true;
    case Type.Object:
      return v !== null && typeof v === 'object' && !Array.isArray(v);
    case Type.Array:
      return Array.isArray(v);
    case Type.String:
      return typeof v === 'string';
    case Type.Number:
      return typeof v === 'number' && Number.isFinite(v);
    case Type.Integer:
      return typeof v === 'number' && Number.isInteger(v);
    case Type.Boolean:
      return typeof v === 'boolean';
    case Type.Null:
      return v === null;
  }
}

/** Whether `v` is valid against `n` — surely (true), or perhaps not (false: ajv decides). */
function valid(n: Node, v: unknown): boolean {
  if (!hasType(n.type, v)) return false;
  if (n.enumValues !== null && !n.enumValues.has(v)) return false;
  if (n.hasConst && v !== n.constValue) return false;
  switch (n.type) {
    case Type.Object: {
      // One walk over the data's keys, as ajv's `for (const key in data)` (inherited enumerable keys count too),
      // reading each value where the walk stands (V8's fastest keyed read). Every property ajv reads by name is
      // among those keys: a name on Object.prototype is refused when compiling.
      const o = v as Record<string, unknown>;
      const properties = n.properties;
      let required = 0;
      for (const k in o) {
        const p = properties.get(k);
        if (p === undefined) {
          if (n.closed) return false;
          if (n.requiredOthers.has(k) && o[k] !== undefined) required++;
          continue;
        }
        const x = o[k];
        if (x === undefined) continue;
        if (!valid(p, x)) return false;
        if (p.isRequired) required++;
      }
      if (required !== n.requiredCount) return false;
      break;
    }
    case Type.Array: {
      const a = v as unknown[];
      const items = n.items;
      if (items !== null) for (let i = 0; i < a.length; i++) if (!valid(items, a[i])) return false;
      if (n.unique && a.length > 1 && !allDistinct(a)) return false;
      break;
    }
    case Type.String: {
      const s = v as string;
      if (s.length < n.minLength) return false;
      if (n.pattern !== null && !n.pattern.test(s)) return false;
      if (n.format !== null && !n.format(s)) return false;
      break;
    }
    case Type.Number:
    case Type.Integer:
      if (!((v as number) >= n.minimum && (v as number) <= n.maximum)) return false;
      break;
    default:
      break;
  }
  if (n.anyOf !== null) {
    let any = false;
    for (let i = 0; i < n.anyOf.length && !any; i++) any = valid(n.anyOf[i]!, v);
    if (!any) return false;
  }
  if (n.then !== null || n.otherwise !== null) {
    const branch = hasType(n.ifType, v) ? n.then : n.otherwise;
    if (branch !== null && !valid(branch, v)) return false;
  }
  return n.ref === null || valid(n.ref, v);
}

/** No two items equal: only for items that are all strings, numbers, booleans or null (else: not sure). */
function allDistinct(a: readonly unknown[]): boolean {
  const seen = new Set<unknown>();
  for (const x of a) {
    if (x !== null && typeof x === 'object') return false;
    if (seen.has(x)) return false;
    seen.add(x);
  }
  return true;
}
