/** A piece of text, marked when it is a match. */
export interface Piece {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Reads the API's snippet (HTML-escaped text with matches in `<mark>`) into pieces React renders as text,
 * so no markup from a document ever reaches the page as HTML.
 */
export function snippetPieces(snippet: string): Piece[] {
  const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]);
  return snippet
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== '')
    .map((part) =>
      part.startsWith('<mark>') ? { text: unescape(part.slice(6, -7)), marked: true } : { text: unescape(part), marked: false },
    );
}
