/**
 * A respondent file: YAML with the schema modeline, each statement as a comment above its (empty) answer, so a
 * partner can answer in any text editor. Pure: the form model and the header facts in, text out.
 */
import type { Lang } from '../../guide/types.js';
import { msg } from '../../guide/messages/index.js';
import type { FormModel } from '../../guide/instruments/index.js';

export interface RespondentFileFacts {
  /** `$schema` reference for the modeline. */
  schema: string;
  planTitle: string;
  partner: string;
  partnerName: string;
  /** YYYY-MM-DD, the date prefilled (the respondent changes it to the day they answer). */
  date: string;
  lang: Lang;
}

/** A YAML scalar: plain when that reads back as the same string, else double-quoted (JSON is valid YAML). */
function scalar(s: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .,()/&'-]*$/u.test(s) && !/^(ya|yes|no|true|false|null|on|off|~)$/i.test(s) && !/^[\d.,\s-]+$/.test(s) && !s.endsWith(' ') ? s : JSON.stringify(s);
}

/** Wraps a comment at word boundaries so that no line is much longer than `width`. */
export function wrapComment(text: string, prefix: string, width = 110): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && prefix.length + line.length + 1 + word.length > width) {
      lines.push(prefix + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(prefix + line);
  return lines;
}

export function respondentYaml(form: FormModel, facts: RespondentFileFacts): string {
  const { lang } = facts;
  const scale = [...form.scale.points.map((p) => `${p.value} = ${p.label[lang]}`), `${form.scale.notApplicable.value} = ${form.scale.notApplicable.label[lang]}`].join(', ');
  const out = [
    `# yaml-language-server: $schema=${facts.schema}`,
    `# ${form.instrument.title[lang]} (${form.instrument.id}, ${msg(lang, 'assess.form.version', { version: form.instrument.version })})`,
    ...wrapComment(form.instrument.description[lang], '# '),
    ...wrapComment(msg(lang, 'assess.form.howTo', { scale }), '# '),
    '',
    `instrument: { id: ${form.instrument.id}, version: ${form.instrument.version} }`,
    `plan: ${scalar(facts.planTitle)}`,
    'respondent:',
    `  partner: ${scalar(facts.partner)}   # ${facts.partnerName.replace(/\s+/g, ' ')}`,
    `  name:        # ${msg(lang, 'assess.form.name')}`,
    `  position:    # ${msg(lang, 'assess.form.position')}`,
    `date: ${facts.date}   # ${msg(lang, 'assess.form.date')}`,
    '',
    'answers:',
  ];
  for (const d of form.dimensions) {
    out.push(`  # === ${d.label[lang]} ===`);
    for (const item of d.items) {
      out.push(...wrapComment(`${item.number}. ${item.text[lang]}`, '  # '));
      out.push(`  ${item.id}:`);
    }
    out.push('');
  }
  out.push(`# ${msg(lang, 'assess.form.comments')}`, 'comments:', '');
  return out.join('\n');
}
