/**
 * Plain-text exports and converted cells carry stray formatting: HTML list/italic tags from a web editor,
 * `**bold**`/`*italic*` marks from a Markdown export. Directive and field text is read without them.
 */
const BREAKING_TAG = /<\/?(?:li|ul|ol|br|p|div|tr|td)\b[^>]*>/gi;
const ANY_TAG = /<\/?[a-z][^>]*>/gi;
const EMPHASIS = /\*{1,3}(?=\S)|(?<=\S)\*{1,3}/g;

export function stripMarkup(s: string): string {
  return s
    .replace(BREAKING_TAG, ' ')
    .replace(ANY_TAG, '')
    .replace(EMPHASIS, '')
    .replace(/[\u00a0\t ]+/g, ' ')
    .trim();
}

/** A list item glued to the previous one when its tags were lost ("cá nhân.Trình"): restore the space. */
export function restoreSentenceSpaces(s: string): string {
  return s.replace(/([.;:])(?=\p{Lu})/gu, '$1 ');
}
