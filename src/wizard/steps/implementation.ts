/**
 * Step 7: carrying out the cooperation. While planning there is little to record yet; once work has started the
 * wizard records what happened: activities done (against the work plan), coordination meetings held, the
 * contributions partners delivered (against what they committed), products.
 */
import { ACTIVITY_STATUSES, IMPLEMENTATION_PRINCIPLES } from '../../guide/implementation.js';
import type { ActivityLog, Delivery, Meeting, Product } from '../../plan/types.js';
import { compact } from '../build.js';
import { child, type Session } from '../session.js';
import { catalogChoices, notAfter, rootScope, stepIntro, type StepResult, type WizardState } from './common.js';

export async function implementationStep(s: Session, state: WizardState): Promise<StepResult> {
  stepIntro(s, 'implementation', [
    ...IMPLEMENTATION_PRINCIPLES.map((p) => `• ${p.label[s.lang]}${p.description ? `: ${p.description[s.lang]}` : ''}`),
    s.m('wizard.implementation.tip'),
  ]);
  const sc = child(rootScope(s, state), 'implementation');
  const activities = state.plan.workplan?.activities ?? [];
  const partners = (state.plan.partners ?? []).map((p) => ({ value: p.id, name: `${p.name} (${p.id})` }));
  const past = notAfter(s.today);

  // Once the partnership's start date has passed, recording what was done is offered first.
  const started = typeof state.plan.dates?.start === 'string' && state.plan.dates.start <= s.today;
  const log = activities.length === 0 ? [] : await s.list<ActivityLog>(sc, 'log', { add: 'wizard.implementation.addLog', label: (l) => `${String(l.activity)} ${String(l.date)}`, addFirst: started }, async (ls) => {
    const activity = await s.choice(ls, 'activity', { message: 'wizard.q.logActivity', choices: activities.map((a) => ({ value: a.id, name: a.what ?? a.id })), required: true });
    const date = await s.text(ls, 'date', { message: 'wizard.q.logDate', kind: 'date', required: true, default: s.today, check: past });
    const status = await s.choice(ls, 'status', { message: 'wizard.q.logStatus', choices: catalogChoices(ACTIVITY_STATUSES, s), required: true, default: 'done' });
    const participants = await s.text(ls, 'participants', { message: 'wizard.q.participants', kind: 'integer' });
    const notes = await s.text(ls, 'notes', { message: 'wizard.q.logDone' });
    return compact({ ...ls.current, activity, date, status, participants, notes }) as ActivityLog | undefined;
  });
  const meetings = await s.list<Meeting>(sc, 'meetings', { add: 'wizard.implementation.addMeeting', label: (m) => `${String(m.date)} ${String(m.topic ?? '')}`, addFirst: false }, async (ms) => {
    const date = await s.text(ms, 'date', { message: 'wizard.q.meetingDate', kind: 'date', required: true, default: s.today, check: past });
    const topic = await s.text(ms, 'topic', { message: 'wizard.q.meetingTopic' });
    const attendees = partners.length ? await s.multi(ms, 'attendees', { message: 'wizard.q.attendees', choices: partners }) : [];
    return compact({ ...ms.current, date, topic, attendees }) as Meeting | undefined;
  });
  // Deliveries are chosen from the committed contributions, so each names a contribution that exists.
  const committed = (state.plan.goals?.partnerRoles ?? []).flatMap((e) => (e.contributions ?? []).map((c) => ({ partner: e.partner, c })));
  const partnerName = (id: string) => state.plan.partners?.find((p) => p.id === id)?.name ?? id;
  const deliveries = committed.length === 0 ? [] : await s.list<Delivery>(sc, 'deliveries', { add: 'wizard.implementation.addDelivery', label: (d) => `${String(d.partner)} ${String(d.contribution ?? '')} ${String(d.date)}`, addFirst: false }, async (ds) => {
    const contribution = await s.choice(ds, 'contribution', {
      message: 'wizard.q.deliveryContribution', required: true,
      choices: committed.map((x) => ({ value: x.c.id, name: `${partnerName(x.partner)}: ${x.c.description}` })),
    });
    const source = committed.find((x) => x.c.id === contribution);
    const date = await s.text(ds, 'date', { message: 'wizard.q.deliveryDate', kind: 'date', required: true, default: s.today, check: past });
    const amountIdr = source?.c.amountIdr !== undefined ? await s.text(ds, 'amountIdr', { message: 'wizard.q.deliveryAmount', kind: 'rupiah' }) : undefined;
    const quantity = source?.c.quantity !== undefined ? await s.text(ds, 'quantity', { message: 'wizard.q.deliveryQuantity', kind: 'number' }) : undefined;
    const notes = await s.text(ds, 'notes', { message: 'wizard.q.notes' });
    return compact({ ...ds.current, partner: source?.partner, contribution, date, amountIdr, quantity, notes }) as Delivery | undefined;
  });
  const products = await s.list<Product>(sc, 'products', { add: 'wizard.implementation.addProduct', label: (p) => String(p.name), addFirst: false }, async (ps) => {
    const name = await s.text(ps, 'name', { message: 'wizard.q.productName', required: true });
    const date = await s.text(ps, 'date', { message: 'wizard.q.productDate', kind: 'date', check: past });
    const kind = await s.text(ps, 'kind', { message: 'wizard.q.productKind' });
    const by = partners.length ? await s.multi(ps, 'partners', { message: 'wizard.q.productPartners', choices: partners }) : [];
    return compact({ ...ps.current, name, date, kind, partners: by }) as Product | undefined;
  });
  const notes = await s.text(sc, 'notes', { message: 'wizard.q.notes' });
  return { implementation: compact({ ...state.plan.implementation, log, meetings, deliveries, products, notes }) ?? {} };
}
