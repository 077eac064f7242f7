import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { readPlanText } from '@plan-ledger/documents';
import { isPlanLedgerError, REJECTION_CODES } from '@plan-ledger/domain';
import { extractPlan } from '@plan-ledger/extraction';
import { applyMutation, mutation, type Mutation } from './mutations';

/**
 * Mutation fuzzing over the fixture files, on a fixed budget: the same 150 seeded mutations every run. Each
 * damaged file must end as a parsed plan (readPlanText and extractPlan succeed, spans inside the text) or as a
 * clear refusal (a PlanLedgerError whose code is a rejection code), within the per-case time limit.
 */
const SHARED = process.env.PLAN_LEDGER_SHARED_DIR ?? path.resolve(__dirname, '../../../shared');
const FILES = ['plans/000.docx', 'plans/001.docx', 'plans/002.pdf', 'plans/003.pdf', 'text/004.txt', 'edge/nfd-000.docx'];
const CASES = 150;
const SEED = 20261125;
const READ_TIMEOUT_MS = 10_000;

const inputs = FILES.map((file) => ({ file, bytes: readFileSync(path.join(SHARED, 'fixtures', file)) }));
const cases: Array<[string, Buffer, Mutation]> = fc
  .sample(
    fc.integer({ min: 0, max: inputs.length - 1 }).chain((i) => mutation(inputs[i].file.endsWith('.docx')).map((m) => ({ i, m }))),
    { seed: SEED, numRuns: CASES },
  )
  .map(({ i, m }, n) => [`#${n} ${inputs[i].file} ${m.kind}`, inputs[i].bytes, m]);

type Outcome = { parsed: true; directives: number } | { parsed: false; code: string };

async function outcomeOf(bytes: Buffer): Promise<Outcome> {
  try {
    const text = await readPlanText(bytes, { ocr: 'off', limits: { timeoutMs: READ_TIMEOUT_MS } });
    const extraction = extractPlan(text, { source: 'fuzz' });
    expect(text.text.length).toBeGreaterThan(0);
    for (const block of text.blocks) expect(block.end).toBeLessThanOrEqual(text.text.length);
    for (const d of extraction.directives) expect(d.span.end).toBeLessThanOrEqual(text.text.length);
    return { parsed: true, directives: extraction.directives.length };
  } catch (error) {
    if (isPlanLedgerError(error)) return { parsed: false, code: error.code };
    throw error;
  }
}

describe('mutated fixture files', () => {
  const seen = new Map<string, number>();

  it.each(cases)('%s: parsed, or refused with a rejection code', async (_, original, m) => {
    const outcome = await outcomeOf(applyMutation(original, m));
    const key = outcome.parsed ? 'parsed' : outcome.code;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (!outcome.parsed) expect(REJECTION_CODES.has(outcome.code as never)).toBe(true);
  }, READ_TIMEOUT_MS + 5_000);

  it('mutations both break files and leave some readable (the budget tests both paths)', () => {
    expect(seen.get('parsed')).toBeGreaterThan(0);
    expect([...seen.keys()].filter((key) => key !== 'parsed').length).toBeGreaterThan(0);
  });
});
