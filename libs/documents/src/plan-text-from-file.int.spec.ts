import { planTextFromFile } from './plan-text-from-file';
import { fixturePath } from './testing/fixtures';

describe('planTextFromFile', () => {
  it('reads a file by its content', async () => {
    const planText = await planTextFromFile(fixturePath('edge', 'pdf-named-002.docx'));
    expect(planText.source).toBe('pdf');
  });

  it.each([
    [fixturePath('plans', 'does-not-exist.pdf'), {}, 'DOCUMENT.NOT_FOUND'],
    [fixturePath('scanned', '001-scan.pdf'), { limits: { maxBytes: 1024 } }, 'DOCUMENT.TOO_LARGE'],
  ])('refuses %s with %j', async (file, options, code) => {
    await expect(planTextFromFile(file, options)).rejects.toMatchObject({ code });
  });
});
