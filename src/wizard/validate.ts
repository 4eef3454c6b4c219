/**
 * Validation of typed answers, shared by the prompts (checked as the person types) and by answer files.
 * Pure: a value in, a parsed value or the id of the message that explains what is wrong out.
 */
import type { MessageId } from '../guide/messages/index.js';
import { isIsoDate } from '../locale/dates.js';

export type Kind = 'text' | 'date' | 'number' | 'rupiah' | 'integer' | 'id' | 'email' | 'phone';

export type Parsed = { ok: true; value: string | number } | { ok: false; problem: MessageId; params?: Record<string, string | number> };

const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

/**
 * Reads a number as Indonesians and others write it: "22,4" and "22.4" are 22.4. For whole amounts (Rupiah,
 * counts) dots, commas or spaces between groups of three digits are thousands separators: "150.000.000".
 */
export function parseNumber(raw: string, whole: boolean): number | undefined {
  const s = raw.trim().replace(/^rp\.?\s*/i, '');
  if (whole && /^\d{1,3}([., ]\d{3})+$/.test(s)) return Number(s.replace(/[., ]/g, ''));
  if (/^-?\d+([.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  return undefined;
}

/** Parses an answer of the given kind; an empty answer is the caller's business (required or not). */
export function parseAnswer(kind: Kind, raw: string | number): Parsed {
  const s = String(raw).trim();
  switch (kind) {
    case 'text':
      return { ok: true, value: s };
    case 'date':
      return isIsoDate(s) ? { ok: true, value: s } : { ok: false, problem: 'wizard.invalid.date' };
    case 'number': {
      const n = typeof raw === 'number' ? raw : parseNumber(s, false);
      return n === undefined || !Number.isFinite(n) ? { ok: false, problem: 'wizard.invalid.number' } : { ok: true, value: n };
    }
    case 'rupiah':
    case 'integer': {
      const n = typeof raw === 'number' ? raw : parseNumber(s, true);
      if (n === undefined || !Number.isInteger(n) || n < 0) return { ok: false, problem: kind === 'rupiah' ? 'wizard.invalid.rupiah' : 'wizard.invalid.integer' };
      return { ok: true, value: n };
    }
    case 'id':
      return ID_PATTERN.test(s) ? { ok: true, value: s } : { ok: false, problem: 'wizard.invalid.id' };
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s) ? { ok: true, value: s } : { ok: false, problem: 'wizard.invalid.email' };
    case 'phone':
      return /^[+0-9][0-9 ()-]{4,}$/.test(s) ? { ok: true, value: s } : { ok: false, problem: 'wizard.invalid.phone' };
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
