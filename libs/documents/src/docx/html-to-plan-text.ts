import type { PlanText } from '@plan-ledger/extraction';
import { PlanTextBuilder, type CellInput, type RowInput } from '../plan-text-builder';
import { parseHtml, type HtmlElement, type HtmlNode } from './html-tree';

const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LIST_TAGS = new Set(['ul', 'ol']);
const BLOCK_TAGS = new Set([...PARAGRAPH_TAGS, ...LIST_TAGS, 'li', 'table', 'tr', 'td', 'th', 'div', 'blockquote']);

const isElement = (node: HtmlNode): node is HtmlElement => typeof node !== 'string';

/**
 * A list item's paragraph gets `style` "ol:<ordinal>" (its place in mammoth's list) or "ul", with
 * ";level:<n>" for nested lists, whether or not readDocx could put Word's printed label in its text.
 */
const listStyle = (list: ListContext): string =>
  `${list.ordered ? `ol:${list.ordinal}` : 'ul'}${list.level > 1 ? `;level:${list.level}` : ''}`;

/**
 * Inside a table cell its paragraphs and list items are joined with a space (a cell is one line: rows
 * are split on newlines, cells on tabs). So that list items stay apart, each starts with its marker: the
 * label Word prints when readDocx could put it back, else "- " for a bullet (the dash Vietnamese documents
 * type by hand) unless the item starts with one, and "<n>. " for a numbered item.
 */
export const CELL_PART_SEPARATOR = ' ';
const BULLET_START = /^[-–—•+*·]/;
const cellListMarker = (list: ListContext, text: string, options: HtmlToPlanTextOptions): string =>
  options.listLabelsInText ? '' : list.ordered ? `${list.ordinal}. ` : BULLET_START.test(text) ? '' : '- ';

export interface HtmlToPlanTextOptions {
  /** List items already start with the label Word prints. */
  listLabelsInText?: boolean;
}

interface ListContext {
  ordered: boolean;
  ordinal: number;
  level: number;
}

/** mammoth's HTML -> PlanText: paragraphs, headings and list items as paragraphs, tables with their cells. */
export function htmlToPlanText(html: string, options: HtmlToPlanTextOptions = {}): PlanText {
  const builder = new PlanTextBuilder();
  walkBlocks(parseHtml(html), builder, 0, options);
  return builder.build('docx');
}

function walkBlocks(element: HtmlElement, builder: PlanTextBuilder, listLevel: number, options: HtmlToPlanTextOptions): void {
  let loose: HtmlNode[] = [];
  const flushLoose = (): void => {
    builder.paragraph(inlineText(loose, '\n'));
    loose = [];
  };
  for (const child of element.children) {
    if (!isElement(child) || !BLOCK_TAGS.has(child.tag)) {
      loose.push(child);
      continue;
    }
    flushLoose();
    if (PARAGRAPH_TAGS.has(child.tag)) {
      builder.paragraph(inlineText(child.children, '\n'), child.tag[0] === 'h' ? { style: child.tag } : {});
    } else if (LIST_TAGS.has(child.tag)) {
      walkList(child, builder, listLevel + 1, options);
    } else if (child.tag === 'table') {
      builder.table(tableRows(child, options));
    } else {
      walkBlocks(child, builder, listLevel, options);
    }
  }
  flushLoose();
}

function walkList(list: HtmlElement, builder: PlanTextBuilder, level: number, options: HtmlToPlanTextOptions): void {
  let ordinal = 0;
  for (const item of list.children.filter(isElement)) {
    if (item.tag !== 'li') {
      walkBlocks({ tag: list.tag, attrs: {}, children: [item] }, builder, level, options);
      continue;
    }
    ordinal++;
    const context = { ordered: list.tag === 'ol', ordinal, level };
    const [inline, blocks] = partition(item.children);
    builder.paragraph(inlineText(inline, '\n'), { style: listStyle(context) });
    walkBlocks({ ...item, children: blocks }, builder, level, options);
  }
}

/** A list item's own text, then its nested lists or paragraphs. */
function partition(children: HtmlNode[]): [HtmlNode[], HtmlNode[]] {
  const firstBlock = children.findIndex((child) => isElement(child) && BLOCK_TAGS.has(child.tag));
  return firstBlock === -1 ? [children, []] : [children.slice(0, firstBlock), children.slice(firstBlock)];
}

function tableRows(table: HtmlElement, options: HtmlToPlanTextOptions): RowInput[] {
  const rows: RowInput[] = [];
  const collect = (element: HtmlElement): void => {
    for (const child of element.children.filter(isElement)) {
      if (child.tag === 'tr') rows.push({ cells: child.children.filter(isElement).filter(isCell).map((cell) => cellInput(cell, options)) });
      else if (child.tag !== 'table') collect(child);
    }
  };
  collect(table);
  return rows;
}

const isCell = (element: HtmlElement): boolean => element.tag === 'td' || element.tag === 'th';

function cellInput(cell: HtmlElement, options: HtmlToPlanTextOptions): CellInput {
  const colSpan = Number(cell.attrs.colspan ?? '1');
  return { text: cellParts(cell.children, undefined, options).join(CELL_PART_SEPARATOR), ...(colSpan > 1 ? { colSpan } : {}) };
}

function cellParts(children: HtmlNode[], list: ListContext | undefined, options: HtmlToPlanTextOptions): string[] {
  const parts: string[] = [];
  let loose: HtmlNode[] = [];
  const flushLoose = (): void => {
    const text = inlineText(loose, ' ');
    if (text) parts.push(list ? cellListMarker(list, text, options) + text : text);
    loose = [];
  };
  for (const child of children) {
    if (!isElement(child) || !BLOCK_TAGS.has(child.tag)) {
      loose.push(child);
      continue;
    }
    flushLoose();
    if (LIST_TAGS.has(child.tag)) {
      let ordinal = 0;
      for (const item of child.children.filter(isElement)) {
        const context = { ordered: child.tag === 'ol', ordinal: item.tag === 'li' ? ++ordinal : ordinal, level: 1 };
        parts.push(...cellParts(item.children, context, options));
      }
    } else if (child.tag === 'table') {
      parts.push(...tableRows(child, options).flatMap((row) => row.cells.map((cell) => cell.text)).filter(Boolean));
    } else {
      parts.push(...cellParts(child.children, undefined, options));
    }
  }
  flushLoose();
  return parts;
}

/** Text of inline content; `<br>` becomes `lineBreak` (a newline in a paragraph, a space in a cell). */
function inlineText(nodes: HtmlNode[], lineBreak: string): string {
  return nodes
    .map((node) => {
      if (!isElement(node)) return node;
      if (node.tag === 'br') return lineBreak;
      return inlineText(node.children, lineBreak);
    })
    .join('')
    .trim();
}
