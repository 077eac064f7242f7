import { PlanLedgerError } from '@plan-ledger/domain';

export type DocumentType = 'pdf' | 'docx' | 'text';

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  magic.every((byte, i) => bytes[at + i] === byte);

const PDF_MAGIC = [...Buffer.from('%PDF-')];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const WORD_MAIN_PART = Buffer.from('word/document.xml');

/** Readers tolerate a little junk before `%PDF-`, so a PDF is recognised within its first kilobyte. */
const PDF_HEADER_WINDOW = 1024;
const TEXT_SAMPLE_BYTES = 64 * 1024;
/** UTF-8 text has no NUL and few control characters; binary formats are full of them. */
const MAX_CONTROL_SHARE = 0.01;

const notSupported = (what: string): PlanLedgerError =>
  new PlanLedgerError(
    'DOCUMENT.UNSUPPORTED_TYPE',
    `the content is not a PDF, DOCX or text${what ? ` (${what})` : ''}`,
  );

/** Other formats people upload by mistake, named so the refusal can say what the file really is. */
const KNOWN_BINARIES: ReadonlyArray<{ magic: readonly number[]; name: string }> = [
  { magic: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { magic: [...Buffer.from('GIF8')], name: 'a GIF image' },
  { magic: [0x49, 0x49, 0x2a, 0x00], name: 'a TIFF image' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], name: 'a TIFF image' },
  { magic: [0x1f, 0x8b], name: 'a gzip archive' },
  { magic: [...Buffer.from('Rar!')], name: 'a RAR archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], name: 'a 7-Zip archive' },
  { magic: [...Buffer.from('{\\rtf')], name: 'an RTF file: save it as DOCX or PDF' },
];

/**
 * What the bytes are, read from their content only: a file's name or declared type is never trusted
 * (a `.docx` holding a PDF is a PDF). Throws a PlanLedgerError saying why anything else is refused.
 */
export function sniffDocumentType(bytes: Uint8Array): DocumentType {
  if (bytes.length === 0) throw new PlanLedgerError('DOCUMENT.EMPTY', 'empty file');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  if (buffer.subarray(0, PDF_HEADER_WINDOW).indexOf(Buffer.from(PDF_MAGIC)) !== -1) return 'pdf';
  if (startsWith(bytes, OLE2_MAGIC)) {
    throw new PlanLedgerError(
      'DOCUMENT.LEGACY_DOC',
      'unsupported legacy Word 97–2003 format: save as DOCX or PDF',
    );
  }
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) {
    // The part name is stored uncompressed in the local and central headers of every DOCX.
    if (buffer.indexOf(WORD_MAIN_PART) !== -1) return 'docx';
    throw new PlanLedgerError('DOCUMENT.NOT_WORD', 'not a Word document: a ZIP archive without word/document.xml');
  }
  const known = KNOWN_BINARIES.find(({ magic }) => startsWith(bytes, magic));
  if (known) throw notSupported(known.name);
  if (looksBinary(bytes.subarray(0, TEXT_SAMPLE_BYTES))) throw notSupported('binary data');
  if (looksLikeHtml(buffer)) {
    throw new PlanLedgerError('DOCUMENT.NOT_WORD', 'not a Word document: the content is an HTML page');
  }
  return 'text';
}

function looksBinary(sample: Uint8Array): boolean {
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // Tab, LF, VT, FF, CR are text; other C0 controls and DEL are not.
    if ((byte < 0x20 && (byte < 0x09 || byte > 0x0d)) || byte === 0x7f) controls++;
  }
  return controls > sample.length * MAX_CONTROL_SHARE;
}

const HTML_START = /^(?:\ufeff)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;

function looksLikeHtml(buffer: Buffer): boolean {
  return HTML_START.test(buffer.subarray(0, 4096).toString('utf8'));
}
