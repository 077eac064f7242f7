import { readPgm, writePgm } from './grey-image';

describe('PGM', () => {
  it('reads what it writes', () => {
    const image = { width: 3, height: 2, pixels: new Uint8Array([0, 128, 255, 10, 20, 30]) };
    expect(readPgm(writePgm(image))).toEqual(image);
  });

  it('reads a header with comments and any whitespace, as pdftoppm may write it', () => {
    const bytes = Buffer.concat([Buffer.from('P5\n# made by a scanner\n2  1\n255\n', 'ascii'), Buffer.from([7, 9])]);
    expect(readPgm(bytes)).toEqual({ width: 2, height: 1, pixels: new Uint8Array([7, 9]) });
  });

  it.each([
    ['a colour PPM', Buffer.concat([Buffer.from('P6\n1 1\n255\n', 'ascii'), Buffer.from([1, 2, 3])])],
    ['a 16-bit PGM', Buffer.concat([Buffer.from('P5\n1 1\n65535\n', 'ascii'), Buffer.from([1, 2])])],
    ['a cut-off PGM', Buffer.concat([Buffer.from('P5\n4 4\n255\n', 'ascii'), Buffer.from([1, 2])])],
  ])('refuses %s', (_, bytes) => {
    expect(() => readPgm(bytes)).toThrow(/not an 8-bit binary PGM/);
  });
});
