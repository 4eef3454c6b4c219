/**
 * The page: the basics and the guide's 8 steps as pages (each opening with the guide's explanation), the documents
 * and the report; `check`'s findings beside their fields, each step's readiness in the navigation and on its page;
 * saving through the server (which keeps the file's comments), unsaved edits kept in the browser's storage, and a
 * watch on the file so that a change made elsewhere is never overwritten unseen.
 */
import type { UiMeta } from '../meta.js';
import { api, url, LANG } from './api.js';
import { h, idOf } from './dom.js';
import { fieldFor, fieldsOf, type FieldContext } from './fields.js';
import { assessPage } from './assess.js';
import { clearDraft, loadDraft, saveDraft, setAt, split, type CheckResult, type Finding, type Rec, type Store } from './store.js';

interface PlanState {
  file: string;
  fileId: string;
  exists: boolean;
  hash: string;
  plan?: Rec;
  problems: Finding[];
}

type SaveResult = { ok: true; hash: string } | { ok: false; conflict: true; hash: string } | { ok: false; conflict: false; error: string };

const BASICS = ['title', 'program', 'programName', 'region', 'initiator', 'dates', 'language'];
const PAGES = ['basics', 'idea', 'partners', 'goals', 'readiness', 'agreement', 'workplan', 'implementation', 'monitoring', 'documents', 'report', 'assess'] as const;
type PageId = (typeof PAGES)[number];

let store: Store;
let fatal: Finding[] = [];
const open = new Set<string>();
let checkTimer: number | undefined;
let checkSeq = 0;
/** What the page knows about the file on disk: a change noticed, and whether the person decided already. */
let diskChanged: { hash: string; decided: boolean } | undefined;

const m = (id: string, params: Record<string, string | number> = {}): string =>
  (store?.meta.messages[id] ?? id).replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));

function currentPage(): PageId {
  const p = location.hash.replace(/^#/, '') as PageId;
  return PAGES.includes(p) ? p : 'basics';
}

function announce(text: string): void {
  const live = document.getElementById('live');
  if (live) {
    live.textContent = '';
    window.setTimeout(() => { live.textContent = text; }, 50);
  }
}

const ctx: FieldContext = {
  get store() { return store; },
  m,
  changed() {
    store.dirty = true;
    saveDraft(store);
    updateStatus();
    scheduleCheck();
  },
  restructure(focusId) {
    renderPage(focusId);
  },
  set(pointer, value) {
    setAt(store.plan, pointer, value);
  },
  open,
};

function scheduleCheck(delay = 400): void {
  window.clearTimeout(checkTimer);
  checkTimer = window.setTimeout(() => void runCheck(), delay);
}

async function runCheck(): Promise<void> {
  const seq = ++checkSeq;
  const { data } = await api<CheckResult>('/api/check', { plan: store.plan });
  if (seq !== checkSeq) return;
  const wasValid = Boolean(store.check.summary);
  store.check = data;
  // The documents exist only for a plan that matches the schema: show them (or say why not) as soon as that changes.
  const page = currentPage();
  if ((page === 'documents' || page === 'report') && wasValid !== Boolean(data.summary)) renderPage();
  showFindings();
  renderNav();
}

function stepOfPointer(pointer: string): PageId {
  const first = split(pointer)[0] ?? '';
  return (PAGES as readonly string[]).includes(first) ? (first as PageId) : 'basics';
}

const SEVERITY_CLASS = { error: 'error', warning: 'warning', info: 'info' } as const;

function findingLine(f: Finding): HTMLElement {
  return h('p', { class: `finding ${SEVERITY_CLASS[f.severity]}` },
    h('strong', {}, `${m(`ui.severity.${f.severity}`)}: `), f.message, f.hint ? h('span', { class: 'hint' }, ` ${f.hint}`) : null,
    h('span', { class: 'rule' }, ` (${f.ruleId}, ${m('ui.finding.line', { line: f.line })})`));
}

/** Puts each finding of this page beside the nearest field it concerns; the rest go to the page's own list. */
function showFindings(): void {
  for (const el of Array.from(document.querySelectorAll('.msgs'))) el.textContent = '';
  for (const el of Array.from(document.querySelectorAll('[aria-invalid="true"]'))) if (!(el as HTMLElement).closest('.field')?.querySelector('.local:not(:empty)')) el.removeAttribute('aria-invalid');
  const page = currentPage();
  const rest = document.getElementById('page-findings');
  if (rest) rest.textContent = '';
  const findings = [...fatal, ...store.check.findings];
  for (const f of findings) {
    if (stepOfPointer(f.pointer) !== page && !(page === 'basics' && f.pointer === '')) continue;
    let parts = split(f.pointer);
    let target: HTMLElement | null = null;
    while (parts.length > 0 && !(target = document.getElementById(`${idOf(`/${parts.join('/')}`)}-msg`))) parts = parts.slice(0, -1);
    if (!target && f.ruleId.startsWith('schema/') && f.pointer.split('/').length <= 2) target = null;
    (target ?? rest)?.append(findingLine(f));
    if (target && f.severity === 'error') {
      const control = document.getElementById(idOf(`/${parts.join('/')}`));
      if (control && /^(INPUT|SELECT|TEXTAREA)$/.test(control.tagName)) control.setAttribute('aria-invalid', 'true');
      // A finding about a list item: open the item so that it is seen.
      const item = target.closest('details');
      if (item && !item.open) item.open = true;
    }
  }
  const summary = document.getElementById('step-summary');
  if (summary) summary.replaceChildren(...stepSummary(page));
}

function statusText(step: string): string {
  const s = store.check.summary?.find((x) => x.step === step);
  if (!s) return store.check.findings.some((f) => f.severity === 'error') ? m('ui.status.unknown') : '';
  const counts = [s.counts.error ? m('ui.count.errors', { n: s.counts.error }) : '', s.counts.warning ? m('ui.count.warnings', { n: s.counts.warning }) : ''].filter(Boolean).join(', ');
  return `${m(`ui.status.${s.status}`)}${counts ? ` — ${counts}` : ''}`;
}

function stepSummary(page: PageId): HTMLElement[] {
  const s = store.check.summary?.find((x) => x.step === page);
  const out: HTMLElement[] = [];
  if (page === 'basics' || page === 'documents' || page === 'report' || page === 'assess') {
    const errors = store.check.findings.filter((f) => f.severity === 'error').length;
    if (page === 'basics' && !store.check.summary) out.push(h('p', { class: 'gate' }, m('ui.basics.invalid', { n: errors })));
    return out;
  }
  if (s) {
    out.push(h('p', {}, h('strong', {}, `${m('ui.summary.status')}: `), statusText(page)));
    if (s.criteria) out.push(h('p', {}, m('ui.summary.criteria', { met: s.criteria.met, total: s.criteria.total })));
  }
  const pending = store.check.gates?.[page] ?? [];
  if (pending.length > 0) out.push(h('p', { class: 'gate' }, m('ui.gate.pending', { steps: pending.join(', ') })));
  else if (store.check.gates) out.push(h('p', { class: 'gate ok' }, m('ui.gate.ready')));
  return out;
}

function renderNav(): void {
  const nav = document.getElementById('steps');
  if (!nav) return;
  const page = currentPage();
  const items = PAGES.map((p) => {
    const step = store.meta.steps.find((s) => s.id === p);
    const text = step ? `${step.number}. ${step.label}` : m(`ui.page.${p}`);
    const status = step ? statusText(p) : '';
    const s = store.check.summary?.find((x) => x.step === p);
    return h('li', {}, h('a', { href: `#${p}`, ...(p === page ? { 'aria-current': 'page' } : {}), class: s ? `st-${s.status}` : '' },
      h('span', { class: 'name' }, text), status ? h('span', { class: 'status' }, status) : null));
  });
  nav.replaceChildren(...items);
}

function updateStatus(): void {
  const el = document.getElementById('save-status');
  if (el) el.textContent = store.dirty ? m('ui.save.dirty') : m('ui.save.clean');
  const discard = document.getElementById('discard') as HTMLButtonElement | null;
  if (discard) discard.hidden = !store.dirty;
}

function banner(kind: 'conflict' | 'restored' | 'saved-error' | 'changed', text: string, actions: HTMLElement[] = []): void {
  const area = document.getElementById('banners')!;
  area.querySelector(`[data-kind="${kind}"]`)?.remove();
  const box = h('div', { class: `banner ${kind}`, 'data-kind': kind, role: kind === 'restored' ? 'status' : 'alert' }, h('p', {}, text), h('div', { class: 'actions' }, actions));
  area.append(box);
}

function clearBanner(kind: string): void {
  document.querySelector(`#banners [data-kind="${kind}"]`)?.remove();
}

async function reloadFromDisk(): Promise<void> {
  const { data } = await api<PlanState>('/api/plan');
  clearDraft(store.fileId);
  applyState(data);
  store.dirty = false;
  store.force = false;
  diskChanged = undefined;
  clearBanner('conflict');
  clearBanner('changed');
  clearBanner('restored');
  renderPage();
  updateStatus();
  announce(m('ui.reloaded'));
  scheduleCheck(0);
}

function keepEdits(): void {
  store.force = true;
  if (diskChanged) diskChanged.decided = true;
  clearBanner('conflict');
  announce(m('ui.conflict.kept'));
}

function showConflict(): void {
  banner('conflict', m('ui.conflict.text', { file: store.file }), [
    h('button', { type: 'button', id: 'conflict-reload', onclick: () => void reloadFromDisk() }, m('ui.conflict.reload')),
    h('button', { type: 'button', id: 'conflict-keep', onclick: keepEdits }, m('ui.conflict.keep')),
  ]);
}

async function save(): Promise<void> {
  const { status, data } = await api<SaveResult>('/api/save', { plan: store.plan, base: store.baseHash, force: store.force });
  if (status === 200 && data.ok) {
    store.baseHash = data.hash;
    store.dirty = false;
    store.force = false;
    diskChanged = undefined;
    clearDraft(store.fileId);
    clearBanner('conflict');
    clearBanner('changed');
    clearBanner('restored');
    updateStatus();
    announce(m('ui.save.done', { file: store.file }));
    return;
  }
  if (!data.ok && data.conflict) {
    diskChanged = { hash: data.hash, decided: false };
    showConflict();
    return;
  }
  banner('saved-error', m('ui.save.failed', { detail: data.ok ? String(status) : data.conflict ? '' : data.error }));
}

async function watchDisk(): Promise<void> {
  const { status, data } = await api<{ exists: boolean; hash: string }>('/api/disk');
  if (status !== 200 || data.hash === store.baseHash || (diskChanged && diskChanged.hash === data.hash)) return;
  diskChanged = { hash: data.hash, decided: false };
  if (store.dirty) showConflict();
  else {
    banner('changed', m('ui.changed.text', { file: store.file }), [
      h('button', { type: 'button', id: 'changed-reload', onclick: () => void reloadFromDisk() }, m('ui.conflict.reload')),
    ]);
  }
}

function applyState(state: PlanState): void {
  store.file = state.file;
  store.fileId = state.fileId;
  store.baseHash = state.hash;
  store.plan = state.plan ?? { schemaVersion: 1 };
  fatal = state.problems;
}

function pageFields(page: PageId): HTMLElement[] {
  const schema = store.meta.schema;
  const props = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  if (page === 'basics') return BASICS.flatMap((k) => {
    if (k === 'programName' && store.plan.program !== 'lainnya' && !store.plan.programName) return [];
    const el = props[k] ? fieldFor(`/${k}`, props[k]!, k, required.has(k), ctx) : null;
    return el ? [el] : [];
  });
  const section = props[page];
  if (!section) return [];
  // A step's section: its own fields (a list of partners is the page itself).
  if (section.type === 'array') return [fieldFor(`/${page}`, section, page, false, ctx)!];
  return fieldsOf(`/${page}`, section, ctx);
}

function documentPage(page: 'documents' | 'report'): HTMLElement[] {
  const valid = Boolean(store.check.summary);
  if (!valid) return [h('p', { class: 'gate' }, m('ui.doc.invalid'))];
  const docs = page === 'report' ? ['report'] : store.meta.documents;
  const chosen = (document.getElementById('doc-choice') as HTMLSelectElement | null)?.value ?? docs[0]!;
  const frame = (name: string) => h('iframe', { class: 'preview', title: m('ui.doc.previewOf', { name: m(`ui.doc.${name}`) }), src: url(`/doc/${name}.html`, { v: String(Date.now()) }), sandbox: '' });
  const links = (name: string) => h('p', { class: 'downloads' },
    name !== 'report' ? h('a', { href: url(`/download/${name}.docx`), download: '' }, m('ui.doc.downloadDocx', { name: m(`ui.doc.${name}`) })) : null,
    ' ',
    h('a', { href: url(`/download/${name}.html`), download: '' }, m('ui.doc.downloadHtml', { name: m(`ui.doc.${name}`) })),
    ' ',
    h('button', { type: 'button', id: 'doc-refresh', onclick: () => renderPage('doc-refresh') }, m('ui.doc.refresh')));
  if (page === 'report') return [h('p', { class: 'help' }, m('ui.report.help')), links('report'), frame('report')];
  const choice = h('select', { id: 'doc-choice', onchange: () => renderPage('doc-choice') }, docs.map((d) => h('option', { value: d, ...(d === chosen ? { selected: true } : {}) }, m(`ui.doc.${d}`))));
  return [
    h('p', { class: 'help' }, m('ui.doc.help')),
    h('div', { class: 'field' }, h('label', { for: 'doc-choice' }, m('ui.doc.choose')), choice),
    links(chosen), frame(chosen),
  ];
}

function renderPage(focusId?: string): void {
  const page = currentPage();
  const main = document.getElementById('main')!;
  const step = store.meta.steps.find((s) => s.id === page);
  const title = step ? m('ui.step.title', { number: step.number, label: step.label }) : m(`ui.page.${page}`);
  document.title = `${title} — ${store.file} — kemitraan`;
  const intro = step
    ? [h('p', { class: 'explain' }, step.description), h('p', { class: 'source' }, `${m('ui.source')}: ${store.meta.source}`)]
    : [h('p', { class: 'explain' }, m(`ui.page.${page}.intro`))];
  const body = page === 'documents' || page === 'report' ? documentPage(page) : page === 'assess' ? [h('div', { id: 'assess-body' })] : pageFields(page);
  main.replaceChildren(
    h('h1', { id: 'page-title', tabindex: '-1' }, title),
    ...intro,
    h('div', { id: 'step-summary', class: 'summary' }),
    ...body,
    h('section', { 'aria-labelledby': 'page-findings-h', class: 'page-findings' }, h('h2', { id: 'page-findings-h' }, m('ui.findings.other')), h('div', { id: 'page-findings' })),
  );
  renderNav();
  showFindings();
  if (page === 'assess') {
    void assessPage(m, store.meta.lang, announce, renderPage).then((els) => {
      document.getElementById('assess-body')?.replaceChildren(...els);
      if (focusId) document.getElementById(focusId)?.focus();
    });
    return;
  }
  if (focusId) document.getElementById(focusId)?.focus();
}

function shell(): HTMLElement {
  const other = LANG === 'id' ? 'en' : 'id';
  return h('div', { class: 'app' },
    h('a', { href: '#main', class: 'skip', id: 'skip', onclick: (e: Event) => { e.preventDefault(); document.getElementById('page-title')?.focus(); } }, m('ui.skip')),
    h('header', { class: 'top' },
      h('p', { class: 'brand' }, h('strong', {}, 'kemitraan'), ` — ${store.file}`),
      h('p', { id: 'save-status', class: 'save-status', role: 'status' }),
      h('div', { class: 'top-actions' },
        h('button', { type: 'button', id: 'save', class: 'primary', onclick: () => void save() }, m('ui.save')),
        h('button', { type: 'button', id: 'discard', hidden: true, onclick: () => void reloadFromDisk() }, m('ui.discard')),
        h('a', { href: url('/', { lang: other }) + location.hash, lang: other, hreflang: other }, m('ui.otherLanguage')))),
    h('div', { id: 'banners', class: 'banners' }),
    h('div', { class: 'columns' },
      h('nav', { 'aria-label': m('ui.nav') }, h('ol', { id: 'steps' })),
      h('main', { id: 'main', tabindex: '-1' })),
    h('div', { id: 'live', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' }));
}

async function start(): Promise<void> {
  const [{ data: meta }, { data: state }] = await Promise.all([api<UiMeta>('/api/meta'), api<PlanState>('/api/plan')]);
  store = { meta, file: state.file, fileId: state.fileId, plan: {}, baseHash: state.hash, dirty: false, force: false, check: { findings: [] } };
  applyState(state);
  document.documentElement.lang = meta.lang;
  document.body.replaceChildren(shell());
  const draft = loadDraft(store.fileId);
  if (draft && state.plan !== undefined) {
    store.plan = draft.plan;
    store.dirty = true;
    if (draft.baseHash === state.hash) {
      banner('restored', m('ui.draft.restored'), [h('button', { type: 'button', id: 'draft-discard', onclick: () => void reloadFromDisk() }, m('ui.discard'))]);
    } else {
      diskChanged = { hash: state.hash, decided: false };
      store.baseHash = draft.baseHash;
      showConflict();
    }
  }
  if (state.problems.length > 0) banner('saved-error', m('ui.file.unreadable', { file: store.file }));
  updateStatus();
  renderPage();
  await runCheck();
  window.addEventListener('hashchange', () => {
    renderPage('page-title');
  });
  document.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      void save();
    }
  });
  window.setInterval(() => void watchDisk(), 2000);
  window.addEventListener('focus', () => void watchDisk());
}

void start();
