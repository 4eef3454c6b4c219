/**
 * JSON Schema validation of a plan, with ajv's errors turned into findings that name the offending node.
 *
 * Compiling the schema with ajv costs ~200 ms, more than everything else a one-file check does, so
 * `npm run build` generates the validator as code (ajv standalone, scripts/build-schema.js) next to this module.
 * It is loaded synchronously when present; otherwise (tests running src/ directly) the schema is compiled at
 * run time. ajv is loaded only in that fallback, so start-up never pays for it.
 */
import { createRequire } from 'node:module';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { buildPlanSchema } from '../plan/schema.js';
import type { RawFinding } from '../plan/findings.js';
import { defineRules, type RuleIdOf } from '../plan/rule-set.js';
import { closest } from '../guide/spelling.js';

export { closest };
import { parsePointer } from '../plan/findings.js';
import { booleanTextFix, numberTextFix } from '../locale/parse.js';
import { isoDateFromText } from '../locale/dates.js';
import { ajvFormats, compileQuickValidator } from './schema-quick.js';

// Made on first use: createRequire at load time cost every start-up of check a little, in five modules.
let requireHere: NodeJS.Require | undefined;
const require = (id: string): unknown => (requireHere ??= createRequire(import.meta.url))(id);

/** The generated validator's file name, beside the compiled schema.js in dist/check/. */
export const GENERATED_VALIDATOR = 'plan-validator.generated.cjs';

// ajv-formats is CommonJS with `exports.default`; unwrap until a function appears.
type FormatsPlugin = (ajv: Ajv2020, formats: string[]) => Ajv2020;
function unwrapPlugin(m: unknown): FormatsPlugin {
  let v = m as { default?: unknown };
  while (typeof v !== 'function' && v && 'default' in v) v = v.default as { default?: unknown };
  return v as unknown as FormatsPlugin;
}

/** Schema findings shown per file; the rest are counted in one `schema/too-many-errors` finding. */
export const MAX_SCHEMA_FINDINGS = 50;

/** What JSON Schema validation reports: a plan that does not have the plan's shape is an error. */
export const SCHEMA_RULES = defineRules({
  'schema/required': 'error',
  'schema/additional-property': 'error',
  'schema/type': 'error',
  'schema/number-text': 'error',
  'schema/boolean-text': 'error',
  'schema/date-text': 'error',
  'schema/enum': 'error',
  'schema/format': 'error',
  'schema/pattern': 'error',
  'schema/minimum': 'error',
  'schema/maximum': 'error',
  'schema/min-length': 'error',
  'schema/const': 'error',
  'schema/unique-items': 'error',
  'schema/invalid': 'error',
  'schema/too-many-errors': 'info',
});

export type SchemaFinding = RawFinding<RuleIdOf<typeof SCHEMA_RULES>>;

/** Keywords the schema carries for editors only. */
export const ANNOTATION_KEYWORDS = ['enumDescriptions'];

const AJV_LOGGER = {
  log: (...args: unknown[]) => console.log(...args),
  warn: (...args: unknown[]) => {
    if (!String(args[0]).startsWith('DEPRECATED: option unicode')) console.warn(...args);
  },
  error: (...args: unknown[]) => console.error(...args),
};

/** The ajv instance the plan schema is compiled with; the build passes `code: { source: true }` to generate code. */
export function createAjv(extra: Options = {}): Ajv2020 {
  const { Ajv2020: AjvClass } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  // Not `verbose`: it copies schema fragments into every error site of the generated code (450 KB instead of a
  // fraction of it, ~35 ms more at every start). The offending value and the parent schema are looked up instead.
  // `unicode: false`: string lengths as JavaScript counts them, not by walking every string for surrogate pairs
  // (ajv's ucs2length, hot enough at every start that V8 optimised it). Exact while the only length limit is
  // `minLength: 1` — empty or not is the same in both counts; the build refuses any other (build-schema.js).
  // ajv marks the option deprecated (it still honours it): its warning about it alone is not passed on.
  const ajv = new AjvClass({ allErrors: true, strict: true, inlineRefs: false, unicode: false, logger: AJV_LOGGER, ...extra });
  unwrapPlugin(require('ajv-formats'))(ajv, ['date', 'email']);
  for (const k of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword: k, schemaType: 'array' });
  return ajv;
}

/** Keywords that only describe (for editors and people); validation gives the same result without them. */
const ANNOTATIONS = new Set(['title', 'description', ...ANNOTATION_KEYWORDS]);

/**
 * The plan schema without its bilingual titles and descriptions: ajv embeds the schema it compiles in the
 * generated code, and the annotations are most of its 85 KB.
 */
export function validationSchema(): Record<string, unknown> {
  const strip = (v: unknown, inProperties: boolean): unknown => {
    if (Array.isArray(v)) return v.map((x) => strip(x, false));
    if (v === null || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      // Under `properties`, keys are field names (a field may be called "title"), not keywords.
      if (!inProperties && ANNOTATIONS.has(k)) continue;
      out[k] = strip(x, !inProperties && (k === 'properties' || k === '$defs'));
    }
    return out;
  };
  return strip(buildPlanSchema(), false) as Record<string, unknown>;
}

export interface PlanValidator {
  validate: ValidateFunction;
  /** Where it came from, for the benchmark and tests. */
  source: 'generated' | 'runtime';
}

let loaded: PlanValidator | undefined;

function loadGenerated(): ValidateFunction | undefined {
  try {
    const mod = require(`./${GENERATED_VALIDATOR}`) as { default?: ValidateFunction } | ValidateFunction;
    return typeof mod === 'function' ? mod : mod.default;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return undefined;
    throw err;
  }
}

/** The plan validator: the generated one when built, else compiled now (once per process). */
export function planValidatorInfo(): PlanValidator {
  if (!loaded) {
    const generated = loadGenerated();
    loaded = generated
      ? { validate: generated, source: 'generated' }
      : { validate: createAjv().compile(validationSchema()), source: 'runtime' };
  }
  return loaded;
}

export function planValidator(): ValidateFunction {
  return planValidatorInfo().validate;
}

/**
 * Plans this thread validates with ajv alone before the quick validator (schema-quick.ts) is made and asked
 * first: it only pays off once V8 has optimised it, and a check of a few files (start-up) stays as it was.
 */
const QUICK_AFTER = 24;
let validatedCount = 0;
/** The quick validator once made; null where the schema has something it does not handle. */
let quickValid: ((data: unknown) => boolean) | null | undefined;

function quickValidator(): ((data: unknown) => boolean) | null {
  return (quickValid ??= compileQuickValidator((schemaDocument ??= validationSchema()), ajvFormats()) ?? null);
}

/**
 * The plan's schema findings. With the plan's own validator (no `validate` given), a plan the quick validator
 * accepts has none; any other plan is validated by ajv, whose errors become the findings.
 */
export function validatePlanSchema(data: unknown, validate?: ValidateFunction): SchemaFinding[] {
  if (validate === undefined) {
    if (validatedCount >= QUICK_AFTER) {
      if (quickValidator()?.(data)) return [];
    } else validatedCount++;
  }
  const v = validate ?? planValidator();
  if (v(data)) return [];
  return schemaFindings(v.errors ?? [], data);
}

/** The value at a JSON pointer (ajv's instancePath) in the validated data. */
function valueAt(data: unknown, pointer: string): unknown {
  let v = data;
  for (const seg of parsePointer(pointer)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Object.prototype.hasOwnProperty.call(v, seg) ? (v as Record<string, unknown>)[seg] : undefined;
  }
  return v;
}

let schemaDocument: Record<string, unknown> | undefined;

type SchemaObject = Record<string, unknown>;

function member(s: unknown, key: string): SchemaObject | undefined {
  const v = s !== null && typeof s === 'object' ? (s as SchemaObject)[key] : undefined;
  return v !== null && typeof v === 'object' ? (v as SchemaObject) : undefined;
}

/** A `$ref` of the validation schema (`#/$defs/name`) resolved: the part it names, or the schema itself. */
function resolved(doc: SchemaObject, s: SchemaObject | undefined): { schema: SchemaObject | undefined; isDef: boolean } {
  const ref = s?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) return { schema: s, isDef: false };
  return { schema: member(member(doc, '$defs'), ref.slice('#/$defs/'.length)), isDef: true };
}

/**
 * The schema object that holds the failing keyword (`#/properties/x/additionalProperties` → `#/properties/x`).
 * An error's schemaPath is relative to the part of the schema whose generated function reported it: the root, or
 * a `$defs` part it refers to (`inlineRefs: false`: an assessment's `#/else/additionalProperties`). That part is
 * the last one referred to on the way from the root to the error's instance, which is walked first.
 */
function parentSchemaOf(schemaPath: string, instancePath: string): SchemaObject | undefined {
  const doc = (schemaDocument ??= validationSchema());
  let base: SchemaObject | undefined = doc;
  let s: SchemaObject | undefined = doc;
  for (const seg of ['', ...parsePointer(instancePath)]) {
    if (seg !== '') s = member(s, 'properties')?.[seg] !== undefined ? member(member(s, 'properties'), seg) : /^\d+$/.test(seg) ? member(s, 'items') : undefined;
    const r = resolved(doc, s);
    s = r.schema;
    if (r.isDef) base = s;
    if (!s) return undefined;
  }
  let p: unknown = base;
  for (const seg of schemaPath.replace(/^#\//, '').split('/').slice(0, -1)) {
    if (p === null || typeof p !== 'object') return undefined;
    p = (p as SchemaObject)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return p && typeof p === 'object' ? (p as SchemaObject) : undefined;
}

export function schemaFindings(errors: readonly ErrorObject[], data: unknown): SchemaFinding[] {
  const out: SchemaFinding[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const f = toFinding(e, valueAt(data, e.instancePath));
    if (!f) continue;
    const key = `${f.ruleId}|${f.pointer}|${JSON.stringify(f.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  if (out.length > MAX_SCHEMA_FINDINGS) {
    const rest = out.length - MAX_SCHEMA_FINDINGS;
    return [...out.slice(0, MAX_SCHEMA_FINDINGS), { ruleId: 'schema/too-many-errors', pointer: '', params: { count: rest } }];
  }
  return out;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  // YAML's .nan and .inf are numbers to JavaScript but not to JSON Schema: name them for what they are.
  if (typeof v === 'number') return !Number.isFinite(v) ? 'nonfinite' : Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function show(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function listOf(values: readonly unknown[], max = 12): string {
  const shown = values.slice(0, max).map(String).join(', ');
  return values.length > max ? `${shown}, ...` : shown;
}

/** `key: value` for a fix to show, or the bare value inside a list. */
function withKey(pointer: string, fix: string): string {
  const key = parsePointer(pointer).pop();
  return key && !/^\d+$/.test(key) ? `${key}: ${fix}` : fix;
}

function toFinding(e: ErrorObject, value: unknown): SchemaFinding | undefined {
  const pointer = e.instancePath;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'if':
      return undefined; // the branch's own errors say what is wrong
    case 'required':
      return { ruleId: 'schema/required', pointer, params: { property: String(p.missingProperty) } };
    case 'additionalProperties': {
      const property = String(p.additionalProperty);
      const allowed = Object.keys((parentSchemaOf(e.schemaPath, e.instancePath)?.properties as object | undefined) ?? {});
      const guess = closest(property, allowed);
      return {
        ruleId: 'schema/additional-property',
        pointer: `${pointer}/${property.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        at: 'key',
        params: { property, allowed: listOf(allowed, 20), suggestion: guess ? ` ("${guess}"?)` : '' },
      };
    }
    case 'type': {
      const expected = String(p.type).split(',')[0];
      // `amountIdr: Rp 12.500.000`, `target: 1.250.000`, `baseline: 22,4`: a number written as text. Show the fix.
      if ((expected === 'number' || expected === 'integer') && typeof value === 'string') {
        const fix = numberTextFix(value);
        if (fix !== undefined && (expected === 'number' || Number.isInteger(Number(fix)))) {
          return { ruleId: 'schema/number-text', pointer, params: { value: show(value), fix: withKey(pointer, fix) } };
        }
      }
      // `personalData: ya`: the person wrote yes the Indonesian way; say which YAML word means it.
      if (expected === 'boolean' && typeof value === 'string') {
        const fix = booleanTextFix(value);
        if (fix !== undefined) return { ruleId: 'schema/boolean-text', pointer, params: { value: show(value), fix: withKey(pointer, fix) } };
      }
      return { ruleId: 'schema/type', pointer, params: { expected: `type.${String(p.type).split(',')[0]}`, actual: `type.${typeOf(value)}` } };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]) ?? [];
      const guess = typeof value === 'string' ? closest(value, allowed.map(String)) : undefined;
      return { ruleId: 'schema/enum', pointer, params: { value: show(value), allowed: listOf(allowed, 40), suggestion: guess ? ` ("${guess}"?)` : '' } };
    }
    case 'format': {
      // `signedDate: 15 Januari 2026`, `start: 15/01/2026`: the date meant, written as the file needs it.
      const iso = p.format === 'date' && typeof value === 'string' ? isoDateFromText(value) : undefined;
      if (iso !== undefined) return { ruleId: 'schema/date-text', pointer, params: { value: show(value), fix: withKey(pointer, iso) } };
      return { ruleId: 'schema/format', pointer, params: { format: `format.${String(p.format)}`, value: show(value) } };
    }
    case 'pattern':
      return { ruleId: 'schema/pattern', pointer, params: { value: show(value) } };
    case 'minimum':
      return { ruleId: 'schema/minimum', pointer, params: { value: show(value), limit: String(p.limit) } };
    case 'maximum':
      return { ruleId: 'schema/maximum', pointer, params: { value: show(value), limit: String(p.limit) } };
    case 'minLength':
      return { ruleId: 'schema/min-length', pointer };
    case 'const':
      // `schemaVersion: "1"` is the text "1": shown with its quotes, so "must be 1" does not read as a contradiction.
      return { ruleId: 'schema/const', pointer, params: { expected: show(p.allowedValue), written: show(JSON.stringify(value) ?? String(value)) } };
    case 'uniqueItems':
      return { ruleId: 'schema/unique-items', pointer: `${pointer}/${String(p.i)}` };
    default:
      return { ruleId: 'schema/invalid', pointer, params: { detail: e.message ?? e.keyword } };
  }
}
