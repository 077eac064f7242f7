/**
 * A minimal parser for the well-formed HTML mammoth writes (no scripts, comments or unquoted attributes):
 * enough to walk paragraphs, lists and tables without a DOM library.
 */
export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

const VOID_TAGS = new Set(['br', 'img', 'hr', 'col', 'meta', 'link', 'input', 'wbr']);
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=/>]+(?:\s*=\s*"[^"]*")?)*)\s*(\/?)>|([^<]+|<)/g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*"([^"]*)")?/g;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  for (const match of html.matchAll(TOKEN)) {
    const [, closing, rawTag, rawAttrs, selfClosing, text] = match;
    const parent = stack[stack.length - 1];
    if (text !== undefined) {
      parent.children.push(decodeEntities(text));
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (closing) {
      const open = stack.map((el) => el.tag).lastIndexOf(tag);
      if (open > 0) stack.length = open;
      continue;
    }
    const element: HtmlElement = { tag, attrs: parseAttributes(rawAttrs), children: [] };
    parent.children.push(element);
    if (!selfClosing && !VOID_TAGS.has(tag)) stack.push(element);
  }
  return root;
}

function parseAttributes(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const [, name, value] of raw.matchAll(ATTRIBUTE)) attrs[name.toLowerCase()] = decodeEntities(value ?? '');
  return attrs;
}
