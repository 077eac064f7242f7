import { readPlanText } from '../read-plan-text';
import { readFixture } from '../testing/fixtures';
import { expectConsistentPlanText } from '../testing/expect-consistent-plan-text';

describe('readPlanText on plain-text plans', () => {
  it.each(['000', '001', '002', '003', '004'])('reads text/%s.txt into consistent, non-empty PlanText', async (plan) => {
    const planText = await readPlanText(readFixture('text', `${plan}.txt`));
    expect(planText.source).toBe('text');
    expect(planText.text).toMatch(/KẾ HOẠCH/i);
    expectConsistentPlanText(planText);
  });

  it.each([
    ['001', 10],
    ['002', 20],
  ])('rebuilds the task table of text/%s.txt from its tab-separated rows', async (plan, minRows) => {
    const planText = await readPlanText(readFixture('text', `${plan}.txt`));
    const rows = planText.blocks.map((block) => (block.kind === 'table' ? block.rows.length : 0));
    expect(Math.max(...rows)).toBeGreaterThanOrEqual(minRows);
  });
});
