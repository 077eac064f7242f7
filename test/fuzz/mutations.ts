import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';

/**
 * Seeded mutations of an input file: what a damaged upload looks like. Byte-level ones apply to every format;
 * the ZIP ones reach inside a DOCX (an entry's compressed data or header, or the XML of word/document.xml
 * re-deflated so the ZIP itself stays valid).
 */
type HeaderField = 'crc' | 'compressed-size' | 'size' | 'method' | 'name-length';

export type Mutation =
  | { kind: 'flip-bits'; bits: Array<{ at: number; bit: number }> }
  | { kind: 'truncate'; at: number }
  | { kind: 'overwrite'; at: number; bytes: number[] }
  | { kind: 'zip-entry-data'; entry: number; at: number; length: number }
  | { kind: 'zip-entry-header'; record: 'local' | 'central'; entry: number; field: HeaderField; value: number }
  | { kind: 'document-xml'; at: number; insert: string };

/** A place in the file, uniform: fast-check's default bias towards small values would hit only the first bytes. */
const fraction = fc.noBias(fc.integer({ min: 0, max: 2 ** 20 - 1 })).map((n) => n / 2 ** 20);

const byteLevel: fc.Arbitrary<Mutation>[] = [
  fc.record({ kind: fc.constant('flip-bits' as const), bits: fc.array(fc.record({ at: fraction, bit: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
  fc.record({ kind: fc.constant('overwrite' as const), at: fraction, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 }) }),
];

const zipLevel: fc.Arbitrary<Mutation>[] = [
  fc.record({ kind: fc.constant('zip-entry-data' as const), entry: fc.nat(), at: fraction, length: fc.integer({ min: 1, max: 2048 }) }),
  fc.record({
    kind: fc.constant('zip-entry-header' as const),
    record: fc.constantFrom('local' as const, 'central' as const),
    entry: fc.nat(),
    field: fc.constantFrom('crc' as const, 'compressed-size' as const, 'size' as const, 'method' as const, 'name-length' as const),
    value: fc.integer({ min: 0, max: 0xffffffff }),
  }),
  fc.record({
    kind: fc.constant('document-xml' as const),
    at: fraction,
    insert: fc.constantFrom('', '<', '&', '\u0000', '</w:body>', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', '<w:t>', ']]>'),
  }),
];

export const mutation = (isZip: boolean): fc.Arbitrary<Mutation> => fc.oneof(...byteLevel, ...(isZip ? zipLevel : []));

const SIGNATURES = { local: 'PK\u0003\u0004', central: 'PK\u0001\u0002' } as const;

/** Offsets of the ZIP's local file headers (or central directory records), in order. */
function records(bytes: Buffer, record: keyof typeof SIGNATURES = 'local'): number[] {
  const found: number[] = [];
  for (let at = bytes.indexOf(SIGNATURES[record]); at >= 0 && at + 46 <= bytes.length; at = bytes.indexOf(SIGNATURES[record], at + 4)) found.push(at);
  return found;
}
const localHeaders = (bytes: Buffer): number[] => records(bytes, 'local');

/** [offset, size] of each field in a local header; a central record has the same fields 2 bytes further on. */
const HEADER_FIELDS: Record<HeaderField, readonly [number, 2 | 4]> = { crc: [14, 4], 'compressed-size': [18, 4], size: [22, 4], method: [8, 2], 'name-length': [26, 2] };

/** The mutated copy of `input` (never modified). */
export function applyMutation(input: Buffer, m: Mutation): Buffer {
  const bytes = Buffer.from(input);
  const offset = (at: number) => Math.floor(at * bytes.length);
  switch (m.kind) {
    case 'flip-bits':
      for (const { at, bit } of m.bits) bytes[offset(at)] ^= 1 << bit;
      return bytes;
    case 'truncate':
      return bytes.subarray(0, offset(m.at));
    case 'overwrite':
      Buffer.from(m.bytes).copy(bytes, offset(m.at));
      return bytes;
    case 'zip-entry-data': {
      const headers = localHeaders(bytes);
      if (headers.length === 0) return bytes;
      const header = headers[m.entry % headers.length];
      const dataStart = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
      const dataLength = bytes.readUInt32LE(header + 18);
      const from = dataStart + Math.floor(m.at * dataLength);
      bytes.fill(0, from, Math.min(from + m.length, dataStart + dataLength));
      return bytes;
    }
    case 'zip-entry-header': {
      const headers = records(bytes, m.record);
      if (headers.length === 0) return bytes;
      const [field, size] = HEADER_FIELDS[m.field];
      const at = headers[m.entry % headers.length] + field + (m.record === 'central' ? 2 : 0);
      if (size === 4) bytes.writeUInt32LE(m.value >>> 0, at);
      else bytes.writeUInt16LE(m.value & 0xffff, at);
      return bytes;
    }
    case 'document-xml':
      return withDocumentXml(bytes, (xml) => {
        const cut = Math.floor(m.at * xml.length);
        return m.insert === '' ? xml.slice(0, cut) : xml.slice(0, cut) + m.insert + xml.slice(cut);
      });
  }
}

/**
 * Rewrites word/document.xml in place: inflates it, edits it, deflates it and patches the sizes and CRC in the
 * local and central headers, so the ZIP stays valid and only the XML is damaged.
 */
function withDocumentXml(bytes: Buffer, edit: (xml: string) => string): Buffer {
  const header = localHeaders(bytes).find((at) => bytes.toString('utf8', at + 30, at + 30 + bytes.readUInt16LE(at + 26)) === 'word/document.xml');
  if (header === undefined) return bytes;
  const nameLength = bytes.readUInt16LE(header + 26);
  const dataStart = header + 30 + nameLength + bytes.readUInt16LE(header + 28);
  const compressedSize = bytes.readUInt32LE(header + 18);
  const xml = Buffer.from(edit(inflateRawSync(bytes.subarray(dataStart, dataStart + compressedSize)).toString('utf8')), 'utf8');
  const data = deflateRawSync(xml);
  const out = Buffer.concat([bytes.subarray(0, dataStart), data, bytes.subarray(dataStart + compressedSize)]);
  const shift = data.length - compressedSize;
  const patch = (at: number) => {
    out.writeUInt32LE(crc32(xml) >>> 0, at);
    out.writeUInt32LE(data.length, at + 4);
    out.writeUInt32LE(xml.length, at + 8);
  };
  patch(header + 14);
  // The central directory follows the entries: find this entry's record and move every later offset.
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return out;
  const directory = out.readUInt32LE(end + 16) + shift;
  out.writeUInt32LE(directory, end + 16);
  for (let at = directory; at + 46 <= end && out.readUInt32LE(at) === 0x02014b50; at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32)) {
    const localOffset = out.readUInt32LE(at + 42);
    if (localOffset === header) patch(at + 16);
    else if (localOffset > header) out.writeUInt32LE(localOffset + shift, at + 42);
  }
  return out;
}
