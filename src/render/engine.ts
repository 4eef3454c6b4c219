/**
 * The Handlebars environment of `kemitraan render`: an isolated instance with our helpers, every template and
 * partial compiled the same way (built-in or the user's): strict (a missing variable is an error that names the
 * template, line and variable), prototype access left denied (Handlebars' default), no `log` helper. Markdown
 * templates do not HTML-escape because the view model is already Markdown-escaped; the HTML page template does.
 * Pure: template texts and a view in, text out. Handlebars is loaded only on the render path.
 */
import Handlebars from 'handlebars';
import type { Lang } from '../guide/types.js';
import { messageText, msg, type MessageId } from '../guide/messages/index.js';
import { parseIsoDate } from '../locale/dates.js';
import { dayName, formatList, formatRupiah, longDate } from '../locale/format.js';
import { rupiahInWords } from './text.js';
import { numberToWords, terbilang } from '../locale/words.js';

export type TemplateKind = 'document' | 'partial' | 'page';

export interface TemplateSource {
  /** Name used to override and to call as a partial: "mou", "plan", "page", "signatures". */
  name: string;
  kind: TemplateKind;
  /** Where it came from, for messages ("templates/mou.md.hbs", or the user's file). */
  file: string;
  text: string;
}

/** A template that does not parse or does not fit the data; `line` is 0 when unknown. */
export class TemplateError extends Error {
  constructor(readonly file: string, readonly line: number, readonly detail: string) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'TemplateError';
  }
}

export interface RenderResult {
  text: string;
  /** Properties a template tried to read but may not (prototype access), in words. */
  warnings: string[];
}

export interface Renderer {
  render(name: string, view: object): RenderResult;
}

type HB = typeof Handlebars;
type HelperOptions = Handlebars.HelperOptions;

/** Turns a Handlebars exception into a TemplateError naming the template, its line and the missing piece. */
function toTemplateError(err: unknown, source: Pick<TemplateSource, 'file' | 'text'>, lang: Lang): TemplateError {
  if (err instanceof TemplateError) return err;
  const file = source.file;
  const e = err as { message?: string; lineNumber?: number; column?: number };
  const text = String(e?.message ?? err);
  const line = typeof e?.lineNumber === 'number' ? e.lineNumber : Number(/(?:on line |- )(\d+)/.exec(text)?.[1] ?? 0);
  let detail = text.split('\n')[0]!.replace(/ - \d+:\d+$/, '');
  const variable = /^"([^"]+)" not defined in/.exec(text);
  const partial = /^The partial (\S+) could not be found/.exec(text);
  const helper = /^Missing helper: "?([^"\s]+)"?/.exec(text);
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(text);
  const parse = /^Parse error on line \d+:\n(.*)\n(-*)\^\n[^]*got '(\w+)'/.exec(text);
  if (variable) detail = msg(lang, 'render.error.templateVariable', { name: expressionAt(source.text, line, e.column) ?? variable[1]! });
  else if (partial) detail = msg(lang, 'render.error.templatePartial', { name: partial[1]! });
  else if (helper) detail = msg(lang, 'render.error.templateHelper', { name: helper[1]! });
  else if (mismatch) detail = msg(lang, 'render.error.templateMismatch', { open: mismatch[1]!, close: mismatch[2]! });
  else if (parse) {
    // Handlebars shows the line up to the problem (shortened with "..." at its start) and a caret under it.
    const [, excerpt, dashes, got] = parse;
    const near = excerpt!.slice(0, dashes!.length + 1).replace(/^\.\.\./, '…').trim();
    detail = got === 'EOF' ? msg(lang, 'render.error.templateUnclosed') : msg(lang, 'render.error.templateSyntax', { near: near.length > 40 ? `…${near.slice(-40)}` : near });
  }
  return new TemplateError(file, line, detail);
}

/** The path in the mustache at line:column ("ttd.nama"), as Handlebars names only its last part ("nama"). */
function expressionAt(text: string, line: number, column: number | undefined): string | undefined {
  if (line < 1 || column === undefined) return undefined;
  const rest = text.split('\n')[line - 1]?.slice(column) ?? '';
  // Handlebars points at the path itself, or at the mustache around it.
  return /^(?:\{\{[~{&]?\s*)?([\w.@/-]+)/.exec(rest)?.[1];
}

function registerHelpers(hb: HB, lang: Lang, placeholder: string): void {
  const has = (v: unknown) => v !== undefined && v !== null && v !== '';
  const isOptions = (v: unknown): v is HelperOptions => typeof v === 'object' && v !== null && 'hash' in v && 'data' in v;
  // A helper given nothing shows the placeholder: a template never prints "undefined".
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const guard = (fn: (...values: any[]) => string) => (...args: unknown[]) => {
    const values = args.filter((a) => !isOptions(a));
    return values.length === 0 || !has(values[0]) ? placeholder : fn(...values);
  };
  const date = (f: (d: NonNullable<ReturnType<typeof parseIsoDate>>) => string) => guard((v: unknown) => {
    const d = parseIsoDate(v);
    return d ? f(d) : placeholder;
  });
  hb.unregisterHelper('log');
  hb.registerHelper({
    /** {{t "doc.article.scope"}} / {{t "doc.opening" place=opening.place}}: the texts of messages/render.ts. */
    t(key: unknown, options: HelperOptions) {
      const id = `render.${String(key)}`;
      if (messageText(id) === undefined) throw new Error(msg(lang, 'render.error.templateText', { name: String(key) }));
      const params: Record<string, string | number> = {};
      for (const [k, v] of Object.entries(options.hash ?? {})) params[k] = has(v) ? (v as string | number) : placeholder;
      return msg(lang, id as MessageId, params);
    },
    /** {{article "scope"}}: the next numbered article heading, "## Pasal 3<br>RUANG LINGKUP". */
    article(key: unknown, options: HelperOptions) {
      const state = (options.data?.kemitraan ?? { articles: 0 }) as { articles: number };
      state.articles += 1;
      const id = `render.doc.article.${String(key)}`;
      const title = messageText(id) !== undefined ? msg(lang, id as MessageId) : String(key ?? '');
      return `## ${msg(lang, 'render.doc.article', { number: state.articles })}<br>${title}`;
    },
    rupiah: guard((n: number) => formatRupiah(Number(n), lang)),
    rupiahWords: guard((n: number) => rupiahInWords(Number(n), lang)),
    terbilang: guard((n: number) => terbilang(Number(n))),
    numberWords: guard((n: number) => numberToWords(Number(n), lang)),
    longDate: date((d) => longDate(d, lang)),
    dayName: date((d) => dayName(d, lang)),
    join: guard((list: unknown) => (Array.isArray(list) ? formatList(list.map(String), lang) : String(list))),
    upper: guard((s: string) => String(s).toUpperCase()),
    /**
     * {{listEnd @index ../scope}}: how an item of a cumulative list ends in Indonesian drafting (Lampiran II UU
     * 12/2011): ";", "; dan" after the last but one, "." after the last.
     */
    listEnd(index: unknown, list: unknown) {
      const n = Array.isArray(list) ? list.length : 0;
      const i = Number(index);
      return i >= n - 1 ? '.' : i === n - 2 ? `; ${msg(lang, 'render.doc.andWord')}` : ';';
    },
    /** {{inc @index}}: 1-based numbers in lists. */
    inc: (n: unknown) => String(Number(n) + 1),
    eq: (a: unknown, b: unknown) => a === b,
  });
}

interface CompileOptions {
  strict: true;
  noEscape: boolean;
  preventIndent: true;
  data: true;
}

/** Handlebars' compiler stages, which its types do not declare (they are public: `Handlebars.Compiler`). */
interface Compilers {
  Compiler: new () => { compile(program: hbs.AST.Program, options: CompileOptions): unknown };
  JavaScriptCompiler: new () => { compile(environment: unknown, options: CompileOptions, context: undefined, asObject: true): TemplateSpecification };
}

/**
 * Templates compiled to Handlebars' template specification (what `precompile` writes out), by escaping and text:
 * a specification holds no environment, so every renderer binds the same one to its own helpers and partials
 * (`hb.template`), as precompiled templates are. The page's preview renders at every edit and a render makes a
 * renderer per document; compiling (Handlebars' parser and code generator) was most of their time. Only texts
 * that parsed are kept, at most MAX_SPECS (user templates change while someone writes them).
 */
const SPECS = new Map<string, TemplateSpecification>();
const MAX_SPECS = 200;

/**
 * The specification of a template, as compiled before, or compiled from its tree (`parsed`) as Handlebars.compile
 * does on first use.
 */
function templateSpec(hb: HB, key: string, parsed: () => hbs.AST.Program, options: CompileOptions): TemplateSpecification {
  let spec = SPECS.get(key);
  if (!spec) {
    const { Compiler, JavaScriptCompiler } = hb as unknown as Compilers;
    // hb.parse on a tree applies the whitespace control (`{{~`, standalone lines) that parseWithoutProcessing leaves.
    const program = hb.parse(parsed() as unknown as string);
    spec = new JavaScriptCompiler().compile(new Compiler().compile(program, { ...options }), { ...options }, undefined, true);
    if (SPECS.size >= MAX_SPECS) SPECS.clear();
    SPECS.set(key, spec);
  }
  return spec;
}

export function createRenderer(templates: readonly TemplateSource[], lang: Lang): Renderer {
  const hb = Handlebars.create();
  const placeholder = msg(lang, 'render.doc.placeholder');
  registerHelpers(hb, lang, placeholder);
  const compiled = new Map<string, { source: TemplateSource; fn: Handlebars.TemplateDelegate }>();
  for (const source of templates) {
    const options: CompileOptions = { strict: true, noEscape: source.kind !== 'page', preventIndent: true, data: true };
    const key = `${options.noEscape ? 'text' : 'html'}\n${source.text}`;
    // Parsed here (unless compiled before), so that a syntax error is reported before anything renders; compiled
    // lazily, on first use, from that tree.
    let ast: hbs.AST.Program | undefined;
    if (!SPECS.has(key)) {
      try {
        ast = hb.parseWithoutProcessing(source.text);
      } catch (err) {
        throw toTemplateError(err, source, lang);
      }
    }
    let bound: Handlebars.TemplateDelegate | undefined;
    const fn: Handlebars.TemplateDelegate = (context, execOptions) => {
      bound ??= hb.template(templateSpec(hb, key, () => ast ?? hb.parseWithoutProcessing(source.text), options));
      return bound(context, execOptions);
    };
    compiled.set(source.name, { source, fn });
    if (source.kind === 'partial') {
      // Partials are registered as functions so that an error inside one names that partial's file.
      hb.registerPartial(source.name, ((context: unknown, options: Handlebars.RuntimeOptions) => {
        try {
          return fn(context, options);
        } catch (err) {
          throw toTemplateError(err, source, lang);
        }
      }) as unknown as Handlebars.Template);
    }
  }

  return {
    render(name, view) {
      const entry = compiled.get(name);
      if (!entry) throw new TemplateError(name, 0, msg(lang, 'render.error.templatePartial', { name }));
      const warnings: string[] = [];
      const logger = hb.logger as unknown as { log: (level: unknown, ...args: unknown[]) => void };
      const originalLog = logger.log;
      // Denied prototype access is logged by Handlebars; collect it instead of letting it reach the console.
      logger.log = (_level, ...args) => {
        const property = /property "([^"]+)"/.exec(args.map(String).join(' '))?.[1];
        warnings.push(msg(lang, 'render.warning.templateAccess', { name: property ?? '?' }));
      };
      (hb as unknown as { resetLoggedPropertyAccesses(): void }).resetLoggedPropertyAccesses();
      try {
        const text = entry.fn(view, { data: { kemitraan: { articles: 0 } } });
        if (typeof text !== 'string') throw new TemplateError(entry.source.file, 0, msg(lang, 'render.error.templateOutput', { file: entry.source.file }));
        return { text, warnings: [...new Set(warnings)] };
      } catch (err) {
        throw toTemplateError(err, entry.source, lang);
      } finally {
        logger.log = originalLog;
      }
    },
  };
}
