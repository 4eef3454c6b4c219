/**
 * Builds the plan's JSON Schema (draft 2020-12) from the catalog, so enumerations always use the catalog's ids.
 * `npm run build` writes it to schemas/plan.schema.json; a test keeps the committed file equal to this.
 * Titles and descriptions carry both languages so yaml-language-server offers hover and completion; their words
 * are in the catalog (src/guide/messages/schema-fields.ts).
 */
import { ASSESSMENTS, IDEA_CRITERIA, PARTNER_CRITERIA, READINESS_CRITERIA } from '../guide/criteria.js';
import { SECTORS, POTENTIALS } from '../guide/sectors.js';
import { ROLES } from '../guide/roles.js';
import { PROGRAMS, PARTNER_STATUSES, CONTRIBUTION_TYPES, IDENTIFICATION_METHODS, ORGANISATION_TYPES } from '../guide/programs.js';
import { AGREEMENT_FORMS } from '../guide/agreement.js';
import { ACTIVITY_KINDS } from '../guide/workplan.js';
import { IMPLEMENTATION_ACTIVITIES, ACTIVITY_STATUSES } from '../guide/implementation.js';
import { MONITORING_QUESTIONS, INDICATOR_CLASSES, REPORT_INDICATORS, REVIEW_FREQUENCIES } from '../guide/monitoring.js';
import { STEPS } from '../guide/steps.js';
import type { CatalogItem, Text } from '../guide/types.js';
import { fill } from '../guide/messages/format.js';
import { schemaFieldTexts } from '../guide/messages/schema-fields.js';
import { PHONE_PATTERN } from './phone.js';

export const PLAN_SCHEMA_ID = 'https://kemitraan.github.io/schemas/plan-1.schema.json';

type Schema = Record<string, unknown>;

const doc = (t: Text): Schema => ({ title: `${t.id} / ${t.en}`, description: `${t.id}\n\n${t.en}` });
/** A choice's words beside its id, in both languages. */
const both = (t: Text): string => `${t.id} / ${t.en}`;

const str = (t: Text, extra: Schema = {}): Schema => ({ type: 'string', minLength: 1, ...doc(t), ...extra });
const text = (t: Text): Schema => ({ type: 'string', ...doc(t) });
const date = (t: Text): Schema => ({ type: 'string', format: 'date', ...doc(t) });
// At most 2^53 - 1: above it a number is no longer read exactly (9007199254740993 would silently become ...992), and
// 1e21 printed as "Rp 1e+21". Nine quadrillion Rupiah is far above any partnership's budget.
const rupiah = (t: Text): Schema => ({ type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER, ...doc(t) });
const count = (t: Text): Schema => ({ type: 'number', minimum: 0, ...doc(t) });
const list = (items: Schema, t: Text, extra: Schema = {}): Schema => ({ type: 'array', items, ...doc(t), ...extra });
const obj = (properties: Record<string, Schema>, required: string[], t: Text): Schema => ({
  type: 'object', ...doc(t), properties, ...(required.length ? { required } : {}), additionalProperties: false,
});

/** An enumeration of catalog ids, with each id's labels for editors that show them. */
const oneOfCatalog = (items: readonly CatalogItem[], t: Text): Schema => ({
  type: 'string',
  enum: items.map((i) => i.id),
  ...doc(t),
  enumDescriptions: items.map((i) => both(i.label)),
});

const ref = (name: string): Schema => ({ $ref: `#/$defs/${name}` });
const idPattern = '^[a-z0-9][a-z0-9_-]*$';
/** A Kemendagri code: text ("32.11"); a YAML number (32.11 unquoted) is let through so that check can say to quote
 * it, rather than the schema's bare "wrong type". */
const regionCode = (t: Text): Schema => ({ anyOf: [{ type: 'string' }, { type: 'number' }], ...doc(t) });
const refId = (t: Text): Schema => str(t, { pattern: idPattern });

function criteriaMap(items: readonly CatalogItem[], t: Text): Schema {
  return {
    type: 'object',
    ...doc(t),
    properties: Object.fromEntries(items.map((c) => [c.id, { ...ref('assessment'), ...doc(c.label) }])),
    additionalProperties: false,
  };
}

export function buildPlanSchema(): Schema {
  const F = schemaFieldTexts();
  const contact = obj({
    name: str(F.name),
    position: str(F.position),
    phone: str(F.phone, { pattern: PHONE_PATTERN }),
    email: str(F.email, { format: 'email' }),
  }, [], F.contact);

  const assessmentStatus = {
    type: 'string', enum: [...ASSESSMENTS],
    ...doc(F.assessmentStatus),
    enumDescriptions: [F.assessmentMet, F.assessmentPartial, F.assessmentUnmet].map(both),
  };

  const partner = obj({
    id: refId(F.partnerShortId),
    name: str(F.partnerOrganisationName),
    sector: oneOfCatalog(SECTORS, F.partnerSector),
    organisationType: oneOfCatalog(ORGANISATION_TYPES, F.organisationType),
    organisationTypeOther: str(F.organisationTypeOther),
    address: str(F.address),
    contact,
    potentials: list(oneOfCatalog(POTENTIALS, F.partnerPotential), F.partnerPotentials, { uniqueItems: true }),
    criteria: criteriaMap(PARTNER_CRITERIA, F.partnerCriteria),
    status: oneOfCatalog(PARTNER_STATUSES, F.partnerStatus),
    statusDates: obj(Object.fromEntries(PARTNER_STATUSES.map((s) => [s.id, date({ id: fill(F.statusDate.id, { status: s.label.id }), en: fill(F.statusDate.en, { status: s.label.en }) })])), [], F.statusDates),
    identifiedBy: list(oneOfCatalog(IDENTIFICATION_METHODS, F.identificationMethod), F.identifiedBy, { uniqueItems: true }),
    notes: text(F.notes),
  }, ['id', 'name', 'sector', 'status'], F.prospectivePartner);

  const contribution = obj({
    id: refId(F.contributionId),
    type: oneOfCatalog(CONTRIBUTION_TYPES, F.contributionType),
    description: str(F.contributionDescription),
    amountIdr: rupiah(F.contributionValue),
    quantity: count(F.quantity),
    unit: str(F.unit),
    channel: {
      type: 'string', enum: ['apbd', 'hibah', 'langsung'],
      ...doc(F.moneyChannel),
      enumDescriptions: [F.channelApbd, F.channelHibah, F.channelLangsung].map(both),
    },
  }, ['id', 'type', 'description'], F.committedContribution);

  const signatory = obj({
    name: str(F.signatoryName),
    position: str(F.position),
    idNumber: str(F.signatoryIdNumber),
    authority: obj({
      kind: { type: 'string', enum: ['sk', 'surat-kuasa'], ...doc(F.authorityKind) },
      issuedBy: str(F.issuedBy),
      number: str(F.number),
      date: date(F.date),
    }, ['kind', 'number', 'date'], F.signatoryAuthority),
    actsFor: str(F.actsFor),
  }, ['name', 'position'], F.signatory);

  const party = obj({
    partner: refId(F.partnerId),
    documentNumber: str(F.partyDocumentNumber),
    signatory,
    obligations: list(str(F.obligation), F.additionalObligations),
    rights: list(str(F.right), F.rights),
  }, ['partner'], F.party);

  const activity = obj({
    id: refId(F.activityId),
    kind: oneOfCatalog(ACTIVITY_KINDS, F.activityKind),
    category: oneOfCatalog(IMPLEMENTATION_ACTIVITIES, F.activityCategory),
    what: str(F.what),
    why: str(F.why),
    who: list(refId(F.partnerId), F.who, { uniqueItems: true }),
    responsible: refId(F.responsible),
    where: str(F.where),
    when: obj({
      start: date(F.start),
      end: date(F.end),
      schedule: str(F.schedule),
    }, [], F.whenTime),
    how: str(F.how),
    targetGroup: str(F.targetGroup),
    budget: obj({
      amountIdr: rupiah(F.budgetRupiah),
      items: list(obj({
        description: str(F.costItem),
        volume: count(F.volume),
        unit: str(F.costUnit),
        unitPriceIdr: rupiah(F.unitPriceRupiah),
      }, ['description', 'volume', 'unit', 'unitPriceIdr'], F.costLine), F.costItems),
      source: str(F.fundingSource),
      fundedBy: refId(F.fundingPartner),
    }, ['amountIdr'], F.budget),
    goals: list(refId(F.specificGoalId), F.activityGoals),
    output: obj({
      indicator: str(F.outputIndicator),
      target: count(F.target),
      unit: str(F.unit),
    }, ['indicator'], F.activityOutput),
  }, ['id'], F.activity);

  const indicator = obj({
    id: refId(F.indicatorId),
    class: oneOfCatalog(INDICATOR_CLASSES, F.indicatorClass),
    name: str(F.indicatorName),
    unit: str(F.unit),
    ref: oneOfCatalog(REPORT_INDICATORS, F.reportIndicatorMeasured),
    direction: { type: 'string', enum: ['increase', 'decrease'], ...doc(F.directionImprovement) },
    baseline: { type: 'number', ...doc(F.baseline) },
    baselineDate: date(F.baselineDate),
    target: { type: 'number', ...doc(F.target) },
    targetDate: date(F.targetDate),
    actual: { type: 'number', ...doc(F.actual) },
    actualDate: date(F.actualDate),
    measurements: list(obj({ date: date(F.date), value: { type: 'number', ...doc(F.value) } }, ['date', 'value'], F.measurement), F.measurements),
    source: str(F.indicatorDataSource),
    notes: text(F.indicatorNotes),
  }, ['id', 'class', 'name'], F.indicator);

  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: PLAN_SCHEMA_ID,
    ...doc(F.plan),
    type: 'object',
    $defs: {
      assessment: {
        ...doc(F.criterionAssessment),
        // if/then/else rather than oneOf: ajv then reports only the errors of the branch the value was meant for.
        if: { type: 'string' },
        then: assessmentStatus,
        else: obj({ status: assessmentStatus, note: text(F.note) }, ['status'], F.assessmentNote),
      },
    },
    properties: {
      schemaVersion: { const: 1, ...doc(F.schemaVersion) },
      title: str(F.partnershipTitle),
      program: oneOfCatalog(PROGRAMS, F.healthProgram),
      programName: str(F.programName),
      region: obj({
        province: str(F.province),
        provinceCode: regionCode(F.provinceCode),
        regency: str(F.regencyCity),
        regencyCode: regionCode(F.regencyCode),
        district: str(F.subDistrict),
        districtCode: regionCode(F.districtCode),
        village: str(F.village),
      }, ['province', 'regency'], F.region),
      initiator: obj({
        name: str(F.initiatorName),
        unit: str(F.workUnit),
        address: str(F.address),
        contact,
        partner: refId(F.initiatorPartnerId),
      }, ['name'], F.partnershipInitiator),
      dates: obj({
        created: date(F.created),
        updated: date(F.updated),
        start: date(F.partnershipStart),
        end: date(F.partnershipEnd),
      }, [], F.dates),
      language: { type: 'string', enum: ['id', 'en'], ...doc(F.planLanguage) },
      idea: obj({
        problem: str(F.healthProblem),
        target: str(F.ideaTarget),
        targetGroup: str(F.targetGroup),
        rationale: str(F.rationale),
        criteria: criteriaMap(IDEA_CRITERIA, F.ideaCriteria),
        notes: text(F.notes),
      }, [], STEPS[0]!.label),
      partners: list(partner, STEPS[1]!.label),
      goals: obj({
        general: str(F.generalGoal),
        specific: list(obj({
          id: refId(F.specificGoalId),
          text: str(F.specificGoal),
          roles: list(oneOfCatalog(ROLES, F.role), F.rolesNeeded, { uniqueItems: true }),
        }, ['id', 'text'], F.specificGoal), F.specificGoals),
        requiredRoles: list(oneOfCatalog(ROLES, F.role), F.requiredRoles, { uniqueItems: true }),
        partnerRoles: list(obj({
          partner: refId(F.partnerId),
          roles: list(oneOfCatalog(ROLES, F.role), F.partnerRoles, { uniqueItems: true }),
          contributions: list(contribution, F.contributions),
          benefit: str(F.benefit),
        }, ['partner', 'roles'], F.partnerRolesEntry), F.partnerRolesList),
      }, [], STEPS[2]!.label),
      readiness: obj({
        criteria: criteriaMap(READINESS_CRITERIA, F.readinessCriteria),
        team: list(obj({ name: str(F.name), position: str(F.position), task: str(F.task) }, ['name'], F.teamMember), F.internalTeam),
        notes: text(F.notes),
      }, [], STEPS[3]!.label),
      agreement: obj({
        form: oneOfCatalog(AGREEMENT_FORMS, F.agreementForm),
        subject: str(F.agreementSubject),
        partyNaming: {
          type: 'string', enum: ['pertama', 'kesatu'],
          ...doc(F.partyNaming),
        },
        recitals: list(str(F.recital), F.recitals),
        personalData: { type: 'boolean', ...doc(F.personalData) },
        initials: { type: 'boolean', ...doc(F.initials) },
        decree: obj({
          number: str(F.decreeNumber),
          signatory: obj({ name: str(F.decreeSignatoryName) }, ['name'], F.decreeSignatory),
          tasks: list(str(F.decreeDuty), F.decreeDuties),
        }, [], F.decree),
        parties: list(party, F.parties),
        pks: obj({
          subject: str(F.pksSubject),
          parties: list(party, F.pksParties),
          place: str(F.pksPlaceSigned),
          signedDate: date(F.pksDateSigned),
          period: obj({ start: date(F.validFrom), end: date(F.validUntil) }, [], F.pksTerm),
          court: str(F.court),
        }, [], F.pks),
        place: str(F.placeSigned),
        signedDate: date(F.dateSigned),
        period: obj({ start: date(F.validFrom), end: date(F.validUntil) }, [], F.period),
        legalBasis: list(str(F.legalBasis), F.legalBasis),
        purpose: str(F.purpose),
        objectives: list(str(F.objective), F.objectives),
        scope: list(str(F.scopeItem), F.scope),
        financing: str(F.financing),
        disputeSettlement: str(F.disputeSettlement),
        notes: text(F.notes),
      }, [], STEPS[4]!.label),
      workplan: obj({
        mechanism: str(F.mechanism),
        plannedMeetingsPerMonth: count(F.plannedMeetingsPerMonth),
        activities: list(activity, F.activities),
      }, [], STEPS[5]!.label),
      implementation: obj({
        log: list(obj({
          activity: refId(F.activityId),
          date: date(F.date),
          status: oneOfCatalog(ACTIVITY_STATUSES, F.status),
          participants: { type: 'integer', minimum: 0, ...doc(F.participants) },
          notes: text(F.notes),
        }, ['activity', 'date', 'status'], F.logEntry), F.activityLog),
        meetings: list(obj({
          date: date(F.date),
          topic: str(F.topic),
          attendees: list(refId(F.partnerId), F.attendees, { uniqueItems: true }),
          notes: text(F.notes),
        }, ['date'], F.meeting), F.meetingsHeld),
        deliveries: list(obj({
          partner: refId(F.partnerId),
          contribution: refId(F.contributionId),
          date: date(F.date),
          amountIdr: rupiah(F.deliveredValue),
          quantity: count(F.quantity),
          notes: text(F.notes),
        }, ['partner', 'date'], F.contributionDelivered), F.contributionsDelivered),
        products: list(obj({
          name: str(F.productName),
          date: date(F.date),
          kind: str(F.kind),
          partners: list(refId(F.partnerId), F.partners, { uniqueItems: true }),
        }, ['name'], F.product), F.products),
        notes: text(F.notes),
      }, [], STEPS[6]!.label),
      monitoring: obj({
        schedule: obj({
          frequency: oneOfCatalog(REVIEW_FREQUENCIES, F.reviewFrequency),
          nextReview: date(F.nextReview),
        }, [], F.reviewSchedule),
        indicators: list(indicator, F.indicators),
        questions: obj(Object.fromEntries(MONITORING_QUESTIONS.map((q) => [q.id, str(q.label)])), [], F.monitoringAnswers),
        reviews: list(obj({ date: date(F.date), notes: text(F.notes) }, ['date'], F.review), F.reviewsHeld),
        assessments: list(str(F.assessmentPath),
          F.assessments, { uniqueItems: true }),
      }, [], STEPS[7]!.label),
    },
    required: ['schemaVersion', 'title', 'program', 'region', 'initiator'],
    additionalProperties: false,
  };
}
