/**
 * Form fields built from the plan's schema (labels and choices already in the page's language): text, long text,
 * choices, Indonesian numbers, Rupiah and dates, checklists of the guide's criteria with notes, sectors with their
 * potentials, roles with those the partner's potentials suggest, references to partners, activities and goals,
 * and lists of records (add, edit, remove, move). Every control has a label, and is described by its own
 * message area (`aria-describedby`) where `check`'s findings appear.
 */
import type { UiField } from '../meta.js';
import { h, idOf } from './dom.js';
import { formatDateInput, formatDateLong, formatNumber, parseDate, parseNumber, parseRupiah, slug, type Parsed } from './format.js';
import { getAt, join, split, type Json, type Rec, type Store } from './store.js';

export interface FieldContext {
  store: Store;
  m(id: string, params?: Record<string, string | number>): string;
  /** A value changed (the page re-checks, keeps the draft). */
  changed(): void;
  /** A change that alters the page's shape: render again, then focus `focusId`. */
  restructure(focusId?: string): void;
  set(pointer: string, value: Json | undefined): void;
  /** Pointers of list items shown open. */
  open: Set<string>;
}

const LONG_TEXT = new Set(['problem', 'target', 'rationale', 'notes', 'benefit', 'mechanism', 'how', 'why', 'what', 'purpose', 'financing', 'disputeSettlement', 'general', 'text', 'description', 'note', 'subject']);
const PARTNER_REF = new Set(['partner', 'responsible', 'fundedBy']);
const PARTNER_LIST = new Set(['who', 'attendees', 'partners']);

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The message area of a field: findings and input problems appear here. */
function messages(id: string): HTMLElement {
  return h('div', { class: 'msgs', id: `${id}-msg` });
}

function label(id: string, text: string, required: boolean, ctx: FieldContext): HTMLLabelElement {
  return h('label', { for: id }, text, required ? h('span', { class: 'req' }, ` (${ctx.m('ui.field.required')})`) : null);
}

function describedBy(id: string, help?: string): string {
  return help ? `${id}-help ${id}-msg` : `${id}-msg`;
}

function partners(ctx: FieldContext): { id: string; label: string }[] {
  const list = (ctx.store.plan.partners as Rec[] | undefined) ?? [];
  return list.filter((p) => isRec(p) && typeof p.id === 'string' && p.id !== '').map((p) => ({ id: p.id as string, label: `${String(p.name ?? p.id)}` }));
}

function activities(ctx: FieldContext): { id: string; label: string }[] {
  const list = ((ctx.store.plan.workplan as Rec | undefined)?.activities as Rec[] | undefined) ?? [];
  return list.filter((a) => isRec(a) && typeof a.id === 'string').map((a) => ({ id: a.id as string, label: `${String(a.what ?? a.id)}` }));
}

function specificGoals(ctx: FieldContext): { id: string; label: string }[] {
  const list = ((ctx.store.plan.goals as Rec | undefined)?.specific as Rec[] | undefined) ?? [];
  return list.filter((g) => isRec(g) && typeof g.id === 'string').map((g) => ({ id: g.id as string, label: `${g.id}: ${String(g.text ?? '')}` }));
}

function contributionsOf(ctx: FieldContext, partner: unknown): { id: string; label: string }[] {
  const rows = ((ctx.store.plan.goals as Rec | undefined)?.partnerRoles as Rec[] | undefined) ?? [];
  return rows.filter((r) => isRec(r) && r.partner === partner).flatMap((r) => ((r.contributions as Rec[] | undefined) ?? []).map((c) => ({ id: String(c.id), label: `${c.id}: ${String(c.description ?? '')}` })));
}

/** A text input holding a parsed value (number, Rupiah, date): shown the Indonesian way, refused when it cannot be read. */
function parsedInput(pointer: string, field: UiField, required: boolean, ctx: FieldContext, kind: 'number' | 'rupiah' | 'date'): HTMLElement {
  const id = idOf(pointer);
  const value = getAt(ctx.store.plan, pointer);
  const shown = value === undefined || value === null ? '' : kind === 'date' ? formatDateInput(String(value)) : kind === 'rupiah' ? formatNumber(Number(value)) : formatNumber(Number(value));
  const help = ctx.m(kind === 'date' ? 'ui.help.date' : kind === 'rupiah' ? 'ui.help.rupiah' : 'ui.help.number');
  const echo = h('span', { class: 'echo' }, kind === 'date' && typeof value === 'string' ? formatDateLong(value, ctx.store.meta.lang) : '');
  const local = h('div', { class: 'local', id: `${id}-local` });
  const input = h('input', {
    id, type: 'text', value: shown, inputmode: kind === 'date' ? 'numeric' : 'decimal', autocomplete: 'off',
    'aria-describedby': `${id}-help ${id}-local ${id}-msg`, ...(required ? { 'aria-required': 'true' } : {}),
  });
  const parse = (s: string): Parsed<number | string> | undefined => (kind === 'date' ? parseDate(s) : kind === 'rupiah' ? parseRupiah(s) : parseNumber(s));
  input.addEventListener('input', () => {
    const r = parse(input.value);
    local.textContent = '';
    input.removeAttribute('aria-invalid');
    if (r === undefined) {
      ctx.set(pointer, undefined);
      echo.textContent = '';
    } else if (r.ok) {
      ctx.set(pointer, r.value);
      echo.textContent = kind === 'date' ? formatDateLong(String(r.value), ctx.store.meta.lang) : kind === 'rupiah' ? `Rp ${formatNumber(Number(r.value))}` : '';
    } else {
      input.setAttribute('aria-invalid', 'true');
      local.textContent = ctx.m(`ui.parse.${r.reason}`);
      echo.textContent = '';
      return;
    }
    ctx.changed();
  });
  const prefix = kind === 'rupiah' ? h('span', { class: 'prefix', 'aria-hidden': 'true' }, 'Rp') : null;
  return h('div', { class: `field ${kind}` }, label(id, field.label, required, ctx), h('div', { class: 'inline' }, prefix, input, echo),
    h('div', { class: 'help', id: `${id}-help` }, help), local, messages(id));
}

function textInput(pointer: string, field: UiField, required: boolean, ctx: FieldContext, key: string): HTMLElement {
  const id = idOf(pointer);
  const value = getAt(ctx.store.plan, pointer);
  const attrs = { id, 'aria-describedby': describedBy(id), ...(required ? { 'aria-required': 'true' } : {}), value: typeof value === 'string' || typeof value === 'number' ? String(value) : '' };
  const input = LONG_TEXT.has(key) ? h('textarea', { ...attrs, rows: 3 }) : h('input', { ...attrs, type: field.format === 'email' ? 'email' : 'text', autocomplete: 'off' });
  input.addEventListener('input', () => {
    const v = input.value;
    ctx.set(pointer, v.trim() === '' ? undefined : v);
    if (key === 'name') autoId(pointer, v, ctx);
    if (key === 'id') ownId(pointer, ctx);
    ctx.changed();
  });
  return h('div', { class: 'field' }, label(id, field.label, required, ctx), input, messages(id));
}

/** Partners whose id was filled from their name (until the person types an id of their own). */
const autoIds = new WeakSet<object>();

/** A new partner's id follows its name, shown in its own field, until the person types an id. */
function autoId(namePointer: string, name: string, ctx: FieldContext): void {
  const parts = split(namePointer);
  if (parts[0] !== 'partners' || parts.length !== 3) return;
  const item = getAt(ctx.store.plan, join(parts.slice(0, 2)));
  if (!isRec(item) || ((item.id ?? '') !== '' && !autoIds.has(item))) return;
  const id = slug(name);
  const idPointer = join([...parts.slice(0, 2), 'id']);
  ctx.set(idPointer, id || undefined);
  autoIds.add(item);
  const el = document.getElementById(idOf(idPointer)) as HTMLInputElement | null;
  if (el) el.value = id;
}

function ownId(idPointer: string, ctx: FieldContext): void {
  const item = getAt(ctx.store.plan, join(split(idPointer).slice(0, -1)));
  if (isRec(item)) autoIds.delete(item);
}

function select(pointer: string, fieldLabel: string, options: { id: string; label: string }[], required: boolean, ctx: FieldContext, onPick?: () => void): HTMLElement {
  const id = idOf(pointer);
  const value = getAt(ctx.store.plan, pointer);
  const sel = h('select', { id, 'aria-describedby': describedBy(id), ...(required ? { 'aria-required': 'true' } : {}) },
    h('option', { value: '' }, ctx.m('ui.field.choose')),
    options.map((o) => h('option', { value: o.id, ...(o.id === value ? { selected: true } : {}) }, o.label)));
  if (typeof value === 'string' && value !== '' && !options.some((o) => o.id === value)) {
    // A value the choices do not hold (a partner id not in the list): shown as it is, never dropped silently.
    sel.append(h('option', { value, selected: true }, `${value} (${ctx.m('ui.field.unknown')})`));
  }
  sel.addEventListener('change', () => {
    ctx.set(pointer, sel.value === '' ? undefined : sel.value);
    ctx.changed();
    onPick?.();
  });
  return h('div', { class: 'field' }, label(id, fieldLabel, required, ctx), sel, messages(id));
}

function checkboxes(pointer: string, legend: string, options: { id: string; label: string; hint?: string; suggested?: boolean }[], ctx: FieldContext, help?: string): HTMLElement {
  const id = idOf(pointer);
  const value = getAt(ctx.store.plan, pointer);
  const chosen = new Set(Array.isArray(value) ? value.map(String) : []);
  const boxes = options.map((o, i) => {
    const boxId = `${id}-${i}`;
    const box = h('input', { type: 'checkbox', id: boxId, value: o.id, ...(chosen.has(o.id) ? { checked: true } : {}) });
    box.addEventListener('change', () => {
      const current = getAt(ctx.store.plan, pointer);
      const list = Array.isArray(current) ? current.map(String) : [];
      const next = box.checked ? [...list, o.id] : list.filter((x) => x !== o.id);
      // Keep the order of the choices, as the wizard writes them.
      ctx.set(pointer, options.map((x) => x.id).filter((x) => next.includes(x)).concat(next.filter((x) => !options.some((y) => y.id === x))));
      ctx.changed();
    });
    return h('div', { class: 'check' }, box, h('label', { for: boxId }, o.label, o.suggested ? h('span', { class: 'suggested' }, ` — ${ctx.m('ui.roles.suggested')}`) : null));
  });
  const unknown = [...chosen].filter((c) => !options.some((o) => o.id === c));
  return h('fieldset', { class: 'field group', id, 'aria-describedby': describedBy(id, help) },
    h('legend', {}, legend),
    help ? h('p', { class: 'help', id: `${id}-help` }, help) : null,
    options.length === 0 ? h('p', { class: 'help' }, ctx.m('ui.field.noChoices')) : boxes,
    unknown.length ? h('p', { class: 'help' }, `${ctx.m('ui.field.unknown')}: ${unknown.join(', ')}`) : null,
    messages(id));
}

/** One line per item (legal bases, objectives, obligations ...). */
function lines(pointer: string, field: UiField, ctx: FieldContext): HTMLElement {
  const id = idOf(pointer);
  const value = getAt(ctx.store.plan, pointer);
  const area = h('textarea', { id, rows: 4, 'aria-describedby': `${id}-help ${id}-msg`, value: Array.isArray(value) ? value.join('\n') : '' });
  area.addEventListener('input', () => {
    const items = area.value.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    ctx.set(pointer, items.length ? items : undefined);
    ctx.changed();
  });
  return h('div', { class: 'field' }, label(id, field.label, false, ctx), area, h('div', { class: 'help', id: `${id}-help` }, ctx.m('ui.help.lines')), messages(id));
}

/** The guide's criteria: for each, met / partial / unmet / not assessed, and a note. */
function criteria(pointer: string, field: UiField, ctx: FieldContext): HTMLElement {
  const id = idOf(pointer);
  const statuses = ['met', 'partial', 'unmet'];
  const statusLabels = field.properties ? Object.values(field.properties)[0]?.enumLabels ?? statuses : statuses;
  const rows = Object.entries(field.properties ?? {}).map(([cid, c], n) => {
    const cp = join([...split(pointer), cid]);
    const rowId = idOf(cp);
    const v = getAt(ctx.store.plan, cp);
    const status = typeof v === 'string' ? v : isRec(v) ? String(v.status ?? '') : '';
    const note = isRec(v) && typeof v.note === 'string' ? v.note : '';
    const write = (s: string, nt: string) => {
      ctx.set(cp, s === '' ? (nt ? undefined : undefined) : nt ? { status: s, note: nt } : s);
      ctx.changed();
    };
    const noteInput = h('input', { type: 'text', id: `${rowId}-note`, value: note, 'aria-describedby': `${rowId}-msg`, autocomplete: 'off' });
    const radios = ['', ...statuses].map((s, i) => {
      const rid = `${rowId}-s${i}`;
      const r = h('input', { type: 'radio', name: rowId, id: rid, value: s, ...(s === status ? { checked: true } : {}) });
      r.addEventListener('change', () => write(r.value, noteInput.value.trim()));
      return h('span', { class: 'radio' }, r, h('label', { for: rid }, s === '' ? ctx.m('ui.criteria.none') : statusLabels[i - 1] ?? s));
    });
    noteInput.addEventListener('input', () => {
      const current = (document.querySelector(`input[name="${rowId}"]:checked`) as HTMLInputElement | null)?.value ?? '';
      if (current === '') return;
      write(current, noteInput.value.trim());
    });
    return h('fieldset', { class: 'criterion', id: rowId, 'aria-describedby': `${rowId}-msg` },
      h('legend', {}, `${n + 1}. ${c.label}`),
      h('div', { class: 'radios' }, radios),
      h('div', { class: 'note' }, h('label', { for: `${rowId}-note` }, ctx.m('ui.criteria.note')), noteInput),
      messages(rowId));
  });
  return h('fieldset', { class: 'field criteria', id, 'aria-describedby': `${id}-help ${id}-msg` },
    h('legend', {}, field.label), h('p', { class: 'help', id: `${id}-help` }, ctx.m('ui.criteria.help')), rows, messages(id));
}

function itemTitle(item: Json | undefined, n: number, ctx: FieldContext): string {
  if (isRec(item)) {
    const partnerName = typeof item.partner === 'string' ? partners(ctx).find((p) => p.id === item.partner)?.label ?? item.partner : undefined;
    const t = item.name ?? item.text ?? item.what ?? partnerName ?? item.description ?? item.topic ?? item.activity ?? item.date ?? item.id;
    if (typeof t === 'string' && t.trim() !== '') return `${n}. ${t.length > 70 ? `${t.slice(0, 70)}…` : t}`;
  }
  return `${n}. ${ctx.m('ui.list.untitled')}`;
}

/** A new record for a list: what its required fields need to be chosen, nothing guessed. */
function newItem(field: UiField, key: string, ctx: FieldContext, list: Json[]): Rec {
  const item: Rec = {};
  if (key === 'partners') item.status = 'candidate';
  const props = field.properties ?? {};
  if (props.id && key !== 'partners') {
    const prefix = { activities: 'k', specific: 't', indicators: 'i', contributions: 'c' }[key] ?? key.slice(0, 1);
    let n = list.length + 1;
    const taken = new Set(list.map((x) => (isRec(x) ? x.id : undefined)));
    while (taken.has(`${prefix}${n}`)) n++;
    item.id = `${prefix}${n}`;
  }
  void ctx;
  return item;
}

function list(pointer: string, field: UiField, key: string, ctx: FieldContext): HTMLElement {
  const id = idOf(pointer);
  const value = getAt(ctx.store.plan, pointer);
  const items = Array.isArray(value) ? value : [];
  const itemField = field.items!;
  const move = (from: number, to: number) => {
    const next = [...items];
    const [x] = next.splice(from, 1);
    next.splice(to, 0, x!);
    ctx.set(pointer, next);
    ctx.changed();
    ctx.restructure(`${idOf(join([...split(pointer), to]))}-${to > from ? 'down' : 'up'}`);
  };
  const rows = items.map((item, i) => {
    const ip = join([...split(pointer), i]);
    const iid = idOf(ip);
    const title = itemTitle(item, i + 1, ctx);
    const details = h('details', { class: 'item', id: iid, ...(ctx.open.has(ip) ? { open: true } : {}) },
      h('summary', {}, title),
      h('div', { class: 'item-body' },
        fieldsOf(ip, itemField, ctx),
        h('div', { class: 'item-tools', role: 'group', 'aria-label': title },
          h('button', { type: 'button', id: `${iid}-up`, ...(i === 0 ? { disabled: true } : {}), onclick: () => move(i, i - 1) }, ctx.m('ui.list.up')),
          h('button', { type: 'button', id: `${iid}-down`, ...(i === items.length - 1 ? { disabled: true } : {}), onclick: () => move(i, i + 1) }, ctx.m('ui.list.down')),
          h('button', { type: 'button', class: 'danger', id: `${iid}-remove`, onclick: () => {
            const next = items.filter((_, j) => j !== i);
            ctx.set(pointer, next.length ? next : undefined);
            ctx.changed();
            ctx.restructure(`${id}-add`);
          } }, ctx.m('ui.list.remove')))),
      messages(iid));
    details.addEventListener('toggle', () => {
      if (details.open) ctx.open.add(ip);
      else ctx.open.delete(ip);
    });
    return details;
  });
  const add = h('button', { type: 'button', id: `${id}-add`, class: 'add', onclick: () => {
    const next = [...items, newItem(itemField, key, ctx, items)];
    ctx.set(pointer, next);
    const ip = join([...split(pointer), next.length - 1]);
    ctx.open.add(ip);
    ctx.changed();
    ctx.restructure(firstControlId(ip, itemField));
  } }, `${ctx.m('ui.list.add')}: ${itemField.label}`);
  return h('section', { class: 'field list', id, 'aria-labelledby': `${id}-h` },
    h('h3', { id: `${id}-h` }, field.label), items.length === 0 ? h('p', { class: 'help' }, ctx.m('ui.list.empty')) : null, rows, add, messages(id));
}

function firstControlId(pointer: string, field: UiField): string {
  const first = Object.keys(field.properties ?? {}).find((k) => k !== 'id') ?? 'id';
  return idOf(join([...split(pointer), first]));
}

/** The roles of one partner, those its potentials suggest marked (and named in the help). */
function roleChoices(pointer: string, field: UiField, ctx: FieldContext): HTMLElement {
  const parent = getAt(ctx.store.plan, join(split(pointer).slice(0, -1)));
  const partnerId = isRec(parent) ? parent.partner : undefined;
  const partner = ((ctx.store.plan.partners as Rec[] | undefined) ?? []).find((p) => isRec(p) && p.id === partnerId);
  const potentials = new Set(Array.isArray(partner?.potentials) ? partner.potentials.map(String) : []);
  const options = ctx.store.meta.roles.map((r) => ({ id: r.id, label: `${r.label}: ${r.description}`, suggested: r.suggestedBy.some((p) => potentials.has(p)) }));
  const help = partnerId ? ctx.m('ui.roles.help') : undefined;
  return checkboxes(pointer, field.label, options, ctx, help);
}

function potentialChoices(pointer: string, field: UiField, ctx: FieldContext): HTMLElement {
  const parent = getAt(ctx.store.plan, join(split(pointer).slice(0, -1)));
  const sector = isRec(parent) ? parent.sector : undefined;
  const s = ctx.store.meta.sectors.find((x) => x.id === sector);
  return checkboxes(pointer, field.label, s ? s.potentials : [], ctx, s ? ctx.m('ui.potentials.help', { sector: s.label }) : ctx.m('ui.potentials.noSector'));
}

/** One field of a record, by its schema and its key. */
export function fieldFor(pointer: string, field: UiField, key: string, required: boolean, ctx: FieldContext): HTMLElement | null {
  const parts = split(pointer);
  if (key === 'schemaVersion') return null;
  if (field.criteria) return criteria(pointer, field, ctx);
  if (field.type === 'array' && field.items) {
    const it = field.items;
    if (key === 'potentials') return potentialChoices(pointer, field, ctx);
    if (key === 'roles' && parts.includes('partnerRoles')) return roleChoices(pointer, field, ctx);
    if (it.enum) return checkboxes(pointer, field.label, it.enum.map((e, i) => ({ id: e, label: it.enumLabels?.[i] ?? e })), ctx);
    if (it.type === 'object') return list(pointer, field, key, ctx);
    if (PARTNER_LIST.has(key)) return checkboxes(pointer, field.label, partners(ctx), ctx);
    if (key === 'goals' && parts.includes('activities')) return checkboxes(pointer, field.label, specificGoals(ctx), ctx);
    return lines(pointer, field, ctx);
  }
  if (field.type === 'object' || field.properties) {
    const id = idOf(pointer);
    return h('fieldset', { class: 'field group', id, 'aria-describedby': `${id}-msg` }, h('legend', {}, field.label), fieldsOf(pointer, field, ctx), messages(id));
  }
  if (field.enum) {
    const onPick = key === 'sector' || key === 'program' || key === 'partner' ? () => ctx.restructure(idOf(pointer)) : undefined;
    return select(pointer, field.label, field.enum.map((e, i) => ({ id: e, label: field.enumLabels?.[i] ?? e })), required, ctx, onPick);
  }
  if (PARTNER_REF.has(key) || (key === 'partner' && parts[0] === 'initiator')) {
    return select(pointer, field.label, partners(ctx), required, ctx, key === 'partner' ? () => ctx.restructure(idOf(pointer)) : undefined);
  }
  if (key === 'activity') return select(pointer, field.label, activities(ctx), required, ctx);
  if (key === 'contribution') {
    const parent = getAt(ctx.store.plan, join(parts.slice(0, -1)));
    return select(pointer, field.label, contributionsOf(ctx, isRec(parent) ? parent.partner : undefined), required, ctx);
  }
  if (field.format === 'date') return parsedInput(pointer, field, required, ctx, 'date');
  if (key === 'amountIdr') return parsedInput(pointer, field, required, ctx, 'rupiah');
  if (field.type === 'number' || field.type === 'integer') return parsedInput(pointer, field, required, ctx, 'number');
  return textInput(pointer, field, required, ctx, key);
}

export function fieldsOf(pointer: string, field: UiField, ctx: FieldContext): HTMLElement[] {
  const required = new Set(field.required ?? []);
  const out: HTMLElement[] = [];
  const plan = getAt(ctx.store.plan, pointer);
  for (const [key, f] of Object.entries(field.properties ?? {})) {
    // The program's own name only when the program is "other".
    if (key === 'programName' && !(isRec(plan) && plan.program === 'lainnya') && !(isRec(plan) && plan.programName)) continue;
    const el = fieldFor(join([...split(pointer), key]), f, key, required.has(key), ctx);
    if (el) out.push(el);
  }
  return out;
}
