import { markerOfLine, type Line } from '../layout/lines';
import { isUpperCase } from '../layout/rejoin';
import type { Marker } from '../layout/markers';
import { sectionKindOf } from './sections';
import { unitOfHeading } from './unit-heading';

/** One body line placed in the plan's outline: sections (I.), items (1., 1.1), letters (a)), bullets, paragraphs. */
export interface OutlineNode {
  line: Line;
  marker: Marker;
  /** Smaller is higher: section 0, "1." 1, "1.1" 2, letter 5, bullet 6, "+" 6.5, plain paragraph 7. */
  rank: number;
  parent: number | null;
  children: number[];
  /** Index of the section heading above (or the node itself for a heading), null in the preamble. */
  section: number | null;
}

export const SECTION_RANK = 0;
const PARAGRAPH_RANK = 7;
/** An unnumbered or bulleted line naming a unit, closed by a colon ("Phòng Nội vụ:", "* Hiệu trưởng:"), heads the lines below it. */
const UNIT_LABEL_RANK = 5.5;
/** Plain paragraphs hang under the nearest numbered, lettered or unit-label line, never under a bullet. */
const HEADING_RANKS_MAX = UNIT_LABEL_RANK;

function rankOf(marker: Marker, isSection: boolean): number {
  if (isSection) return SECTION_RANK;
  if ((marker.kind === 'none' || marker.kind === 'bullet') && /:$/.test(marker.rest) && unitOfHeading(marker.rest)) return UNIT_LABEL_RANK;
  switch (marker.kind) {
    case 'roman': return SECTION_RANK;
    case 'number': return marker.depth;
    case 'letter': return 5;
    case 'bullet': return marker.label === '+' ? 6.5 : 6;
    default: return PARAGRAPH_RANK;
  }
}

export function buildOutline(lines: Line[]): OutlineNode[] {
  const markers = lines.map(markerOfLine);
  const hasRoman = markers.some((m) => m.kind === 'roman');
  // Without Roman numerals, "1." items are the sections when one of them reads as a section heading
  // ("1. Mục đích, yêu cầu", "3. Tổ chức thực hiện"), or when they are printed in capitals.
  const numberedSections = !hasRoman && markers.some((m) => m.kind === 'number' && m.depth === 1 && isSectionTitle(m.rest));
  const nodes: OutlineNode[] = [];
  let section: number | null = null;
  lines.forEach((line, i) => {
    const marker = markers[i];
    const isSection = marker.kind === 'roman' ||
      (!hasRoman && marker.kind === 'number' && marker.depth === 1 && (numberedSections || isUpperCase(marker.rest)));
    const rank = rankOf(marker, isSection);
    if (isSection) section = i;
    const limit = rank === PARAGRAPH_RANK ? HEADING_RANKS_MAX + 0.5 : rank;
    let parent: number | null = null;
    for (let j = i - 1; j >= 0; j--) {
      if (nodes[j].rank < limit) { parent = j; break; }
    }
    nodes.push({ line, marker, rank, parent, children: [], section: isSection ? i : section });
    if (parent !== null) nodes[parent].children.push(i);
  });
  return nodes;
}

function isSectionTitle(text: string): boolean {
  const kind = sectionKindOf(text);
  return (kind === 'purpose' || kind === 'implementation') && text.split(/\s+/).length <= 8;
}

/** The heading path of a node, e.g. "III. TỔ CHỨC THỰC HIỆN > 1. Phòng Tổ chức - Hành chính - Quản trị". */
export function headingPath(nodes: OutlineNode[], index: number | null): string {
  const path: string[] = [];
  for (let j = index; j !== null; j = nodes[j].parent) {
    if (nodes[j].rank < PARAGRAPH_RANK && nodes[j].marker.kind !== 'bullet') path.unshift(nodes[j].line.text);
  }
  return path.join(' > ');
}

/** The structural place of a node: labels of its numbered ancestors and its ordinal among siblings. */
export function placeOf(nodes: OutlineNode[], index: number): string {
  const labels: string[] = [];
  for (let j: number | null = index; j !== null; j = nodes[j].parent) {
    const node: OutlineNode = nodes[j];
    const siblings: number[] = node.parent === null ? [] : nodes[node.parent].children;
    const label = node.marker.kind === 'roman' || node.marker.kind === 'number' || node.marker.kind === 'letter'
      ? node.marker.label
      : `#${siblings.indexOf(j) + 1}`;
    labels.unshift(label);
  }
  return labels.join('/');
}
