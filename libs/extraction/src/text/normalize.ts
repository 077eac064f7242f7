/**
 * Two views of Vietnamese text: one for display (as written, tidied) and one for matching (folded).
 * Tone placement ("Uỷ"/"Ủy", "hoà"/"hòa") is kept for display and disappears when folding.
 */

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** NFC, dash and quote variants unified, whitespace collapsed; diacritics and tone placement as written. */
export function normalizeForDisplay(s: string): string {
  return s
    .normalize('NFC')
    .replace(DASHES, '-')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(SPACES, ' ')
    .trim();
}

/** Matching key: lowercase, no diacritics, đ→d, punctuation and dashes to single spaces. */
export function foldVietnamese(s: string): string {
  // Character by character through a cache (the extraction folds every line several times; NFD of whole lines
  // was its costliest call). Σ lowercases by context and astral characters span two code units: those strings
  // take the whole-string definition, which gives the same as the loop wherever the loop applies.
  let folded = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 128) folded += lowerAscii(code, s[i]);
    else if (code === CAPITAL_SIGMA || (code >= 0xd800 && code <= 0xdfff)) return foldWhole(s);
    else folded += strippedChar(s[i]);
  }
  return folded.replace(NOT_WORD, ' ').trim();
}

const CAPITAL_SIGMA = 0x3a3;

const lowerAscii = (code: number, c: string): string => (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c);

const stripForMatching = (s: string): string => s.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(/đ/g, 'd');

const foldWhole = (s: string): string => stripForMatching(s).replace(NOT_WORD, ' ').trim();

const strippedChars = new Map<string, string>();

/** One character lowercased without diacritics (đ→d), cached: a text has few distinct characters. */
function strippedChar(c: string): string {
  let stripped = strippedChars.get(c);
  if (stripped === undefined) {
    stripped = stripForMatching(c);
    strippedChars.set(c, stripped);
  }
  return stripped;
}

/** The same, kept as written where folding would change the length (e.g. İ), so offsets stay put. */
function foldChar(c: string): string {
  const stripped = strippedChar(c);
  return stripped.length === 1 ? stripped : c;
}

/**
 * Folds an NFC string character by character (lowercase, no diacritics, đ→d) keeping its length,
 * so an offset found in the folded string is the same offset in the original.
 */
export function foldKeepingOffsets(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    out += code < 128 ? lowerAscii(code, s[i]) : foldChar(s[i]);
  }
  return out;
}
