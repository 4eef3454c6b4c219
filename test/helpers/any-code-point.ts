/**
 * fast-check's `unit: 'binary'` (any code point but a lone surrogate), without its 3 s start-up. fast-check
 * builds that unit as a map over all 1,112,064 code points and, to seed strings with '__proto__', 'constructor'
 * etc., inverts the map into a Map of every code point — about 3 s of CPU in each test file that creates a
 * binary string arbitrary. This is the same arbitrary (the same `nat` over the same code points, the same
 * mapping, so the same values and shrinking) with an inverse that is arithmetic instead of a table.
 */
import fc from 'fast-check';

const SURROGATES_START = 0xd800;
const SURROGATES = 0x800;
const CODE_POINTS = 0x110000 - SURROGATES;

export const anyCodePoint: fc.Arbitrary<string> = fc.nat({ max: CODE_POINTS - 1 }).map(
  (i) => String.fromCodePoint(i < SURROGATES_START ? i : i + SURROGATES),
  (value) => {
    if (typeof value !== 'string') throw new Error('not a string');
    const cp = value.codePointAt(0);
    if (cp === undefined || String.fromCodePoint(cp) !== value || (cp >= SURROGATES_START && cp < SURROGATES_START + SURROGATES)) throw new Error('not one code point');
    return cp < SURROGATES_START ? cp : cp - SURROGATES;
  },
);

/** `fc.string({ unit: 'binary', ...constraints })`, built on anyCodePoint. */
export function binaryString(constraints: { minLength?: number; maxLength?: number } = {}): fc.Arbitrary<string> {
  return fc.string({ ...constraints, unit: anyCodePoint });
}
