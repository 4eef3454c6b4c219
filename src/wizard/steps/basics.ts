/** Before step 1: what the schema requires of every plan (program, region, initiator, title) and its dates. */
import { PROGRAMS } from '../../guide/programs.js';
import { SCHEMA_VERSION, type Initiator } from '../../plan/types.js';
import { compact } from '../build.js';
import { child, type Session } from '../session.js';
import { findProvince, findRegency, nearestPlace, provinces, regencies, type Place } from '../../guide/regions.js';
import { catalogChoices, notBefore, rootScope, type StepResult, type WizardState } from './common.js';

export async function basicsStep(s: Session, state: WizardState): Promise<StepResult> {
  const root = rootScope(s, state);
  s.say('');
  s.say(s.m('wizard.basics.heading'));
  s.say(s.m('wizard.basics.intro'));
  s.say('');
  const program = await s.choice(root, 'program', {
    message: 'wizard.q.program', choices: catalogChoices(PROGRAMS, s), required: true, default: 'stunting',
  });
  const programName = program === 'lainnya'
    ? await s.text(root, 'programName', { message: 'wizard.q.programName', required: true })
    : undefined;

  const region = child(root, 'region');
  const typedProvince = await s.text(region, 'province', { message: 'wizard.q.province', required: true, placeholder: 'wizard.placeholder.province' });
  const province = await officialPlace(s, 'basics.region.province.official', typedProvince, () => provinces(), (name) => findProvince(name));
  const typedRegency = await s.text(region, 'regency', { message: 'wizard.q.regency', required: true, placeholder: 'wizard.placeholder.regency' });
  const regency = await officialPlace(s, 'basics.region.regency.official', typedRegency, () => regencies(province.place?.code), (name) => findRegency(name, province.place?.code));
  const codes = [province.place?.code, regency.place?.code].filter((c) => c !== undefined);
  if (codes.length > 0) s.say(s.m('region.wizard.codes', { codes: codes.join(', ') }));
  const district = await s.text(region, 'district', { message: 'wizard.q.district' });
  const village = await s.text(region, 'village', { message: 'wizard.q.village' });

  const regionText = regency.name === undefined || regency.name === s.m('wizard.placeholder.regency') ? '' : String(regency.name);
  const initiator = child(root, 'initiator');
  const initiatorName = await s.text(initiator, 'name', {
    message: 'wizard.q.initiatorName', required: true,
    ...(regionText ? { default: s.m('wizard.default.initiator', { regency: regionText }) } : {}),
    placeholder: 'wizard.placeholder.initiator',
  });
  const unit = await s.text(initiator, 'unit', { message: 'wizard.q.initiatorUnit' });
  const contact = child(initiator, 'contact');
  const contactName = await s.text(contact, 'name', { message: 'wizard.q.contactName' });
  const contactPosition = await s.text(contact, 'position', { message: 'wizard.q.contactPosition' });
  const phone = await s.text(contact, 'phone', { message: 'wizard.q.phone', kind: 'phone' });
  const email = await s.text(contact, 'email', { message: 'wizard.q.email', kind: 'email' });

  const programLabel = programName ?? PROGRAMS.find((p) => p.id === program)?.label[s.lang] ?? '';
  const title = await s.text(root, 'title', {
    message: 'wizard.q.title', required: true, placeholder: 'wizard.placeholder.title',
    default: s.m('wizard.default.title', { program: String(programLabel), region: regionText, year: s.today.slice(0, 4) }).replace(/\s+/g, ' ').trim(),
  });

  const dates = child(root, 'dates');
  const start = await s.text(dates, 'start', { message: 'wizard.q.start', kind: 'date' });
  const end = await s.text(dates, 'end', { message: 'wizard.q.end', kind: 'date', check: notBefore(start) });

  const currentInitiator: Partial<Initiator> = state.plan.initiator ?? {};
  return {
    schemaVersion: SCHEMA_VERSION,
    title,
    program,
    programName,
    region: compact({
      ...state.plan.region, province: province.name, provinceCode: province.place?.code ?? state.plan.region?.provinceCode,
      regency: regency.name, regencyCode: regency.place?.code ?? state.plan.region?.regencyCode, district, village,
    }),
    initiator: compact({
      ...currentInitiator, name: initiatorName, unit,
      contact: { ...currentInitiator.contact, name: contactName, position: contactPosition, phone, email },
    }),
    dates: compact({ ...state.plan.dates, created: state.plan.dates?.created ?? s.today, start, end }),
    language: state.plan.language ?? s.lang,
  };
}

/**
 * A province or kabupaten/kota name held against the Kemendagri list: a name on it gives its code and its official
 * spelling (said back when it differs from what was typed); at a terminal,
 * a name not on it is answered with the list to choose from (the nearest name first) or keeping it as typed.
 * Without a terminal the name stays as given (check then says what is wrong).
 */
async function officialPlace(
  s: Session, id: string, typed: string | number | undefined, candidates: () => readonly Place[], find: (name: string) => Place | undefined,
): Promise<{ name: string | number | undefined; place?: Place }> {
  if (typeof typed !== 'string') return { name: typed };
  const found = find(typed);
  // "kab. garut", "jawa barat", "DIY": the place is known, so its official name goes into the plan (and into the
  // initiator and title offered from it, and the documents), said back so the change is seen.
  if (found) {
    if (found.name !== typed.trim()) s.note(s.m('region.wizard.official', { typed: typed.trim(), name: found.name }));
    return { name: found.name, place: found };
  }
  if (!s.interactive) return { name: typed };
  const all = candidates();
  const nearest = nearestPlace(typed, all);
  const keep = '\u0000keep';
  const ordered = nearest ? [nearest, ...all.filter((p) => p.code !== nearest.code)] : all;
  const picked = await s.select<string>(id, 'region.wizard.notOnList', { name: typed }, [
    ...ordered.map((p) => ({ value: p.code, name: `${p.name} (${p.code})` })),
    { value: keep, name: s.m('region.wizard.keep', { name: typed }) },
  ], nearest?.code ?? keep);
  const place = all.find((p) => p.code === picked);
  return place ? { name: place.name, place } : { name: typed };
}
