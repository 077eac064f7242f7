import { readFileSync } from 'node:fs';
import { readPlanText } from './read-plan-text';
import { readFixture } from './testing/fixtures';
import { expectConsistentPlanText } from './testing/expect-consistent-plan-text';

const MISSING_BINARIES = { pdftoppm: '/nonexistent/pdftoppm', tesseract: '/nonexistent/tesseract' };
const OCR_TIMEOUT_MS = 180_000;

describe('readPlanText refuses every file of fixtures/bad with a clear reason', () => {
  it.each([
    ['empty.pdf', 'DOCUMENT.EMPTY', /empty file/],
    ['truncated.pdf', 'DOCUMENT.CORRUPT', /damaged PDF/],
    ['not-a-pdf.pdf', 'DOCUMENT.UNSUPPORTED_TYPE', /not a PDF/],
    ['encrypted.pdf', 'DOCUMENT.ENCRYPTED', /password-protected/],
    ['html-as.docx', 'DOCUMENT.NOT_WORD', /not a Word document/],
    ['corrupt.docx', 'DOCUMENT.CORRUPT', /damaged DOCX/],
    ['legacy.doc', 'DOCUMENT.LEGACY_DOC', /legacy Word 97–2003 format: save as DOCX or PDF/],
  ])('%s -> %s', async (file, code, message) => {
    await expect(readPlanText(readFixture('bad', file))).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
  });

  it('zip-bomb.docx -> DOCUMENT.UNPACKED_TOO_LARGE, at once and in bounded memory', async () => {
    const bytes = readFixture('bad', 'zip-bomb.docx');
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    await expect(readPlanText(bytes)).rejects.toMatchObject({ code: 'DOCUMENT.UNPACKED_TOO_LARGE' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * 1024 * 1024);
  });

  it('xxe.docx -> refused, and nothing of the local file shows', async () => {
    const localFile = readFileSync('/etc/passwd', 'utf8').split('\n')[0];
    const error = await readPlanText(readFixture('bad', 'xxe.docx')).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'DOCUMENT.CORRUPT', message: expect.stringMatching(/DTD/) });
    const shown = JSON.stringify({ message: (error as Error).message, details: (error as { details?: unknown }).details });
    expect(shown).not.toContain('root:');
    expect(shown).not.toContain(localFile);
  });

  it('blank-scan.pdf -> DOCUMENT.NEEDS_OCR with OCR off', async () => {
    await expect(readPlanText(readFixture('bad', 'blank-scan.pdf'), { ocr: 'off' })).rejects.toMatchObject({
      code: 'DOCUMENT.NEEDS_OCR',
      message: expect.stringMatching(/needs OCR: the PDF has no text layer/),
    });
  });

  it('blank-scan.pdf -> DOCUMENT.NEEDS_OCR when pdftoppm and tesseract are missing', async () => {
    await expect(
      readPlanText(readFixture('bad', 'blank-scan.pdf'), { ocrBinaries: MISSING_BINARIES }),
    ).rejects.toMatchObject({ code: 'DOCUMENT.NEEDS_OCR' });
  });

  it(
    'blank-scan.pdf -> DOCUMENT.NO_TEXT after OCR',
    async () => {
      await expect(readPlanText(readFixture('bad', 'blank-scan.pdf'))).rejects.toMatchObject({
        code: 'DOCUMENT.NO_TEXT',
        message: expect.stringMatching(/no text found \(after OCR\)/),
      });
    },
    OCR_TIMEOUT_MS,
  );
});

describe('readPlanText limits', () => {
  it.each([
    ['plans/001.pdf', { maxBytes: 10_000 }, 'DOCUMENT.TOO_LARGE'],
    ['text/001.txt', { maxBytes: 10_000 }, 'DOCUMENT.TOO_LARGE'],
    ['plans/001.pdf', { maxPages: 3 }, 'DOCUMENT.TOO_MANY_PAGES'],
    ['edge/long-001x40.docx', { timeoutMs: 1 }, 'DOCUMENT.TIMEOUT'],
  ])('%s with %j -> %s', async (file, limits, code) => {
    await expect(readPlanText(readFixture(...file.split('/')), { limits })).rejects.toMatchObject({ code });
  });
});

describe('readPlanText on scans', () => {
  it(
    'reads scanned/001-scan.pdf by OCR into Vietnamese text',
    async () => {
      const planText = await readPlanText(readFixture('scanned', '001-scan.pdf'), { limits: { timeoutMs: OCR_TIMEOUT_MS } });
      expect(planText.source).toBe('ocr');
      expect(planText.pages).toBe(9);
      expect(planText.text).toMatch(/KẾ HOẠCH/);
      expect(planText.text.match(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu)?.length).toBeGreaterThan(1000);
      expectConsistentPlanText(planText);
    },
    OCR_TIMEOUT_MS,
  );

  it('refuses a scan with DOCUMENT.NEEDS_OCR when OCR is off, never as an empty plan', async () => {
    await expect(readPlanText(readFixture('scanned', '002-scan.pdf'), { ocr: 'off' })).rejects.toMatchObject({
      code: 'DOCUMENT.NEEDS_OCR',
    });
  });
});
