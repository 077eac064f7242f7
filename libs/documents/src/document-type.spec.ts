import { PlanLedgerError } from '@plan-ledger/domain';
import { sniffDocumentType } from './document-type';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

const zipWith = (name: string): Uint8Array => bytes([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0], name, [0, 0, 0]);

describe('sniffDocumentType', () => {
  it.each([
    ['a PDF header', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdf'],
    ['a PDF header after some junk', bytes('\r\n\r\n%PDF-1.4\n'), 'pdf'],
    ['a ZIP holding word/document.xml', zipWith('word/document.xml'), 'docx'],
    ['UTF-8 Vietnamese text', bytes('KẾ HOẠCH\n\nTổ chức thực hiện\tVăn phòng\n'), 'text'],
    ['text with a BOM', bytes([0xef, 0xbb, 0xbf], 'Kế hoạch'), 'text'],
  ])('reads %s as %s', (_what, input, expected) => {
    expect(sniffDocumentType(input)).toBe(expected);
  });

  it.each([
    ['nothing', new Uint8Array(0), 'DOCUMENT.EMPTY', /empty/],
    ['an OLE2 compound file', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'DOCUMENT.LEGACY_DOC', /legacy Word 97–2003.*save as DOCX or PDF/],
    ['a ZIP without word/document.xml', zipWith('xl/workbook.xml'), 'DOCUMENT.NOT_WORD', /not a Word document/],
    ['an HTML page', bytes('<!DOCTYPE html><html><body><p>Kế hoạch</p></body></html>'), 'DOCUMENT.NOT_WORD', /HTML/],
    ['an HTML page without doctype', bytes('\n  <html lang="vi"><p>x</p></html>'), 'DOCUMENT.NOT_WORD', /HTML/],
    ['a PNG image', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), 'DOCUMENT.UNSUPPORTED_TYPE', /not a PDF, DOCX or text/],
    ['a JPEG image', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'DOCUMENT.UNSUPPORTED_TYPE', /not a PDF/],
    ['UTF-16 text (NUL bytes)', Buffer.from('Kế hoạch', 'utf16le'), 'DOCUMENT.UNSUPPORTED_TYPE', /binary/],
    ['control-character noise', bytes([1, 2, 3, 4, 5, 6, 0x41, 0x42]), 'DOCUMENT.UNSUPPORTED_TYPE', /binary/],
  ])('refuses %s with %s', (_what, input, code, message) => {
    let error: unknown;
    try {
      sniffDocumentType(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PlanLedgerError);
    expect((error as PlanLedgerError).code).toBe(code);
    expect((error as PlanLedgerError).message).toMatch(message);
  });
});
