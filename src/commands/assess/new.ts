/**
 * `kemitraan assess new PLAN --partner ID`: a respondent file (YAML) or a printable form (HTML, DOCX) for one
 * partner who joined. Without -o the file goes next to the plan, in assessments/<plan>/<partner>.yaml, and a
 * second respondent of the same partner gets <partner>-2.yaml: nothing is ever overwritten without --force.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { msg } from '../../guide/messages/index.js';
import type { Lang } from '../../guide/types.js';
import { DEFAULT_INSTRUMENT, assessmentForm } from '../../guide/instruments/index.js';
import { writeFileAtomic, exists, FileExistsError } from '../../io/write.js';
import { schemaReference } from '../../io/schema-ref.js';
import { EXIT, UsageError, today, type CliIO } from '../context.js';
import { respondentYaml } from '../../assess/form/yaml.js';
import { joinedPartners } from '../../assess/types.js';
import { readPlan } from './read.js';

export const FORM_FORMATS = ['yaml', 'html', 'docx'] as const;
export type FormFormat = (typeof FORM_FORMATS)[number];

export interface AssessNewOptions {
  partner: string;
  output?: string;
  format?: FormFormat;
  force?: boolean;
  lang: Lang;
}

export function shippedSchema(): string {
  return fileURLToPath(new URL('../../../schemas/assessment.schema.json', import.meta.url));
}

function formatOf(options: AssessNewOptions): FormFormat {
  if (options.format) return options.format;
  const ext = options.output?.toLowerCase().split('.').pop();
  return ext === 'html' || ext === 'htm' ? 'html' : ext === 'docx' ? 'docx' : 'yaml';
}

/** The first free name among <partner>.ext, <partner>-2.ext, ... */
export async function freeName(dir: string, partner: string, ext: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, `${partner}${n === 1 ? '' : `-${n}`}.${ext}`);
    if (!(await exists(candidate))) return candidate;
  }
}

export async function runAssessNew(planFile: string, options: AssessNewOptions, io: CliIO): Promise<number> {
  const { lang } = options;
  const date = today(io.env);
  const { facts } = await readPlan(planFile, io.cwd, lang, date);
  const partner = facts.partners.find((p) => p.id === options.partner);
  const joined = joinedPartners(facts);
  if (!partner) throw new UsageError(msg(lang, 'assess.error.unknownPartner', { partner: options.partner, known: joined.map((p) => p.id).join(', ') || '—' }));
  if (!joined.includes(partner)) throw new UsageError(msg(lang, 'assess.error.notJoined', { partner: partner.id, status: partner.status, joined: joined.map((p) => p.id).join(', ') || '—' }));

  const format = formatOf(options);
  const ext = format === 'yaml' ? 'yaml' : format;
  const planPath = path.resolve(io.cwd, planFile);
  const target = options.output === '-' ? '-'
    : options.output ? path.resolve(io.cwd, options.output)
      : await freeName(path.join(path.dirname(planPath), 'assessments', facts.fileId ?? 'plan'), partner.id, ext);

  const form = assessmentForm(DEFAULT_INSTRUMENT);
  const facts2 = { planTitle: facts.title, partner: partner.id, partnerName: partner.name, date, lang };
  let content: string | Uint8Array;
  if (format === 'yaml') {
    const schema = target === '-' ? schemaReference(path.join(io.cwd, 'x.yaml'), shippedSchema()) : schemaReference(target, shippedSchema());
    content = respondentYaml(form, { ...facts2, schema });
  } else if (format === 'html') {
    content = (await import('../../render/assessment-form.js')).paperFormHtml(form, facts2);
  } else {
    content = (await import('../../render/assessment-form.js')).paperFormDocx(form, facts2);
  }

  if (target === '-') {
    if (typeof content !== 'string') throw new UsageError(msg(lang, 'assess.error.binaryStdout'));
    io.stdout.write(content);
    return EXIT.OK;
  }
  try {
    await writeFileAtomic(target, content, { force: options.force === true });
  } catch (err) {
    if (err instanceof FileExistsError) throw new UsageError(msg(lang, 'report.error.exists', { file: path.relative(io.cwd, target) || target }));
    throw new UsageError(msg(lang, 'report.error.write', { file: target, detail: (err as NodeJS.ErrnoException).code ?? String(err) }));
  }
  const relative = path.relative(io.cwd, target);
  const shown = relative && !relative.startsWith('..') ? relative : target;
  io.stdout.write(`${msg(lang, 'assess.written', { file: shown, partner: partner.name })}\n`);
  if (format === 'yaml') {
    const dir = path.relative(path.dirname(planPath), path.dirname(target)).split(path.sep).join('/') || '.';
    io.stdout.write(`${msg(lang, 'assess.hint.monitoring', { dir: `${dir}/` })}\n`);
  }
  return EXIT.OK;
}
