import { blankImage, type GreyImage } from './grey-image';

/** Pixels darker than this are ink (anti-aliased strokes of a 200 dpi scan stay well below). */
export const INK = 160;

/** Scanners tilt a page by a degree or two at most; slopes are searched within ±2.3°. */
const MAX_SLOPE = 0.04;
const COARSE_STEP = 0.002;
const FINE_STEP = 0.0002;
/** Every other column's ink is enough to find the slope and halves the work. */
const SAMPLE_EVERY = 2;

/**
 * The slope (dy/dx, y down) of the page's text lines and ruling lines: the shear that makes the rows'
 * ink profile sharpest (ink piles into few rows when lines are level).
 */
export function estimateSkew(image: GreyImage): number {
  const xs: number[] = [];
  const ys: number[] = [];
  const { width, height, pixels } = image;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x += SAMPLE_EVERY) {
      if (pixels[y * width + x] < INK) {
        xs.push(x - width / 2);
        ys.push(y);
      }
    }
  }
  if (xs.length === 0) return 0;
  const sharpness = (slope: number): number => {
    const rows = new Float64Array(height + 2 * Math.ceil(MAX_SLOPE * width));
    const offset = Math.ceil(MAX_SLOPE * width);
    for (let i = 0; i < xs.length; i++) rows[Math.round(ys[i] - slope * xs[i]) + offset]++;
    return rows.reduce((sum, count) => sum + count * count, 0);
  };
  // Lines a few pixels thick are as sharp over a small range of slopes: the middle of that range is the slope.
  const best = (from: number, to: number, step: number): number => {
    let found: number[] = [];
    let score = -1;
    for (let slope = from; slope <= to + step / 2; slope += step) {
      const value = sharpness(slope);
      if (value > score) [found, score] = [[slope], value];
      else if (value === score) found.push(slope);
    }
    return found.reduce((sum, slope) => sum + slope, 0) / found.length;
  };
  const coarse = best(-MAX_SLOPE, MAX_SLOPE, COARSE_STEP);
  return best(coarse - COARSE_STEP, coarse + COARSE_STEP, FINE_STEP);
}

/**
 * Turns the page level about its centre. For the small angles of a scan a rotation is two shears, done here
 * with nearest pixels: horizontal lines become rows and vertical rulings columns.
 */
export function deskew(image: GreyImage, slope: number): GreyImage {
  if (slope === 0) return image;
  const { width, height, pixels } = image;
  const out = blankImage(width, height);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = Math.round(x - slope * (y - cy));
      const sy = Math.round(y + slope * (x - cx));
      if (sx >= 0 && sx < width && sy >= 0 && sy < height) out.pixels[y * width + x] = pixels[sy * width + sx];
    }
  }
  return out;
}
