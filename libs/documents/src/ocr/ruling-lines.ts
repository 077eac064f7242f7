import type { Box, RuledTable } from '../pdf/pdf-document';
import { INK } from './deskew';
import type { GreyImage } from './grey-image';

/** A drawn line of a level page: `at` across it (y of a horizontal, x of a vertical), `from`–`to` along it. */
export interface Rule {
  at: number;
  from: number;
  to: number;
  thickness: number;
}

export interface Rulings {
  horizontals: Rule[];
  verticals: Rule[];
}

/** Lengths in pixels at 200 dpi, the resolution pages are scanned at. */
const MIN_HORIZONTAL = 50;
const MIN_VERTICAL = 12;
/** Glyph strokes are shorter: a vertical this long needs to meet a horizontal at one end only, not both. */
const LONG_VERTICAL = 70;
/** JPEG noise breaks a printed line by a pixel or two. */
const MAX_GAP = 2;
/** Pieces of one broken line: at most this far apart across it, and this far along it. */
const MAX_STEP = 2;
const MAX_BREAK = 8;
/** Thicker runs are filled shapes (a seal, a photo), not ruling lines. */
const MAX_THICKNESS = 8;
/** How near a line's end must come to another line to meet it. */
const TOUCH = 5;
/** A frame narrower than an inch is a box around a word or a mark, not a table. */
const MIN_TABLE_WIDTH = 200;
/** Bands and cells narrower than this are the gap inside a double line. */
const MIN_CELL = 10;

/**
 * The frames of the tables drawn on a level page: groups of crossing ruling lines (long thin runs of ink), each
 * horizontal meeting at least two verticals, so a run of serifs along a line of text is no rule.
 */
export function tableFrames(image: GreyImage): Rulings[] {
  const horizontals = runsOf(image, 'horizontal', MIN_HORIZONTAL);
  const verticals = runsOf(image, 'vertical', MIN_VERTICAL).filter((v) => {
    const ends = [v.from, v.to].filter((end) => horizontals.some((h) => meetsAt(v, h, end)));
    return ends.length === 2 || (ends.length === 1 && v.to - v.from >= LONG_VERTICAL);
  });
  return groupsOf({ horizontals, verticals })
    .map((group) => ({
      horizontals: group.horizontals.filter((h) => group.verticals.filter((v) => crosses(v, h)).length >= 2),
      verticals: group.verticals,
    }))
    .filter((frame) => frame.verticals.length >= 2 && frame.horizontals.length >= 1)
    .filter((frame) => widthOf(frame.horizontals) >= MIN_TABLE_WIDTH);
}

function widthOf(horizontals: Rule[]): number {
  return Math.max(...horizontals.map((h) => h.to)) - Math.min(...horizontals.map((h) => h.from));
}

const meetsAt = (v: Rule, h: Rule, end: number): boolean =>
  Math.abs(h.at - end) <= TOUCH && v.at >= h.from - TOUCH && v.at <= h.to + TOUCH;

const crosses = (v: Rule, h: Rule): boolean =>
  h.at >= v.from - TOUCH && h.at <= v.to + TOUCH && v.at >= h.from - TOUCH && v.at <= h.to + TOUCH;

interface OpenRule {
  from: number;
  to: number;
  last: number;
  sum: number;
  rows: number;
}

/** Runs of ink at least `minLength` long, merged with the runs beside them into lines a few pixels thick. */
function runsOf(image: GreyImage, direction: 'horizontal' | 'vertical', minLength: number): Rule[] {
  const { width, height, pixels } = image;
  const horizontal = direction === 'horizontal';
  const [alongSize, acrossSize] = horizontal ? [width, height] : [height, width];
  const [alongStep, acrossStep] = horizontal ? [1, width] : [width, 1];
  const closed: OpenRule[] = [];
  let open: OpenRule[] = [];
  for (let across = 0; across < acrossSize; across++) {
    const next: OpenRule[] = [];
    let start = -1;
    let lastInk = -1;
    for (let along = 0; along <= alongSize; along++) {
      const at = along * alongStep + across * acrossStep;
      // A line one pixel thick steps between neighbouring rows where the page was not quite level.
      if (along < alongSize && (pixels[at] < INK || (across + 1 < acrossSize && pixels[at + acrossStep] < INK))) {
        if (start < 0) start = along;
        lastInk = along;
        continue;
      }
      if (start < 0 || (along - lastInk <= MAX_GAP && along < alongSize)) continue;
      if (lastInk - start + 1 >= minLength) {
        const [from, to] = [start, lastInk];
        // Several runs of one row may continue one line that steps between rows.
        const overlaps = (r: OpenRule): boolean => from <= r.to && to >= r.from;
        const rule = open.find((r) => r.last >= across - 1 && overlaps(r)) ?? next.find(overlaps);
        if (!rule) next.push({ from, to, last: across, sum: across, rows: 1 });
        else {
          if (rule.last !== across) Object.assign(rule, { last: across, sum: rule.sum + across, rows: rule.rows + 1 });
          Object.assign(rule, { from: Math.min(rule.from, from), to: Math.max(rule.to, to) });
        }
      }
      start = -1;
    }
    for (const rule of open) (rule.last === across ? next : closed).push(rule);
    open = next;
  }
  const rules = [...closed, ...open]
    .filter((rule) => rule.rows <= MAX_THICKNESS)
    .map((rule) => ({ at: rule.sum / rule.rows, from: rule.from, to: rule.to, thickness: rule.rows }));
  return joinBroken(rules);
}

/** JPEG blocks break a faint line into pieces: pieces on one line with short gaps between them are one rule. */
function joinBroken(rules: Rule[]): Rule[] {
  const joined: Rule[] = [];
  for (const rule of [...rules].sort((a, b) => a.from - b.from)) {
    const before = joined.find((r) => Math.abs(r.at - rule.at) <= MAX_STEP && rule.from <= r.to + MAX_BREAK);
    if (before) Object.assign(before, { to: Math.max(before.to, rule.to), thickness: Math.max(before.thickness, rule.thickness) });
    else joined.push({ ...rule });
  }
  return joined;
}

/**
 * The page with its tables' ruling lines painted white, so OCR reads cell text without strokes of the frame.
 * Where a glyph touches or crosses a line (ink just beside it), that bit of line stays, so letters keep
 * their feet.
 */
export function eraseFrames(image: GreyImage, frames: Rulings[]): GreyImage {
  const { width, height } = image;
  const pixels = new Uint8Array(image.pixels);
  const inside = (x: number, y: number): boolean => x >= 0 && x < width && y >= 0 && y < height;
  // Read as erased so far: where a vertical crosses an erased horizontal, nothing is left beside it.
  const light = (x: number, y: number): boolean => !inside(x, y) || pixels[y * width + x] >= INK;
  const erase = (rule: Rule, horizontal: boolean): void => {
    // Anti-aliasing greys a pixel either side of the line.
    const first = Math.floor(rule.at - rule.thickness / 2) - 1;
    const last = Math.ceil(rule.at + rule.thickness / 2) + 1;
    for (let along = rule.from - 2; along <= rule.to + 2; along++) {
      const point = (across: number): [number, number] => (horizontal ? [along, across] : [across, along]);
      if (!light(...point(first - 1)) || !light(...point(last + 1))) continue;
      for (let across = first; across <= last; across++) {
        const [x, y] = point(across);
        if (inside(x, y)) pixels[y * width + x] = 255;
      }
    }
  };
  for (const { horizontals, verticals } of frames) {
    horizontals.forEach((h) => erase(h, true));
    verticals.forEach((v) => erase(v, false));
  }
  return { ...image, pixels };
}

function groupsOf({ horizontals, verticals }: Rulings): Rulings[] {
  const lines = [...horizontals.map((rule) => ({ rule, vertical: false })), ...verticals.map((rule) => ({ rule, vertical: true }))];
  const parent = lines.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  lines.forEach((a, i) => {
    lines.forEach((b, j) => {
      if (a.vertical && !b.vertical && crosses(a.rule, b.rule)) parent[root(i)] = root(j);
    });
  });
  const groups = new Map<number, Rulings>();
  lines.forEach((line, i) => {
    const group = groups.get(root(i)) ?? { horizontals: [], verticals: [] };
    (line.vertical ? group.verticals : group.horizontals).push(line.rule);
    groups.set(root(i), group);
  });
  return [...groups.values()];
}

/**
 * A frame's cells, in pixels: row bands between the horizontals, each cut by the verticals that run through
 * it (so a merged cell is one wide box). A table cut by the page edge, without its closing horizontal, ends
 * where its verticals end.
 */
export function gridOf({ horizontals, verticals }: Rulings): RuledTable | undefined {
  const top = Math.min(...verticals.map((v) => v.from));
  const bottom = Math.max(...verticals.map((v) => v.to));
  const left = Math.min(...verticals.map((v) => v.at), ...horizontals.map((h) => h.from));
  const right = Math.max(...verticals.map((v) => v.at), ...horizontals.map((h) => h.to));
  const edges = clusters([top, bottom, ...horizontals.map((h) => h.at)]);
  const rows: Box[][] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const [rowTop, rowBottom] = [edges[i], edges[i + 1]];
    if (rowBottom - rowTop < MIN_CELL) continue;
    const through = verticals.filter((v) => v.from <= rowTop + TOUCH && v.to >= rowBottom - TOUCH).map((v) => v.at);
    const cuts = clusters([left, right, ...through]);
    const row: Box[] = [];
    for (let k = 0; k + 1 < cuts.length; k++) {
      if (cuts[k + 1] - cuts[k] >= MIN_CELL) row.push({ left: cuts[k], top: rowTop, right: cuts[k + 1], bottom: rowBottom });
    }
    if (row.length > 0) rows.push(row);
  }
  if (rows.length === 0) return undefined;
  return { left, top: edges[0], right, bottom: edges[edges.length - 1], rows };
}

/** Sorted positions, those within TOUCH of each other merged into their mean. */
function clusters(positions: number[]): number[] {
  const sorted = [...positions].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const position of sorted) {
    const last = groups[groups.length - 1];
    if (last && position - last[last.length - 1] <= TOUCH) last.push(position);
    else groups.push([position]);
  }
  return groups.map((group) => group.reduce((sum, p) => sum + p, 0) / group.length);
}
