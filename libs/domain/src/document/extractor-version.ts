/**
 * Orders extractor versions ("1.2.0" < "1.10.0"): dot-separated parts compare as numbers when both are numbers,
 * as text otherwise; a missing part counts as lower ("1.2" < "1.2.1").
 */
export function compareExtractorVersions(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] === undefined || right[i] === undefined) return left[i] === undefined ? -1 : 1;
    const order = /^\d+$/.test(left[i]) && /^\d+$/.test(right[i])
      ? Number(left[i]) - Number(right[i])
      : left[i].localeCompare(right[i], 'en');
    if (order !== 0) return Math.sign(order);
  }
  return 0;
}
