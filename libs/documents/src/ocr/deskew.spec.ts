import { deskew, estimateSkew } from './deskew';
import { inkAt, slopedLine, whitePage } from './testing/draw';

/** A page of text-like lines, all tilted by the same slope. */
function tiltedPage(slope: number) {
  const page = whitePage(800, 600);
  for (let y = 100; y < 500; y += 40) slopedLine(page, y, 100, 700, slope);
  return page;
}

describe('estimateSkew', () => {
  it.each([0, 0.007, -0.0106, 0.025, -0.035])('finds the slope %p of the page lines', (slope) => {
    expect(estimateSkew(tiltedPage(slope))).toBeCloseTo(slope, 3);
  });

  it('is 0 on a blank page', () => {
    expect(estimateSkew(whitePage(50, 50))).toBe(0);
  });
});

describe('deskew', () => {
  it('turns tilted lines level: each line keeps to a few rows', () => {
    const slope = 0.02;
    const level = deskew(tiltedPage(slope), slope);
    const rowsWithInk = (from: number, to: number): number[] => {
      const rows: number[] = [];
      for (let y = from; y < to; y++) if ([150, 300, 450, 650].some((x) => inkAt(level, x, y))) rows.push(y);
      return rows;
    };
    const around = rowsWithInk(80, 125);
    expect(around.length).toBeGreaterThan(0);
    expect(Math.max(...around) - Math.min(...around)).toBeLessThanOrEqual(3);
  });
});
