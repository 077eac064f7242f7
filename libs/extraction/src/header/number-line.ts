/** "Số: 01/KH-UBND" → number "01/KH-UBND", symbol "KH-UBND"; "Số: /KH-SNgV" (number left blank) → null, "KH-SNgV". */
export interface NumberLine {
  number: string | null;
  symbol: string | null;
}

const NUMBER = /(?:^|\s)Số\s*:?\s*((?:[\p{L}\d.-]*\s*)\/\s*[\p{L}\d&.-]+(?:\/[\p{L}\d&.-]+)*)/u;

export function numberLineOf(text: string): NumberLine | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  const printed = m[1].replace(/\s+/g, '').replace(/\.$/, '');
  const slash = printed.indexOf('/');
  const own = printed.slice(0, slash);
  return { number: /\d/.test(own) ? printed : null, symbol: printed.slice(slash + 1) || null };
}
