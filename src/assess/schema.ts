/**
 * The JSON Schema of a respondent file, built from the instrument (written to schemas/assessment.schema.json at
 * build time): editors with yaml-language-server then show each statement on hover and offer the scale.
 * Validation itself is validate.ts, which also knows the plan.
 */
import { DEFAULT_INSTRUMENT, type Instrument } from '../guide/instruments/index.js';
import type { Text } from '../guide/types.js';
import { schemaFieldTexts } from '../guide/messages/schema-fields.js';

const both = (t: Text) => `${t.id} / ${t.en}`;

export function buildAssessmentSchema(instrument: Instrument = DEFAULT_INSTRUMENT): Record<string, unknown> {
  const F = schemaFieldTexts();
  const points = instrument.scale.points.map((p) => p.value);
  const scaleText = [...instrument.scale.points.map((p) => `${p.value} = ${p.label.id} (${p.label.en})`), `${instrument.scale.notApplicable.value} = ${instrument.scale.notApplicable.label.id} (${instrument.scale.notApplicable.label.en})`].join('; ');
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://kemitraan.invalid/schemas/assessment-${instrument.id}-${instrument.version}.schema.json`,
    title: both(instrument.title),
    type: 'object',
    additionalProperties: false,
    required: ['instrument', 'respondent', 'date', 'answers'],
    properties: {
      instrument: {
        type: 'object', additionalProperties: false, required: ['id', 'version'],
        properties: { id: { const: instrument.id }, version: { const: instrument.version } },
      },
      plan: { type: 'string', description: both(F.respondentPlan) },
      respondent: {
        type: 'object', additionalProperties: false, required: ['partner'],
        properties: {
          partner: { type: 'string', description: both(F.respondentPartner) },
          name: { type: ['string', 'null'], description: both(F.respondentName) },
          position: { type: ['string', 'null'], description: both(F.position) },
        },
      },
      date: { type: 'string', format: 'date', description: both(F.respondentDate) },
      round: { type: ['string', 'number'], description: both(F.respondentRound) },
      answers: {
        type: 'object', additionalProperties: false,
        properties: Object.fromEntries(instrument.items.map((i) => [i.id, {
          description: `${i.text.id}\n\n${i.text.en}\n\n${scaleText}`,
          anyOf: [{ enum: points }, { const: instrument.scale.notApplicable.value }, { type: 'null' }],
        }])),
      },
      comments: { type: ['string', 'null'], description: both(F.respondentComments) },
    },
  };
}
