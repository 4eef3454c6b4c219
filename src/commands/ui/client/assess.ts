/**
 * The assessment page: one partner's respondent answers the instrument's statements on its scale (or "don't
 * know / not applicable"); saving writes a new respondent file beside the plan, as `kemitraan assess new` would,
 * for `assess check` / `assess report`. The form comes from the same form model as the file and the paper form.
 */
import type { FormModel } from '../../../guide/instruments/index.js';
import { api } from './api.js';
import { h } from './dom.js';
import { formatDateInput, parseDate } from './format.js';

/** What /api/assess sends (commands/ui/assess.ts). */
interface AssessForm {
  form: FormModel;
  partners: { id: string; name: string }[];
}

type Msg = (id: string, params?: Record<string, string | number>) => string;

interface Answers {
  partner: string;
  name: string;
  position: string;
  date: string;
  answers: Record<string, number | 'na'>;
  comments: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const todayIso = () => { const d = new Date(); return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`; };

let state: Answers | undefined;
/** Said after a save, on the fresh form that follows it. */
let lastSaved = '';

export async function assessPage(m: Msg, lang: 'id' | 'en', announce: (s: string) => void, rerender: (focus?: string) => void): Promise<HTMLElement[]> {
  const { status, data } = await api<AssessForm>('/api/assess');
  if (status !== 200) return [h('p', { class: 'gate' }, m('ui.doc.invalid'))];
  if (data.partners.length === 0) return [h('p', { class: 'gate' }, m('ui.assess.noPartners'))];
  state ??= { partner: '', name: '', position: '', date: todayIso(), answers: {}, comments: '' };
  const s = state;
  const { form } = data;
  const result = h('div', { id: 'assess-result', role: 'status' }, lastSaved);
  lastSaved = '';
  const text = (id: string, label: string, key: 'name' | 'position') => {
    const input = h('input', { type: 'text', id, value: s[key], autocomplete: 'off' });
    input.addEventListener('input', () => { s[key] = input.value; });
    return h('div', { class: 'field' }, h('label', { for: id }, label), input);
  };
  const partner = h('select', { id: 'assess-partner', 'aria-required': 'true' }, h('option', { value: '' }, m('ui.field.choose')),
    data.partners.map((p) => h('option', { value: p.id, ...(p.id === s.partner ? { selected: true } : {}) }, p.name)));
  partner.addEventListener('change', () => { s.partner = partner.value; });
  const date = h('input', { type: 'text', id: 'assess-date', value: formatDateInput(s.date), 'aria-describedby': 'assess-date-help', inputmode: 'numeric' });
  date.addEventListener('input', () => { const r = parseDate(date.value); if (r?.ok) s.date = r.value; });
  const scale = [...form.scale.points.map((p) => ({ value: String(p.value), label: `${p.value} — ${p.label[lang]}` })), { value: form.scale.notApplicable.value, label: form.scale.notApplicable.label[lang] }];
  const dims = form.dimensions.map((d) => h('section', { class: 'dimension', 'aria-labelledby': `dim-${d.id}` },
    h('h2', { id: `dim-${d.id}` }, d.label[lang]), h('p', { class: 'help' }, d.description[lang]),
    d.items.map((item) => h('fieldset', { class: 'criterion', id: `q-${item.id}` },
      h('legend', {}, `${item.number}. ${item.text[lang]}`),
      h('div', { class: 'radios' }, scale.map((p, i) => {
        const rid = `q-${item.id}-${i}`;
        const current = s.answers[item.id];
        const r = h('input', { type: 'radio', name: `q-${item.id}`, id: rid, value: p.value, ...(current !== undefined && String(current) === p.value ? { checked: true } : {}) });
        r.addEventListener('change', () => { s.answers[item.id] = p.value === form.scale.notApplicable.value ? 'na' : Number(p.value); });
        return h('span', { class: 'radio' }, r, h('label', { for: rid }, p.label));
      }))))));
  const comments = h('textarea', { id: 'assess-comments', rows: 3, value: s.comments });
  comments.addEventListener('input', () => { s.comments = comments.value; });
  const save = h('button', { type: 'button', id: 'assess-save', class: 'primary-inline', onclick: async () => {
    const res = await api<{ ok: boolean; file?: string; problems?: string[] }>('/api/assess', { ...s });
    if (res.status === 200 && res.data.ok) {
      const msg = m('ui.assess.saved', { file: res.data.file ?? '' });
      state = undefined;
      lastSaved = msg;
      announce(msg);
      rerender('assess-partner');
    } else {
      result.replaceChildren(h('p', { class: 'finding error' }, `${m('ui.assess.failed')}: ${(res.data.problems ?? []).join('; ')}`));
    }
  } }, m('ui.assess.save'));
  return [
    h('p', { class: 'help' }, `${form.instrument.title[lang]}. ${form.instrument.description[lang]}`),
    h('div', { class: 'field' }, h('label', { for: 'assess-partner' }, m('ui.assess.partner'), h('span', { class: 'req' }, ` (${m('ui.field.required')})`)), partner),
    text('assess-name', m('ui.assess.name'), 'name'),
    text('assess-position', m('ui.assess.position'), 'position'),
    h('div', { class: 'field' }, h('label', { for: 'assess-date' }, m('ui.assess.date')), date, h('div', { class: 'help', id: 'assess-date-help' }, m('ui.help.date'))),
    ...dims,
    h('div', { class: 'field' }, h('label', { for: 'assess-comments' }, m('ui.assess.comments')), comments),
    save, result,
  ];
}
