import * as path from 'node:path';
import { extractCommand, type ExtractOutput } from './extract-command';
import { EXIT } from './exit-codes';

const sharedDir = process.env.PLAN_LEDGER_SHARED_DIR ?? path.resolve(__dirname, '../../../../shared');

function captured(): ExtractOutput & { out: string; err: string } {
  const sink = { out: '', err: '', stdout: (t: string) => void (sink.out += t), stderr: (t: string) => void (sink.err += t) };
  return sink;
}

describe('extract command', () => {
  it('prints only the vn-plan/1 JSON on stdout for a plan', async () => {
    const io = captured();
    const code = await extractCommand(path.join(sharedDir, 'fixtures/plans/001.docx'), { json: true }, io);
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(io.out);
    expect(json).toMatchObject({ schema: 'vn-plan/1', source: '001.docx', document: { kind: 'KE_HOACH', number: '01/KH-UBND' } });
    expect(json.directives.length).toBeGreaterThan(10);
    expect(io.err).toMatch(/extracted 001\.docx/);
  });

  it.each([
    ['bad/encrypted.pdf', 'DOCUMENT.ENCRYPTED'],
    ['bad/legacy.doc', 'DOCUMENT.LEGACY_DOC'],
    ['bad/empty.pdf', 'DOCUMENT.EMPTY'],
  ])('refuses %s with its typed reason on stderr and nothing on stdout', async (file, reason) => {
    const io = captured();
    const code = await extractCommand(path.join(sharedDir, 'fixtures', file), { json: true }, io);
    expect(code).toBe(EXIT.dataError);
    expect(io.out).toBe('');
    expect(io.err).toContain(reason);
  });

  it('says a missing file is missing', async () => {
    const io = captured();
    expect(await extractCommand(path.join(sharedDir, 'fixtures/no-such-plan.pdf'), { json: true }, io)).toBe(EXIT.noInput);
    expect(io.err).toContain('DOCUMENT.NOT_FOUND');
  });
});
