import type { PlanText } from '@plan-ledger/extraction';

/**
 * Asserts the PlanText contract: NFC text made of exactly its blocks joined by blank lines, tables made of
 * rows joined by newlines and cells joined by tabs, every range pointing at its own content.
 */
export function expectConsistentPlanText(planText: PlanText): void {
  const { text, blocks } = planText;
  expect(blocks.length).toBeGreaterThan(0);
  expect(text.normalize('NFC')).toBe(text);
  expect(blocks.map((block) => text.slice(block.start, block.end)).join('\n\n')).toBe(text);
  for (const block of blocks) {
    const content = text.slice(block.start, block.end);
    if (block.kind === 'paragraph') {
      expect(content.trim()).not.toBe('');
      expect(content).not.toMatch(/\n\n|\t/);
      continue;
    }
    expect(block.rows.map((row) => text.slice(row.start, row.end)).join('\n')).toBe(content);
    for (const row of block.rows) {
      expect(row.cells.map((cell) => text.slice(cell.start, cell.end)).join('\t')).toBe(text.slice(row.start, row.end));
      for (const cell of row.cells) expect(text.slice(cell.start, cell.end)).not.toMatch(/[\t\n]/);
    }
  }
}
