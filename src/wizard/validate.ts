/**
 * Validation of typed answers, shared by the prompts (checked as the person types) and by answer files.
 * Pure: a value in, a parsed value or the id of the message that explains what is wrong out.
 */
import type { MessageId } from '../guide/messages/index.js';
import { readNumber, readWholeNumber, type ReadNumber } from '../locale/parse.js';
import { readPhone } from '../plan/phone.js';
import { isIsoDate, isoDateFromText } from '../locale/dates.js';

export type Kind = 'text' | 'date' | 'number' | 'rupiah' | 'integer' | 'id' | 'email' | 'phone';

export type Parsed =
  | { ok: true; value: string | number; /** How a typed number was read, to show it back when it was not plain digits. */ read?: ReadNumber }
  | { ok: false; problem: MessageId; params?: Record<string, string | number> };

const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

/** Parses an answer of the given kind; an empty answer is the caller's business (required or not). */
export function parseAnswer(kind: Kind, raw: string | number): Parsed {
  const s = String(raw).trim();
  switch (kind) {
    case 'text':
      return { ok: true, value: s };
    case 'date': {
      if (isIsoDate(s)) return { ok: true, value: s };
      // `15/01/2026`, `15 Januari 2026`: not taken silently (day and month could be swapped), but named exactly.
      const iso = isoDateFromText(s);
      if (iso === undefined) return { ok: false, problem: 'wizard.invalid.date' };
      const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
      return { ok: false, problem: 'wizard.invalid.dateMeant', params: { iso, day, month, year } };
    }
    case 'number': {
      if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, problem: 'wizard.invalid.number' };
      const read = readNumber(s);
      return read ? { ok: true, value: read.value, read } : { ok: false, problem: 'wizard.invalid.number' };
    }
    case 'rupiah':
    case 'integer': {
      const read = typeof raw === 'number' ? { value: raw, ambiguous: false, interpreted: false } : readWholeNumber(s);
      if (read === undefined || !Number.isInteger(read.value) || read.value < 0) return { ok: false, problem: kind === 'rupiah' ? 'wizard.invalid.rupiah' : 'wizard.invalid.integer' };
      return { ok: true, value: read.value, ...(typeof raw === 'number' ? {} : { read }) };
    }
    case 'id':
      return ID_PATTERN.test(s) ? { ok: true, value: s } : { ok: false, problem: 'wizard.invalid.id' };
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s) ? { ok: true, value: s } : { ok: false, problem: 'wizard.invalid.email' };
    case 'phone':
    {
      const phone = readPhone(s);
      return phone ? { ok: true, value: phone } : { ok: false, problem: 'wizard.invalid.phone' };
    }
  }
}

/** A short id from a name: "Fakultas Kedokteran Unpad" → "fakultas-kedokteran-unpad" (at most `max` chars). */
export function slugify(name: string, max = 32): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = s.length <= max ? s : s.slice(0, max).replace(/-[^-]*$/, '') || s.slice(0, max);
  return cut.replace(/-+$/, '') || 'x';
}

/** `base`, or `base-2`, `base-3` ... whichever is not taken yet. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
