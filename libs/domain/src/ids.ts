import { createHash } from 'node:crypto';
import { PlanLedgerError } from './errors';

/**
 * Deterministic ids (DESIGN "Ids are deterministic"; STYLE 2): the same input always gives the same id, so a
 * replay, a retried job or a re-ingested file lands on the same streams. Ids are UUID-shaped (RFC 9562 version 8,
 * "custom": 122 bits of a SHA-256, version and variant bits set) so the API validates them as UUIDs.
 */
const SHA256_HEX = /^[0-9a-f]{64}$/;

function uuidFromSha256(hex: string): string {
  const version = `8${hex.slice(13, 16)}`;
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}-${hex.slice(20, 32)}`;
}

const sha256Hex = (parts: string[]): string => createHash('sha256').update(parts.join('\u0000'), 'utf8').digest('hex');

/** A document's id from its file's SHA-256 (hex): the same bytes are the same document. */
export function documentIdFromSha256(sha256: string): string {
  const hex = sha256.toLowerCase();
  if (!SHA256_HEX.test(hex)) throw new PlanLedgerError('COMMAND.INVALID', 'a SHA-256 is 64 hex digits', { sha256 });
  return uuidFromSha256(hex);
}

/**
 * A directive's id from its document and its structural place ("II/2/a#3", "table1/row7"), so rewording by a newer
 * extractor keeps the id. `textTieBreak` (the directive's text) separates directives that share a place; it is
 * compared in NFC with runs of whitespace collapsed, so layout noise does not change the id.
 */
export function directiveId(documentId: string, place: string, textTieBreak?: string): string {
  if (!documentId || !place) {
    throw new PlanLedgerError('COMMAND.INVALID', 'a directive id needs a document id and a place', { documentId, place });
  }
  const parts = ['directive', documentId, place];
  if (textTieBreak !== undefined) parts.push(textTieBreak.normalize('NFC').replace(/\s+/g, ' ').trim());
  return uuidFromSha256(sha256Hex(parts));
}

/**
 * The ids of one parse's directives, in order, as every stream and read model keys them: by place, the text
 * breaking ties between directives sharing a place, and the occurrence number only when both repeat.
 */
export function directiveIdsOf(documentId: string, directives: ReadonlyArray<{ place: string; text: string; id: string }>): string[] {
  const placeOf = (d: { place: string; id: string }): string => d.place || `id:${d.id}`;
  const perPlace = new Map<string, number>();
  for (const d of directives) perPlace.set(placeOf(d), (perPlace.get(placeOf(d)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return directives.map((d) => {
    const place = placeOf(d);
    if (perPlace.get(place)! === 1) return directiveId(documentId, place);
    const key = `${place}\u0000${d.text}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return directiveId(documentId, n === 1 ? place : `${place}#${n}`, d.text);
  });
}

/** One parse's output with every directive keyed by `directiveIdsOf`, as it is stored in `PlanParsed`. */
export function withDirectiveIdsOf<D extends { place: string; text: string; id: string }, E extends { directives: D[] }>(
  documentId: string,
  extraction: E,
): E {
  const ids = directiveIdsOf(documentId, extraction.directives);
  return { ...extraction, directives: extraction.directives.map((d, i) => ({ ...d, id: ids[i] })) };
}
