/**
 * The respondent form as data: the instrument's statements grouped by dimension, numbered, with the scale.
 * Every way of answering (the YAML file, the printable HTML/DOCX form, a browser page) is drawn from this one
 * model, so they cannot drift apart. Pure and exported for any front end.
 */
import type { Instrument, ItemOrigin, ScalePoint } from './types.js';
import { PANDUAN_2019 } from './panduan-2019.js';
import type { Text } from '../types.js';

export interface FormItem {
  id: string;
  /** 1-based number across the whole form, as printed. */
  number: number;
  text: Text;
  origin: ItemOrigin;
}

export interface FormDimension {
  id: string;
  label: Text;
  description: Text;
  items: FormItem[];
}

export interface FormModel {
  instrument: { id: string; version: number; title: Text; description: Text; attribution: Text };
  scale: { points: readonly ScalePoint[]; notApplicable: { value: string; label: Text } };
  dimensions: FormDimension[];
}

export function assessmentForm(instrument: Instrument = PANDUAN_2019): FormModel {
  let number = 0;
  return {
    instrument: { id: instrument.id, version: instrument.version, title: instrument.title, description: instrument.description, attribution: instrument.attribution },
    scale: instrument.scale,
    dimensions: instrument.dimensions.map((d) => ({
      id: d.id,
      label: d.label,
      description: d.description,
      items: instrument.items.filter((i) => i.dimension === d.id).map((i) => ({ id: i.id, number: ++number, text: i.text, origin: i.origin })),
    })),
  };
}
