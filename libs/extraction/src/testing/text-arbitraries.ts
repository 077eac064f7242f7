import fc from 'fast-check';

/**
 * fast-check arbitraries for the extraction parsers' property tests: Vietnamese letters (precomposed, with the
 * tones and đ that folding must handle), digits and the punctuation plans are written with, and phrases that mix
 * the parts of administrative wording with that noise. Built from the writing system, not from any sample plan.
 */
const LETTERS = 'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ';
const CHARACTERS = [...LETTERS, ...LETTERS.toLocaleUpperCase('vi'), ...'0123456789', ...' ,.;:/-–()"“”\'\n\t…'];

/** Any string over the Vietnamese alphabet, digits and plan punctuation. */
export const vietnameseText = (maxLength = 160): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...CHARACTERS), maxLength });

/** Arbitrary code points, lone surrogates included: what a damaged file can decode to. */
export const anyText = (maxLength = 160): fc.Arbitrary<string> => fc.string({ unit: 'binary', maxLength });

/** `parts` and noise joined by spaces, in any order and number: the shape of a sentence that uses the grammar. */
export const phraseOf = (parts: readonly string[], maxParts = 8): fc.Arbitrary<string> =>
  fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...parts) }, { weight: 1, arbitrary: vietnameseText(24) }), { maxLength: maxParts }).map((p) => p.join(' '));

/** Day, month and year numbers in and out of range, so impossible dates are generated too. */
export const dateNumbers = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1900, max: 2100 }));

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A full or partial ISO date ("2024-02-29", "2021-12", "2026") that names a real day, month or year. */
export function isCalendarIso(iso: string): boolean {
  const m = ISO.exec(iso);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
