import { foldKeepingOffsets } from '@plan-ledger/extraction';

const WORD = /[\p{L}\p{N}]+/gu;
const BEFORE = 60;
const LENGTH = 220;

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * A window of `text` around its first matching word, HTML-escaped, each matching word in `<mark>`. Matching is on
 * the folded text, whose offsets are the original's, so the marks land on the words as written.
 */
export function markSnippet(text: string, foldedWords: readonly string[]): string {
  const folded = foldKeepingOffsets(text);
  const last = foldedWords.length - 1;
  const matches = (word: string) => foldedWords.some((w, i) => word === w || (i === last && word.startsWith(w)));
  const marks: [number, number][] = [];
  for (const m of folded.matchAll(WORD)) if (matches(m[0])) marks.push([m.index!, m.index! + m[0].length]);
  let start = marks.length ? Math.max(0, marks[0][0] - BEFORE) : 0;
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + LENGTH);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const [from, to] of marks) {
    if (from < start || to > end) continue;
    out += escapeHtml(text.slice(at, from)) + '<mark>' + escapeHtml(text.slice(from, to)) + '</mark>';
    at = to;
  }
  return out + escapeHtml(text.slice(at, end)) + (end < text.length ? '…' : '');
}
