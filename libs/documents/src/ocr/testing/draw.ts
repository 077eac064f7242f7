import { blankImage, type GreyImage } from '../grey-image';

/** Synthetic scans for tests: a white page with dark strokes drawn on it. */
export const whitePage = (width: number, height: number): GreyImage => blankImage(width, height);

export function fillRect(image: GreyImage, left: number, top: number, right: number, bottom: number, grey = 0): void {
  for (let y = Math.max(0, top); y <= Math.min(image.height - 1, bottom); y++) {
    for (let x = Math.max(0, left); x <= Math.min(image.width - 1, right); x++) image.pixels[y * image.width + x] = grey;
  }
}

export const horizontal = (image: GreyImage, y: number, from: number, to: number, grey = 0): void => fillRect(image, from, y, to, y + 1, grey);
export const vertical = (image: GreyImage, x: number, from: number, to: number, grey = 0): void => fillRect(image, x, from, x + 1, to, grey);

/** A line two pixels thick rising or falling by `slope` pixels per pixel, as a tilted scan draws it. */
export function slopedLine(image: GreyImage, y: number, from: number, to: number, slope: number): void {
  for (let x = from; x <= to; x++) fillRect(image, x, Math.round(y + slope * (x - image.width / 2)), x, Math.round(y + slope * (x - image.width / 2)) + 1);
}

export const inkAt = (image: GreyImage, x: number, y: number): boolean => image.pixels[y * image.width + x] < 160;
