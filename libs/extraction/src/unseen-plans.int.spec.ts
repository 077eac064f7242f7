import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readPlanText } from '@plan-ledger/documents';
import { extractPlan } from './engine';
import { toSpecJson } from './spec-json';

/**
 * Plans written apart from the five samples (other topics, issuers and levels, 2012–2026: UBND tỉnh/huyện/xã, Sở,
 * Phòng, a school, a hospital, a Party committee, a youth union, a steering committee), each with a hand-checked
 * answer in `test-plans/NN-topic.gold.json`, run through the real pipeline and the shared scorer. They guard the
 * rules against fitting the samples only. The floors are below the scores reached (all 1.000 when written).
 */
const repoRoot = path.resolve(__dirname, '../../..');
const sharedDir = process.env.PLAN_LEDGER_SHARED_DIR ?? path.resolve(repoRoot, '../shared');
const plansDir = path.resolve(__dirname, '../test-plans');
const FLOORS = { directives: 0.98, deadlines: 0.98, lead: 0.97, fieldAccuracy: 0.98 };

interface Summary {
  directives: { f1: number };
  deadlines: { f1: number };
  lead: { f1: number };
  fieldAccuracy: number;
}

describe('extraction of plans unlike the samples, scored against their answers', () => {
  const workDir = mkdtempSync(path.join(tmpdir(), 'plan-ledger-unseen-'));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('reaches the floors on every measure', async () => {
    const goldDir = path.join(workDir, 'gold');
    const predDir = path.join(workDir, 'pred');
    mkdirSync(goldDir);
    mkdirSync(predDir);
    const plans = readdirSync(plansDir).filter((f) => f.endsWith('.txt')).sort();
    expect(plans.length).toBeGreaterThanOrEqual(8);
    for (const file of plans) {
      const name = path.basename(file, '.txt');
      copyFileSync(path.join(plansDir, `${name}.gold.json`), path.join(goldDir, `${name}.json`));
      const planText = await readPlanText(readFileSync(path.join(plansDir, file)));
      writeFileSync(path.join(predDir, `${name}.json`), JSON.stringify(toSpecJson(extractPlan(planText, { source: file }))));
    }
    const scorer = path.join(sharedDir, 'tools/score-extraction.mjs');
    const summary = JSON.parse(
      execFileSync('node', [scorer, '--gold', goldDir, '--pred', predDir, '--json'], { encoding: 'utf8' }),
    ) as Summary;
    const reached = {
      directives: summary.directives.f1,
      deadlines: summary.deadlines.f1,
      lead: summary.lead.f1,
      fieldAccuracy: summary.fieldAccuracy,
    };
    const below = Object.entries(FLOORS)
      .filter(([measure, floor]) => reached[measure as keyof typeof reached] < floor)
      .map(([measure, floor]) => `${measure} ${reached[measure as keyof typeof reached].toFixed(3)} < ${floor}`);
    expect(below).toEqual([]);
  }, 60_000);
});
