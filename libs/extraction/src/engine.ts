import type { Directive, PlanExtraction } from './plan-extraction';
import type { PlanText, TableBlock } from './plan-text';
import type { DeadlineContext } from './deadlines';
import { kindLineOf } from './header/document-kind';
import { outlineOf, readDocumentFields } from './header/header';
import { isPageNumber, linesOfLayoutTable, linesOfParagraph, markerOfLine, type Line } from './layout/lines';
import { rejoinBrokenLines } from './layout/rejoin';
import { withIds } from './directives/ids';
import { paragraphDirectives } from './directives/paragraph-directives';
import { tableDirectives } from './directives/table-directives';
import type { DirectiveDraft } from './directives/directive-draft';
import { readTaskRows, taskTableOf, type TaskTable } from './tables/task-table';
import { extractReferences } from './references';
import { canonicalUnitId } from './units';

/** Bumped whenever the rules change what is extracted: a stored text re-parsed by a newer version gets a new PlanParsed. */
export const EXTRACTOR_VERSION = '1.1.0';

/** The appendix title ("PHỤ LỤC", "Phụ lục I"): after the signature, its task lists still count. */
const APPENDIX = /^PH[ỤU]\s+L[ỤU]C\b/iu;

interface TaskTableRun {
  table: TaskTable;
  blocks: TableBlock[];
  /** Offset in the text where the table starts: places it among the lines. */
  start: number;
}

/** PlanText → PlanExtraction: document fields, references, and directives with units, deadlines and spans. */
export function extractPlan(planText: PlanText, options: { source: string }): PlanExtraction {
  const { lines, tables } = layoutOf(planText);
  const outline = outlineOf(lines);
  const document = readDocumentFields({
    lines,
    outline,
    references: (ownNumber) => extractReferences(planText.text, { ownNumber }),
  });
  const ctx: DeadlineContext = { year: document.year, issuedOn: document.issuedOn };
  const body = lines.slice(outline.firstSection, outline.bodyEnd).filter((l) => !l.fromTable);
  const appendixStart = lines.findIndex((l, i) => i >= outline.bodyEnd && APPENDIX.test(l.text));
  const appendix = appendixStart < 0 ? [] : lines.slice(appendixStart + 1).filter((l) => !l.fromTable);
  const drafts: DirectiveDraft[] = [
    ...paragraphDirectives(body, ctx, planText.text),
    ...paragraphDirectives(appendix, ctx, planText.text, { appendix: true }),
    ...tables.flatMap((run, n) =>
      tableDirectives(readTaskRows(planText, run.blocks, run.table, ctx), n + 1, sectionBefore(lines, run.start), ctx)),
  ].sort((a, b) => a.span.start - b.span.start);
  const directives: Directive[] = withIds(drafts).map((d) => ({
    ...d,
    unitIds: {
      lead: d.units.lead.map((u) => canonicalUnitId(u, document.issuer)),
      support: d.units.support.map((u) => canonicalUnitId(u, document.issuer)),
      direct: d.units.direct.map((u) => canonicalUnitId(u, document.issuer)),
    },
  }));
  return { schema: 'vn-plan/1', source: options.source, extractorVersion: EXTRACTOR_VERSION, document, directives };
}

/**
 * Running text as lines (page numbers dropped, sentences cut by page breaks rejoined) and the task tables, a
 * table that goes on after a page break (a block without its own header, as wide as the table) kept as one.
 */
function layoutOf(plan: PlanText): { lines: Line[]; tables: TaskTableRun[] } {
  const lines: Line[] = [];
  const tables: TaskTableRun[] = [];
  let lastTable: TaskTableRun | null = null;
  plan.blocks.forEach((block, index) => {
    if (block.kind === 'paragraph') {
      const own = linesOfParagraph(plan, block, index).filter((l) => !isPageNumber(l));
      if (own.length) lastTable = null;
      lines.push(...own);
      return;
    }
    const table = taskTableOf(plan, block);
    if (table) {
      lastTable = { table, blocks: [block], start: block.start };
      tables.push(lastTable);
    } else if (lastTable && continuesTable(lastTable, block)) {
      lastTable.blocks.push(block);
    } else {
      lastTable = null;
      lines.push(...linesOfLayoutTable(plan, block, index));
    }
  });
  return { lines: rejoinBrokenLines(lines, (text) => kindLineOf(text) !== null), tables };
}

function continuesTable(run: TaskTableRun, block: TableBlock): boolean {
  const width = (b: TableBlock): number => Math.max(...b.rows.map((r) => r.cells.reduce((n, c) => n + (c.colSpan ?? 1), 0)));
  return Math.abs(width(block) - run.table.columns.length) <= 1;
}

/** The heading a table stands under: the last section heading or appendix title before it. */
function sectionBefore(lines: Line[], offset: number): string {
  let section = '';
  for (const line of lines) {
    if (line.start > offset) break;
    if (markerOfLine(line).kind === 'roman' || APPENDIX.test(line.text)) section = line.text;
  }
  return section;
}
