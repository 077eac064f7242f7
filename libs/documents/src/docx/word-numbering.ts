import { decodeEntities } from './html-tree';

/**
 * The labels Word prints before automatically numbered paragraphs ("1.", "a)", "II.", "-"), which mammoth
 * drops (it keeps only "ordered or not"). Vietnamese plans number their sections and tasks this way as
 * often as by hand. Read with light pattern matching from numbering.xml and document.xml; the caller only
 * uses the result when it lines up paragraph for paragraph with what mammoth read.
 */
export interface ParagraphNumbering {
  isOrdered: boolean;
  level: number;
  /** What Word prints, e.g. "2.", "b)", "-"; '' for a level printed without a label. */
  label: string;
}

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  isLgl: boolean;
  pStyle?: string;
}

interface Numbering {
  abstractNums: Map<string, Map<number, Level>>;
  nums: Map<string, { abstractNumId: string; startOverrides: Map<number, number> }>;
}

const attr = (xml: string, name: string): string | undefined =>
  xml.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
const child = (xml: string, tag: string): string | undefined => xml.match(new RegExp(`<${tag}\\b[^>]*?/?>`))?.[0];
const childVal = (xml: string, tag: string): string | undefined => {
  const element = child(xml, tag);
  return element === undefined ? undefined : attr(element, 'w:val');
};

export function parseNumbering(xml: string): Numbering {
  const abstractNums = new Map<string, Map<number, Level>>();
  for (const [, open, body] of xml.matchAll(/(<w:abstractNum\b[^>]*>)([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const [, lvlOpen, lvl] of body.matchAll(/(<w:lvl\b[^>]*>)([\s\S]*?)<\/w:lvl>/g)) {
      levels.set(Number(attr(lvlOpen, 'w:ilvl') ?? '0'), {
        start: Number(childVal(lvl, 'w:start') ?? '1'),
        numFmt: childVal(lvl, 'w:numFmt') ?? 'decimal',
        lvlText: decodeEntities(childVal(lvl, 'w:lvlText') ?? ''),
        isLgl: child(lvl, 'w:isLgl') !== undefined,
        pStyle: childVal(lvl, 'w:pStyle'),
      });
    }
    abstractNums.set(attr(open, 'w:abstractNumId') ?? '', levels);
  }
  const nums = new Map<string, { abstractNumId: string; startOverrides: Map<number, number> }>();
  for (const [, open, body] of xml.matchAll(/(<w:num\b[^>]*>)([\s\S]*?)<\/w:num>/g)) {
    const startOverrides = new Map<number, number>();
    for (const [, overrideOpen, override] of body.matchAll(/(<w:lvlOverride\b[^>]*>)([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = childVal(override, 'w:startOverride');
      if (start !== undefined) startOverrides.set(Number(attr(overrideOpen, 'w:ilvl') ?? '0'), Number(start));
    }
    nums.set(attr(open, 'w:numId') ?? '', { abstractNumId: childVal(body, 'w:abstractNumId') ?? '', startOverrides });
  }
  return { abstractNums, nums };
}

const ROMAN: Array<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];
const roman = (n: number): string =>
  ROMAN.reduce((out, [value, digits]) => {
    let rest = out;
    while (n >= value) {
      rest += digits;
      n -= value;
    }
    return rest;
  }, '');
// Word's letter lists go a..z, then aa..zz.
const letter = (n: number): string => String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);

export function formatCounter(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'lowerLetter':
      return letter(n);
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

/** Bullets keep the dash or plus Vietnamese plans use; symbol-font glyphs read as a dash. */
const bulletLabel = (lvlText: string): string => (/^[-+–]$/.test(lvlText.trim()) ? lvlText.trim() : '-');

/** Numbering of every paragraph of document.xml, in order (undefined for paragraphs without numbering). */
export function numberParagraphs(documentXml: string, numberingXml: string): Array<ParagraphNumbering | undefined> {
  const numbering = parseNumbering(numberingXml);
  const styleLevels = new Map<string, { abstractNumId: string; level: number }>();
  for (const [abstractNumId, levels] of numbering.abstractNums) {
    for (const [level, { pStyle }] of levels) if (pStyle && !styleLevels.has(pStyle)) styleLevels.set(pStyle, { abstractNumId, level });
  }
  // Word counts per abstract list: separate w:num instances continue it unless they override the start.
  const counters = new Map<string, number[]>();
  const startedNums = new Set<string>();

  const resolve = (numId: string | undefined, ilvl: string | undefined, pStyle: string | undefined) => {
    if (numId !== undefined && ilvl !== undefined) return fromNum(numId, Number(ilvl));
    const byStyle = pStyle === undefined ? undefined : styleLevels.get(pStyle);
    if (byStyle) return { ...byStyle, numId: undefined };
    return numId === undefined ? undefined : fromNum(numId, 0);
  };
  const fromNum = (numId: string, level: number) => {
    const num = numbering.nums.get(numId);
    return num && numbering.abstractNums.get(num.abstractNumId)?.has(level) ? { abstractNumId: num.abstractNumId, level, numId } : undefined;
  };

  return [...documentXml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map(([, body = '']) => {
    const pPr = body.match(/<w:pPr>([\s\S]*?)<\/w:pPr>/)?.[1] ?? '';
    const numPr = pPr.match(/<w:numPr>([\s\S]*?)<\/w:numPr>/)?.[1] ?? '';
    const found = resolve(childVal(numPr, 'w:numId'), childVal(numPr, 'w:ilvl'), childVal(pPr, 'w:pStyle'));
    if (!found) return undefined;
    const levels = numbering.abstractNums.get(found.abstractNumId) as Map<number, Level>;
    const current = counters.get(found.abstractNumId) ?? [];
    const override = found.numId === undefined ? undefined : numbering.nums.get(found.numId)?.startOverrides.get(found.level);
    if (found.numId !== undefined && override !== undefined && !startedNums.has(`${found.numId}:${found.level}`)) {
      current[found.level] = override - 1;
    }
    if (found.numId !== undefined) startedNums.add(`${found.numId}:${found.level}`);
    const level = levels.get(found.level) as Level;
    current[found.level] = current[found.level] === undefined ? level.start : current[found.level] + 1;
    current.length = found.level + 1;
    counters.set(found.abstractNumId, current);

    const isOrdered = level.numFmt !== 'bullet';
    if (!isOrdered) return { isOrdered, level: found.level, label: bulletLabel(level.lvlText) };
    if (level.numFmt === 'none') return { isOrdered, level: found.level, label: '' };
    const label = level.lvlText.replace(/%([1-9])/g, (_, k: string) => {
      const index = Number(k) - 1;
      const value = current[index] ?? levels.get(index)?.start ?? 1;
      return formatCounter(value, level.isLgl ? 'decimal' : levels.get(index)?.numFmt ?? 'decimal');
    });
    return { isOrdered, level: found.level, label: label.trim() };
  });
}
