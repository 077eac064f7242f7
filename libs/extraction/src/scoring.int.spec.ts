import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readPlanText } from '@plan-ledger/documents';
import { extractPlan } from './engine';
import { toSpecJson } from './spec-json';

/**
 * The real pipeline (documents' readPlanText, then extraction) on every fixture plan, scored against the gold by
 * the shared scorer, per format. The floors are the targets set for the engine.
 */
const repoRoot = path.resolve(__dirname, '../../..');
const sharedDir = process.env.PLAN_LEDGER_SHARED_DIR ?? path.resolve(repoRoot, '../shared');
const FLOORS = { directives: 0.95, deadlines: 0.97, lead: 0.9, fieldAccuracy: 0.95, references: 0.95 };

interface Summary {
  directives: { f1: number };
  deadlines: { f1: number };
  lead: { f1: number };
  references: { f1: number };
  fieldAccuracy: number;
}

const FORMATS: Array<{ name: string; dir: string; ext: string }> = [
  { name: 'docx', dir: 'fixtures/plans', ext: '.docx' },
  { name: 'pdf', dir: 'fixtures/plans', ext: '.pdf' },
  { name: 'text', dir: 'fixtures/text', ext: '.txt' },
];

describe('extraction scored against the gold answers', () => {
  const workDir = mkdtempSync(path.join(tmpdir(), 'plan-ledger-scoring-'));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it.each(FORMATS)('$name fixtures reach the targets', async ({ name, dir, ext }) => {
    const predDir = path.join(workDir, name);
    mkdirSync(predDir);
    const files = readdirSync(path.join(sharedDir, dir)).filter((f) => f.endsWith(ext)).sort();
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const planText = await readPlanText(readFileSync(path.join(sharedDir, dir, file)));
      const json = toSpecJson(extractPlan(planText, { source: file }));
      writeFileSync(path.join(predDir, `${path.basename(file, ext)}.json`), JSON.stringify(json));
    }
    const scorer = path.join(sharedDir, 'tools/score-extraction.mjs');
    const output = execFileSync('node', [scorer, '--gold', path.join(sharedDir, 'gold'), '--pred', predDir, '--json'], {
      encoding: 'utf8',
    });
    const summary = JSON.parse(output) as Summary;
    const reached = {
      directives: summary.directives.f1,
      deadlines: summary.deadlines.f1,
      lead: summary.lead.f1,
      fieldAccuracy: summary.fieldAccuracy,
      references: summary.references.f1,
    };
    const below = Object.entries(FLOORS)
      .filter(([measure, floor]) => reached[measure as keyof typeof reached] < floor)
      .map(([measure, floor]) => `${measure} ${reached[measure as keyof typeof reached].toFixed(3)} < ${floor}`);
    expect(below).toEqual([]);
  }, 60_000);
});
