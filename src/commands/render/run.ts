/**
 * `kemitraan render`: reads the plan and the templates, renders through the pure core (src/render), reports
 * gaps as warnings with file positions, and writes each output atomically (never over an existing file without
 * --force). Also lists the templates and copies them out for editing (--eject).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { msg } from '../../guide/messages/index.js';
import type { Lang } from '../../guide/types.js';
import { checkLoaded } from '../../check/engine.js';
import { loadPlan, type LoadedPlan } from '../../plan/load.js';
import { readPlanInput, readStdinInput } from '../../io/read.js';
import { exists, writeFileAtomic } from '../../io/write.js';
import { EXIT, UsageError, today, type CliIO } from '../context.js';
import { createRenderer, TemplateError, type Renderer, type TemplateSource } from '../../render/engine.js';
import { DOCUMENTS, FORMATS, renderDocument, type DocumentName, type OutputFormat, type RenderedDocument } from '../../render/document.js';
import { mergeTemplates, templateKind, templateName } from '../../render/templates.js';
import type { MissingField } from '../../render/missing.js';
import { writeErrorMessage, unreadableMessage, ioReason } from '../io-errors.js';

/** The options of `kemitraan render` as given on the command line (commander fills them; tests pass them directly). */
export interface RenderCliOptions {
  output?: string;
  format?: string;
  lang?: string;
  templateDir?: string;
  listTemplates?: boolean;
  eject?: string;
  force?: boolean;
}

/** The package's templates/ directory (three levels up from dist/commands/render/ and from src/commands/render/). */
export const BUILT_IN_TEMPLATES = fileURLToPath(new URL('../../../templates/', import.meta.url));

const EXTENSIONS: Record<string, OutputFormat> = { '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.docx': 'docx' };
const MAX_WARNINGS = 20;
const MAX_FINDINGS = 10;

/**
 * Every .hbs file below `dir` (one level of subdirectories is enough: partials/). Read synchronously, as the
 * template files themselves: a few dozen small local files, where trips through the thread pool cost `render`'s
 * start-up more than the reading.
 */
function templateFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number) => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = path.join(d, e.name);
      if (e.isDirectory() && depth < 2 && !e.name.startsWith('.')) walk(full, depth + 1);
      else if (e.isFile() && templateName(e.name)) out.push(full);
    }
  };
  walk(dir, 0);
  return out;
}

function readTemplates(dir: string, shownAs: (file: string) => string, lang: Lang): TemplateSource[] {
  return templateFiles(dir).map((file) => {
    const name = templateName(path.basename(file))!;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new UsageError(msg(lang, 'render.error.templateRead', { file: shownAs(file), detail: ioReason(err, lang) }));
    }
    return { name, kind: templateKind(name), file: shownAs(file), text };
  });
}

export async function loadTemplates(options: Omit<RenderCliOptions, 'lang'>, io: CliIO, lang: Lang): Promise<{ templates: TemplateSource[]; overridden: Set<string> }> {
  const builtIn = readTemplates(BUILT_IN_TEMPLATES, (f) => path.join('templates', path.relative(BUILT_IN_TEMPLATES, f)), lang);
  if (!options.templateDir) return { templates: builtIn, overridden: new Set() };
  const dir = path.resolve(io.cwd, options.templateDir);
  const st = await stat(dir).catch(() => undefined);
  if (!st?.isDirectory()) throw new UsageError(msg(lang, 'render.error.templateDir', { dir: options.templateDir }));
  const overrides = readTemplates(dir, (f) => shown(f, io), lang);
  return mergeTemplates(builtIn, overrides);
}

/** A renderer of the built-in templates, for documents made elsewhere (the report's official shapes). */
export async function builtInRenderer(io: CliIO, lang: Lang): Promise<Renderer> {
  const { templates } = await loadTemplates({}, io, lang);
  return createRenderer(templates, lang);
}

async function listTemplates(options: Omit<RenderCliOptions, 'lang'>, io: CliIO, lang: Lang): Promise<number> {
  const { templates, overridden } = await loadTemplates(options, io, lang);
  const kinds = { document: msg(lang, 'render.list.document'), partial: msg(lang, 'render.list.partial'), page: msg(lang, 'render.list.page') };
  const width = Math.max(...templates.map((t) => t.name.length));
  const lines = templates.map((t) => `  ${t.name.padEnd(width)}  ${kinds[t.kind].padEnd(12)} ${t.file}${overridden.has(t.name) ? ` (${msg(lang, 'render.list.override')})` : ''}`);
  io.stdout.write(`${msg(lang, 'render.list.heading')}\n${lines.join('\n')}\n`);
  return EXIT.OK;
}

async function ejectTemplates(dir: string, options: Omit<RenderCliOptions, 'lang'>, io: CliIO, lang: Lang): Promise<number> {
  const target = path.resolve(io.cwd, dir);
  const files = await templateFiles(BUILT_IN_TEMPLATES);
  const copies = files.map((f) => ({ from: f, to: path.join(target, path.relative(BUILT_IN_TEMPLATES, f)) }));
  if (!options.force) {
    const clashes: string[] = [];
    for (const c of copies) if (await exists(c.to)) clashes.push(path.relative(target, c.to));
    if (clashes.length > 0) throw new UsageError(msg(lang, 'render.error.ejectExists', { dir, files: clashes.join(', ') }));
  }
  for (const c of copies) {
    try {
      await writeFileAtomic(c.to, await readFile(c.from), { force: options.force === true });
    } catch (err) {
      const message = writeErrorMessage(err, path.relative(io.cwd, c.to) || c.to, lang);
      if (message) throw new UsageError(message);
      throw err;
    }
  }
  io.stdout.write(`${msg(lang, 'render.ejected', { count: copies.length, dir })}\n`);
  return EXIT.OK;
}

/** "/agreement/parties/0/signatory" -> "agreement.parties[0].signatory". */
function fieldName(pointer: string): string {
  return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}

function reportMissing(missing: readonly MissingField[], loaded: LoadedPlan, io: CliIO, lang: Lang): void {
  const prefix = msg(lang, 'render.warning.prefix');
  const placeholder = msg(lang, 'render.doc.placeholder');
  for (const m of missing.slice(0, MAX_WARNINGS)) {
    const pos = loaded.locate(m.pointer);
    io.stderr.write(`${prefix}: ${msg(lang, 'render.warning.missing', { where: `${loaded.file}:${pos.line}:${pos.column}`, field: fieldName(m.pointer) || '/', placeholder })}\n`);
  }
  if (missing.length > MAX_WARNINGS) io.stderr.write(`${prefix}: ${msg(lang, 'render.warning.moreMissing', { count: missing.length - MAX_WARNINGS })}\n`);
}

interface Target {
  document: DocumentName;
  /** Absent: standard output. */
  file?: string;
}

/** Where each document goes and in which format, from -o and --format. */
async function planTargets(documents: readonly DocumentName[], planFile: string, options: Omit<RenderCliOptions, 'lang'>, io: CliIO, lang: Lang): Promise<{ format: OutputFormat; targets: Target[] }> {
  const explicit = options.format as OutputFormat | undefined;
  const out = options.output;
  if (out === undefined) {
    if (documents.length > 1) throw new UsageError(msg(lang, 'render.error.allNeedsDir'));
    if (explicit === 'docx') throw new UsageError(msg(lang, 'render.error.docxNeedsOutput'));
    return { format: explicit ?? 'md', targets: [{ document: documents[0]! }] };
  }
  const resolved = path.resolve(io.cwd, out);
  const st = await stat(resolved).catch(() => undefined);
  // `-o mou.pdf`, `-o rencana.doc`: a format render does not write is a usage error, not Markdown under that name.
  // (For `all`, -o names a directory, which may have a dot in its name.)
  const extension = path.extname(out).toLowerCase();
  if (documents.length === 1 && st?.isDirectory() !== true && !/[/\\]$/.test(out) && extension !== '' && !EXTENSIONS[extension]) {
    throw new UsageError(msg(lang, 'render.error.extension', { file: out, extensions: Object.keys(EXTENSIONS).join(', ') }));
  }
  const isDir = st?.isDirectory() === true || /[/\\]$/.test(out) || (documents.length > 1 && !EXTENSIONS[path.extname(out).toLowerCase()]);
  if (!isDir) {
    if (documents.length > 1) throw new UsageError(msg(lang, 'render.error.allNeedsDir'));
    const inferred = EXTENSIONS[path.extname(out).toLowerCase()];
    if (explicit && inferred && explicit !== inferred) throw new UsageError(msg(lang, 'render.error.formatMismatch', { file: out, format: explicit }));
    return { format: explicit ?? inferred ?? 'md', targets: [{ document: documents[0]!, file: resolved }] };
  }
  const format = explicit ?? 'md';
  const base = planFile === '-' ? msg(lang, 'render.stdinBaseName') : path.basename(planFile).replace(/\.(ya?ml|json)$/i, '');
  return { format, targets: documents.map((document) => ({ document, file: path.join(resolved, `${base}.${document}.${format}`) })) };
}

async function readPlan(planFile: string, io: CliIO): Promise<LoadedPlan | { error: string }> {
  const input = planFile === '-' ? await readStdinInput(io.stdin) : await readPlanInput(planFile, io.cwd);
  if ('error' in input) return { error: input.error };
  return loadPlan(input);
}

function shown(file: string, io: CliIO): string {
  const rel = path.relative(io.cwd, file);
  return rel && !rel.startsWith('..') ? rel : file;
}

export async function runRender(document: string | undefined, planFile: string | undefined, options: Omit<RenderCliOptions, 'lang'> & { lang?: Lang }, io: CliIO): Promise<number> {
  // Messages before the plan is read use the asked-for language, else Indonesian; the documents may follow the plan's.
  const uiLang: Lang = options.lang ?? 'id';
  if (options.eject !== undefined) return ejectTemplates(options.eject, options, io, uiLang);
  if (options.listTemplates) return listTemplates(options, io, uiLang);
  if (document === undefined) throw new UsageError(msg(uiLang, 'render.error.noDocument'));
  if (document !== 'all' && !(DOCUMENTS as readonly string[]).includes(document)) throw new UsageError(msg(uiLang, 'render.error.unknownDocument', { document }));
  if (planFile === undefined) throw new UsageError(msg(uiLang, 'render.error.noPlan', { document }));
  if (options.format !== undefined && !(FORMATS as readonly string[]).includes(options.format)) throw new UsageError(`--format: "${options.format}" (md | html | docx)`);
  const documents: DocumentName[] = document === 'all' ? [...DOCUMENTS] : [document as DocumentName];
  const { format, targets } = await planTargets(documents, planFile, options, io, uiLang);

  const loaded = await readPlan(planFile, io);
  if ('error' in loaded) throw new UsageError(unreadableMessage(planFile, loaded.error, uiLang));
  const result = checkLoaded(loaded, { lang: uiLang, today: today(io.env) });
  if (!result.plan) {
    const errors = result.findings.filter((f) => f.severity === 'error');
    io.stderr.write(`${msg(uiLang, 'cli.error.prefix')}: ${msg(uiLang, 'render.error.invalidPlan', { file: loaded.file })}\n`);
    for (const f of errors.slice(0, MAX_FINDINGS)) io.stderr.write(`  ${f.file}:${f.line}:${f.column}: ${f.message} [${f.ruleId}]\n`);
    if (errors.length > MAX_FINDINGS) io.stderr.write(`  ${msg(uiLang, 'render.error.moreFindings', { count: errors.length - MAX_FINDINGS })}\n`);
    return EXIT.FINDINGS;
  }
  const plan = result.plan;
  const lang: Lang = options.lang ?? plan.language ?? 'id';

  const { templates } = await loadTemplates(options, io, lang);
  let renderer: Renderer;
  const rendered: { target: Target; doc: RenderedDocument }[] = [];
  try {
    renderer = createRenderer(templates, lang);
    for (const target of targets) {
      rendered.push({ target, doc: renderDocument(renderer, plan, target.document, format, lang, path.basename(loaded.file)) });
    }
  } catch (err) {
    if (err instanceof TemplateError) {
      io.stderr.write(`${msg(lang, 'cli.error.prefix')}: ${msg(lang, 'render.error.template', { file: err.file, line: err.line, detail: err.detail })}\n`);
      return EXIT.ERROR;
    }
    throw err;
  }

  const missing = new Map<string, MissingField>();
  for (const r of rendered) for (const m of r.doc.missing) missing.set(m.pointer, m);
  reportMissing([...missing.values()], loaded, io, lang);
  for (const w of new Set(rendered.flatMap((r) => r.doc.warnings))) io.stderr.write(`${msg(lang, 'render.warning.prefix')}: ${w}\n`);

  // Nothing is written when any target exists (without --force): no half-done "all".
  if (!options.force) {
    for (const r of rendered) {
      if (r.target.file && (await exists(r.target.file))) throw new UsageError(msg(lang, 'render.error.exists', { file: shown(r.target.file, io) }));
    }
  }
  for (const r of rendered) {
    if (!r.target.file) {
      io.stdout.write(r.doc.content as string);
      continue;
    }
    try {
      await writeFileAtomic(r.target.file, r.doc.content, { force: options.force === true });
    } catch (err) {
      const message = writeErrorMessage(err, shown(r.target.file, io), lang);
      if (message) throw new UsageError(message);
      throw err;
    }
    io.stdout.write(`${msg(lang, 'render.written', { file: shown(r.target.file, io) })}\n`);
  }
  return EXIT.OK;
}
