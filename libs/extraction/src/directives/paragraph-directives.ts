import type { Deadline } from '../plan-extraction';
import type { TextRange } from '../plan-text';
import { findDeadline, type DeadlineContext } from '../deadlines';
import type { Line } from '../layout/lines';
import { unitsOfSentence } from './assigned-units';
import { attributeOf, type Attribute } from './attribute-lines';
import type { DirectiveDraft } from './directive-draft';
import { buildOutline, headingPath, placeOf, SECTION_RANK, type OutlineNode } from './outline-tree';
import { sectionKindOf, type SectionKind } from './sections';
import { unitBeforeColon, unitOfHeading } from './unit-heading';

/** Closing formulas: the plan's summary and the usual "report difficulties" line, never pieces of work. */
const CLOSING_FORMULA = /^(?:Trên\s+đây\s+là|Trong\s+quá\s+trình\s+(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?thực\s+hiện[^,]*,\s*(?:nếu|có|trường\s+hợp))/iu;
const ENDS_SENTENCE = /[.;!?…”"')\]]$|\.\/\.$/u;

/**
 * Directives written as paragraphs and bullets (spec 4, rules 2 and 3): in the implementation section every
 * item that assigns work, under the unit its heading names; anywhere else an item with an explicit deadline.
 * Purposes and requirements, the preamble and headings that only group items are never directives.
 */
export interface ParagraphOptions {
  /** An appendix: only numbered or bulleted items count (its unmarked lines are titles and notes), placed apart. */
  appendix?: boolean;
}

export function paragraphDirectives(body: Line[], ctx: DeadlineContext, sourceText: string, options: ParagraphOptions = {}): DirectiveDraft[] {
  const nodes = buildOutline(body);
  // A body without sections is read as content: only items with a deadline count; before the first section is the preamble.
  const sectioned = nodes.some((n) => n.rank === SECTION_RANK);
  const kinds = nodes.map((n): SectionKind | null =>
    n.section !== null ? sectionKindOf(nodes[n.section].marker.rest) : sectioned ? null : 'content');
  const attributes = nodes.map((n) => attributeOf(n.marker.rest));
  const described = nodes.map((n) => isDescribedTask(n, attributes));
  const headingUnits = nodes.map((n, i) => (!described[i] && isHeading(nodes, i) ? unitOfHeading(n.marker.rest) : null));
  const out: Array<DirectiveDraft & { node: number }> = [];

  nodes.forEach((node, i) => {
    const kind = kinds[i];
    if (kind === null || kind === 'purpose' || node.rank === SECTION_RANK || attributes[i]) return;
    if (!described[i] && isHeading(nodes, i)) return;
    if (CLOSING_FORMULA.test(node.marker.rest) || (options.appendix && node.marker.kind === 'none')) return;
    const { deadline, recurrence } = findDeadline(workText(node), ctx);
    if (kind !== 'implementation' && !deadline && !(described[i] && blockDeadline(nodes, attributes, i, ctx))) return;
    // A sentence that only introduces the list below it ("… như sau:") is not a piece of work.
    if (!deadline && !described[i] && /:$/.test(node.marker.rest)) return;
    out.push({
      node: i,
      text: workText(node),
      section: headingPath(nodes, node.parent),
      units: unitsOfSentence(node.marker.rest, unitAbove(nodes, headingUnits, i)),
      deadline: withAbsoluteSpan(deadline, node.line, sourceText),
      recurrence,
      span: { start: node.line.start, end: node.line.end },
      place: options.appendix ? `appendix/${placeOf(nodes, i)}` : placeOf(nodes, i),
    });
  });
  giveBlockAttributes(nodes, attributes, out, ctx, sourceText);
  return out.map(({ node: _node, ...draft }) => draft);
}

/** An item whose lines below only state its time and units ("- Thời gian: …", "- Chủ trì: …") is itself the task. */
function isDescribedTask(node: OutlineNode, attributes: (Attribute | null)[]): boolean {
  if (node.children.length === 0 || node.rank === SECTION_RANK) return false;
  const own = node.children.map((c) => attributes[c]);
  return own.every((a) => a !== null) && own.some((a) => a!.kind !== 'detail');
}

/** The deadline stated by a time line among the lines under node `i`. */
function blockDeadline(nodes: OutlineNode[], attributes: (Attribute | null)[], i: number, ctx: DeadlineContext): Deadline | null {
  for (const c of nodes[i].children) {
    if (attributes[c]?.kind === 'time') return findDeadline(nodes[c].marker.rest, ctx).deadline;
  }
  return null;
}

/** The item's text without its list mark; "Sở Nội vụ: Chủ trì …" keeps its unit in the text. */
const workText = (node: OutlineNode): string => node.marker.rest;

/** A numbered item that only groups what follows: it has children and names a unit or is not a full sentence. */
function isHeading(nodes: OutlineNode[], i: number): boolean {
  const node = nodes[i];
  if (node.rank === SECTION_RANK) return true;
  if (node.children.length === 0) return false;
  const text = node.marker.rest;
  return unitOfHeading(text) !== null || /:$/.test(text) || !ENDS_SENTENCE.test(text);
}

function unitAbove(nodes: OutlineNode[], headingUnits: (string | null)[], i: number): string | null {
  const inline = unitBeforeColon(nodes[i].marker.rest);
  if (inline) return inline.unit;
  for (let j = nodes[i].parent; j !== null; j = nodes[j].parent) if (headingUnits[j]) return headingUnits[j];
  return null;
}

function withAbsoluteSpan(deadline: Deadline | null, line: Line, sourceText: string): Deadline | null {
  if (!deadline) return null;
  const at = sourceText.slice(line.start, line.end).indexOf(deadline.raw);
  const { span: _span, ...rest } = deadline;
  return at < 0 ? rest : { ...rest, span: { start: line.start + at, end: line.start + at + deadline.raw.length } as TextRange };
}

/**
 * Time and unit lines ("- Thời gian …: …", "- Đơn vị chủ trì: …") belong to the task they describe (their parent,
 * when it is a directive) or else to every directive of their block that lacks the value (spec 2).
 */
function giveBlockAttributes(
  nodes: OutlineNode[],
  attributes: (Attribute | null)[],
  out: Array<DirectiveDraft & { node: number }>,
  ctx: DeadlineContext,
  sourceText: string,
): void {
  nodes.forEach((node, i) => {
    const attribute = attributes[i];
    if (!attribute || attribute.kind === 'detail') return;
    const owner = out.find((d) => d.node === node.parent);
    const targets = owner ? [owner] : out.filter((d) => nodes[d.node].parent === node.parent);
    if (attribute.kind === 'time') {
      const { deadline } = findDeadline(node.marker.rest, ctx);
      if (!deadline) return;
      for (const d of targets) if (!d.deadline) d.deadline = withAbsoluteSpan(deadline, node.line, sourceText);
      return;
    }
    for (const d of targets) {
      const names = d.units[attribute.role];
      if (attribute.role === 'lead' && names.length && !owner) continue;
      d.units[attribute.role] = [...new Set([...(owner ? [] : names), ...attribute.names])];
    }
  });
}
