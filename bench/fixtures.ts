import * as path from 'node:path';

/** The shared fixtures (plans and the long DOCX), next to the clone unless PLAN_LEDGER_SHARED_DIR says otherwise. */
export const SHARED_DIR = process.env.PLAN_LEDGER_SHARED_DIR ?? path.resolve(__dirname, '../../shared');
export const fixture = (...parts: string[]): string => path.join(SHARED_DIR, 'fixtures', ...parts);

const PLANS = ['000', '001', '002', '003', '004'];
/** The ten sample files: each plan as DOCX and as PDF. */
export const SAMPLE_FILES = PLANS.flatMap((plan) => [fixture('plans', `${plan}.docx`), fixture('plans', `${plan}.pdf`)]);
/** The plain-text exports of the same plans. */
export const TEXT_FILES = PLANS.map((plan) => fixture('text', `${plan}.txt`));
export const LONG_DOCX = fixture('edge', 'long-001x40.docx');
