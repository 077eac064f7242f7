/** A run of the document's text, inside one directive's span or outside all of them. */
export interface Segment {
  start: number;
  text: string;
  directiveId: string | null;
}

/**
 * Cuts `text` at the directives' spans (offsets into the stored text). Spans are laid in order; where two overlap,
 * the earlier keeps the shared part, and a span outside the text is clipped to it.
 */
export function highlightSegments(text: string, spans: readonly { id: string; span: { start: number; end: number } | null }[]): Segment[] {
  const ordered = spans
    .filter((d): d is { id: string; span: { start: number; end: number } } => d.span !== null)
    .map((d) => ({ id: d.id, start: Math.max(0, d.span.start), end: Math.min(text.length, d.span.end) }))
    .filter((d) => d.end > d.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const { id, start, end } of ordered) {
    if (end <= at) continue;
    if (start > at) segments.push({ start: at, text: text.slice(at, start), directiveId: null });
    const from = Math.max(start, at);
    segments.push({ start: from, text: text.slice(from, end), directiveId: id });
    at = end;
  }
  if (at < text.length) segments.push({ start: at, text: text.slice(at), directiveId: null });
  return segments;
}
