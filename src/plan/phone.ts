/**
 * Phone numbers as people write them in Indonesia: `(0281) 632123` (area code in brackets), `+62 812-3456-7890`,
 * `0812 3456 7890`, `0812.3456.7890`. The plan keeps what was written (it is read by people, not dialled);
 * this only decides what counts as a phone number. One pattern for the schema and the wizard.
 */

/** An optional +, an optional opening bracket, then digits with spaces, dots, dashes and brackets between. */
export const PHONE_PATTERN = '^[+]?[(]?[0-9][0-9 ().-]{4,}$';

const PHONE = new RegExp(PHONE_PATTERN);

/** Tidies what was typed (runs of spaces become one) and says whether it is a phone number. */
export function readPhone(raw: string): string | undefined {
  const s = raw.trim().replace(/\s+/g, ' ');
  const digits = s.replace(/\D/g, '').length;
  return PHONE.test(s) && digits >= 5 && digits <= 15 ? s : undefined;
}
