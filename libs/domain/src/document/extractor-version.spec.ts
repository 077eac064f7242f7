import { compareExtractorVersions } from './extractor-version';

describe('compareExtractorVersions', () => {
  it.each<[string, string, number]>([
    ['1.2.0', '1.2.0', 0],
    ['1.2.0', '1.10.0', -1],
    ['2.0.0', '1.99.99', 1],
    ['1.2', '1.2.1', -1],
    ['1.2.1', '1.2', 1],
    ['1.0.0-beta', '1.0.0-alpha', 1],
    ['2026.03', '2026.11', -1],
  ])('%s against %s gives %i', (a, b, expected) => {
    expect(compareExtractorVersions(a, b)).toBe(expected);
  });
});
