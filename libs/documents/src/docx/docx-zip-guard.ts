import { crc32, inflateRawSync } from 'node:zlib';
import * as yauzl from 'yauzl';
import { PlanLedgerError } from '@plan-ledger/domain';

const MAIN_PART = 'word/document.xml';
/** The parts mammoth parses; media are never inflated (images are dropped). */
const isXmlPart = (name: string): boolean => /\.(xml|rels)$/i.test(name);

/**
 * Word never writes a DTD; one in a part can only declare entities (external ones read local files: XXE),
 * so the document is refused rather than handed to an XML parser.
 */
const DOCTYPE = Buffer.from('<!DOCTYPE');

const damaged = (why: string): PlanLedgerError =>
  new PlanLedgerError('DOCUMENT.CORRUPT', `damaged DOCX: ${why}`);

const tooLarge = (size: number, limit: number): PlanLedgerError =>
  new PlanLedgerError(
    'DOCUMENT.UNPACKED_TOO_LARGE',
    `the DOCX is too large once unpacked (${size} bytes of XML, limit ${limit})`,
    { unpackedBytes: size, maxUnpackedBytes: limit },
  );

/**
 * Checks a DOCX before mammoth inflates it (mammoth does not stream and would hold a zip bomb in memory):
 * first the sizes the central directory declares, then every XML part is inflated no further than its declared
 * size, and its CRC compared. mammoth then reads the same compressed bytes, so what it inflates is bounded by the
 * same limit. The same pass refuses XML parts that declare a DTD, and hands back the text of the parts named in
 * `keep`.
 */
export async function guardDocxZip(
  bytes: Uint8Array,
  maxUnpackedBytes: number,
  keep: readonly string[] = [],
): Promise<Map<string, string>> {
  const zip = await openZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  try {
    const parts = await listEntries(zip);
    if (!parts.some((entry) => entry.fileName === MAIN_PART)) {
      throw new PlanLedgerError('DOCUMENT.NOT_WORD', `not a Word document: the archive has no ${MAIN_PART}`);
    }
    const xmlParts = parts.filter((entry) => isXmlPart(entry.fileName));
    const declared = xmlParts.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    if (declared > maxUnpackedBytes) throw tooLarge(declared, maxUnpackedBytes);
    const kept = new Map<string, string>();
    for (const entry of xmlParts) {
      const content = await verifyEntry(zip, entry, keep.includes(entry.fileName));
      if (content !== undefined) kept.set(entry.fileName, content);
    }
    return kept;
  } finally {
    zip.close();
  }
}

function openZip(buffer: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) =>
      err || !zip ? reject(damaged(err?.message ?? 'unreadable ZIP')) : resolve(zip),
    );
  });
}

function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', (err: Error) => reject(damaged(err.message)));
    zip.readEntry();
  });
}

/**
 * Inflates one part in a single call bounded by the size it declares (a part holding more is refused without
 * inflating the rest), then checks its size, CRC and prolog; returns its text when asked to keep it. One
 * synchronous inflate costs less than streaming the part through zlib's thread pool in small chunks.
 */
async function verifyEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, keep: boolean): Promise<string | undefined> {
  const stored = await readStored(zip, entry);
  let content: Buffer;
  try {
    content =
      entry.compressionMethod === 0 ? stored : inflateRawSync(stored, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (err) {
    throw damaged(`${entry.fileName}: ${(err as Error).message}`);
  }
  if (content.length !== entry.uncompressedSize) throw damaged(`${entry.fileName}: not the size its header declares`);
  if ((crc32(content) >>> 0) !== (entry.crc32 >>> 0)) throw damaged(`${entry.fileName}: checksum mismatch`);
  if (content.indexOf(DOCTYPE) !== -1) throw damaged(`${entry.fileName} declares a DTD, which Word never writes`);
  return keep ? content.toString('utf8') : undefined;
}

/** The part's bytes as stored in the archive (still compressed). */
function readStored(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
      return reject(damaged(`${entry.fileName}: unsupported compression method ${entry.compressionMethod}`));
    }
    zip.openReadStream(entry, { decompress: false }, (err, stream) => {
      if (err || !stream) return reject(damaged(`${entry.fileName}: ${err?.message ?? 'unreadable'}`));
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.once('error', (streamErr: Error) => reject(damaged(`${entry.fileName}: ${streamErr.message}`)));
      stream.once('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    });
  });
}
