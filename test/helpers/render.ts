/**
 * Helpers for the render tests: the built-in templates read the way the command reads them, plans loaded
 * through the real loader, and a hostile plan built from the example.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, EXAMPLES } from './cli.js';
import type { Plan } from '../../src/plan/types.js';
import { loadPlanText } from '../../src/plan/load.js';
import type { TemplateSource } from '../../src/render/engine.js';
import { templateKind, templateName } from '../../src/render/templates.js';

export const TEMPLATES_DIR = path.join(ROOT, 'templates');
export const GOLDEN_DIR = path.join(ROOT, 'test', 'golden');

export function builtInTemplates(): TemplateSource[] {
  const files = [
    ...readdirSync(TEMPLATES_DIR).map((f) => path.join(TEMPLATES_DIR, f)),
    ...readdirSync(path.join(TEMPLATES_DIR, 'partials')).map((f) => path.join(TEMPLATES_DIR, 'partials', f)),
  ].filter((f) => templateName(path.basename(f)));
  return files.map((file) => {
    const name = templateName(path.basename(file))!;
    return { name, kind: templateKind(name), file: path.relative(ROOT, file), text: readFileSync(file, 'utf8') };
  });
}

/** Every plan file in examples/ (more arrive from other branches; the tests take whatever is there). */
export function exampleFiles(): string[] {
  return readdirSync(EXAMPLES).filter((f) => /\.ya?ml$/.test(f)).sort();
}

const examplePlans = new Map<string, Plan>();
/**
 * The example read once per test file, by the tool's own reader (the reader's tests hold it to `yaml`'s data);
 * each call gets its own copy (tests change the plans they get).
 */
export function loadExample(file: string): Plan {
  let plan = examplePlans.get(file);
  if (!plan) examplePlans.set(file, (plan = loadPlanText(file, readFileSync(path.join(EXAMPLES, file), 'utf8')).data as Plan));
  return structuredClone(plan);
}

export const HOSTILE_HTML = '<script>alert("x")</script><img src=x onerror=alert(1)>';
export const HOSTILE_HB = '{{constructor}} {{{__proto__}}} {{#each this}}{{/each}} {{> signatures}}';
export const HOSTILE_MD = '# heading\n\n| a | b |\n|---|---|\n- item [link](javascript:alert(1)) **bold** ]]> &amp;';

/** The Sumedang plan with HTML, Handlebars and Markdown syntax and very long text in many of its fields. */
export function hostilePlan(): Plan {
  const plan = loadExample('stunting-sumedang.yaml');
  const long = 'panjang '.repeat(6000) + 'X'.repeat(20000);
  plan.title = `${HOSTILE_HTML} ${HOSTILE_HB}`;
  plan.agreement!.subject = `${HOSTILE_HB} ${HOSTILE_HTML}`;
  plan.agreement!.purpose = HOSTILE_MD;
  plan.agreement!.financing = long;
  plan.agreement!.legalBasis = [HOSTILE_MD, HOSTILE_HTML, HOSTILE_HB];
  plan.agreement!.parties![0]!.signatory!.name = `${HOSTILE_HTML}\u0000\u0007`;
  plan.partners![1]!.name = `${HOSTILE_HB} | pipe | ${HOSTILE_HTML}`;
  plan.partners![0]!.address = long;
  const a = plan.workplan!.activities![0]!;
  a.what = HOSTILE_MD;
  a.how = `${HOSTILE_HB} ${long}`;
  a.where = HOSTILE_HTML;
  a.budget!.source = `${HOSTILE_HTML} | x`;
  return plan;
}
