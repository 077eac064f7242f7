/** An 8-bit greyscale raster, row by row, 0 black to 255 white. */
export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

const WHITE = 255;

export const blankImage = (width: number, height: number): GreyImage => ({
  width,
  height,
  pixels: new Uint8Array(width * height).fill(WHITE),
});

/** Binary PGM (P5, 8-bit), the format `pdftoppm -gray` writes and tesseract reads. */
export function readPgm(bytes: Uint8Array): GreyImage {
  const fields: number[] = [];
  let at = 2;
  const magic = String.fromCharCode(bytes[0], bytes[1]);
  while (fields.length < 3 && at < bytes.length) {
    const char = bytes[at];
    if (char === 0x23) {
      while (at < bytes.length && bytes[at] !== 0x0a) at++;
    } else if (char >= 0x30 && char <= 0x39) {
      let value = 0;
      while (bytes[at] >= 0x30 && bytes[at] <= 0x39) value = value * 10 + bytes[at++] - 0x30;
      fields.push(value);
      continue;
    }
    at++;
  }
  const [width, height, maxValue] = fields;
  // One whitespace byte separates the header from the pixels.
  const pixels = bytes.subarray(at + 1, at + 1 + width * height);
  if (magic !== 'P5' || maxValue !== WHITE || pixels.length !== width * height) {
    throw new Error(`not an 8-bit binary PGM (${magic} ${width}x${height}, max ${maxValue})`);
  }
  return { width, height, pixels: new Uint8Array(pixels) };
}

export function writePgm(image: GreyImage): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${image.width} ${image.height}\n${WHITE}\n`, 'ascii'), image.pixels]);
}
