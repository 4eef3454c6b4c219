/** The assessment report as JSON: every round with its numbers, unrounded; labels in the asked language. */
import type { AssessFormatInput } from './common.js';
import { dimensionLabel, itemLabel } from './common.js';

export function formatAssessJson(input: AssessFormatInput): string {
  const { report, instrument, lang } = input;
  return `${JSON.stringify({
    tool: { name: 'kemitraan', version: input.toolVersion },
    lang,
    ...report,
    thresholds: { bands: instrument.bands.map((b) => ({ id: b.id, min: b.min, label: b.label[lang] })), disagreement: instrument.disagreementThreshold, concernBand: instrument.concernBand },
    labels: {
      dimensions: Object.fromEntries(instrument.dimensions.map((d) => [d.id, dimensionLabel(instrument, d.id, lang)])),
      items: Object.fromEntries(instrument.items.map((i) => [i.id, itemLabel(instrument, i.id, lang)])),
    },
    skipped: input.skipped,
  }, null, 2)}\n`;
}
