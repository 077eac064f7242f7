import { execFileSync } from 'node:child_process';

/**
 * Why OCR tests cannot run here (pdftoppm or tesseract's Vietnamese data missing), or undefined when they can.
 * Synchronous, so a suite can choose `describe` or `describe.skip` when it is defined; .ci/run installs both.
 */
export function ocrSkipReason(): string | undefined {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
  } catch {
    return 'pdftoppm is not installed';
  }
  try {
    const langs = execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return langs.split(/\s+/).includes('vie') ? undefined : 'tesseract has no Vietnamese (vie) data';
  } catch {
    return 'tesseract is not installed';
  }
}
