import type { PlanText } from '@plan-ledger/extraction';
import { PlanLedgerError, isPlanLedgerError } from '@plan-ledger/domain';
import { guardDocxZip } from './docx-zip-guard';
import { htmlToPlanText } from './html-to-plan-text';
import { numberParagraphs, type ParagraphNumbering } from './word-numbering';

const DOCUMENT_PART = 'word/document.xml';
const NUMBERING_PART = 'word/numbering.xml';

/** mammoth is loaded with the first DOCX: a service that is sent none never pays for it. */
let mammothModule: Promise<typeof import('mammoth')> | undefined;
const loadMammoth = (): Promise<typeof import('mammoth')> => (mammothModule ??= import('mammoth'));

/**
 * DOCX -> PlanText through mammoth's HTML, the only mammoth output that keeps tables. mammoth's
 * warnings (unknown styles and the like) are not errors. Parts declaring a DTD are refused before parsing
 * (see guardDocxZip). Word's automatic numbering labels are put back in front of their paragraphs.
 */
export async function readDocx(bytes: Uint8Array, maxUnpackedBytes: number): Promise<PlanText> {
  const parts = await guardDocxZip(bytes, maxUnpackedBytes, [DOCUMENT_PART, NUMBERING_PART]);
  const numberingXml = parts.get(NUMBERING_PART);
  const numbering = numberingXml ? numberParagraphs(parts.get(DOCUMENT_PART) ?? '', numberingXml) : [];
  parts.clear();
  const mammoth = await loadMammoth();
  let labelled = false;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Images carry no plan text; dropping them keeps mammoth from inflating and base64-encoding media.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        transformDocument: (document: MammothNode) => {
          labelled = labelNumberedParagraphs(document, numbering);
          return document;
        },
      } as Parameters<typeof mammoth.convertToHtml>[1],
    );
    html = result.value;
  } catch (err) {
    if (isPlanLedgerError(err)) throw err;
    throw new PlanLedgerError('DOCUMENT.CORRUPT', `damaged DOCX: ${(err as Error).message}`);
  }
  const planText = htmlToPlanText(html, { listLabelsInText: labelled });
  if (planText.blocks.length === 0) throw new PlanLedgerError('DOCUMENT.NO_TEXT', 'no text found in the DOCX');
  return planText;
}

/** The slice of mammoth's document model used here. */
interface MammothNode {
  type: string;
  value?: string;
  numbering?: { isOrdered: boolean; level: string } | null;
  children?: MammothNode[];
}

/**
 * Prefixes each numbered paragraph's text with its Word label, but only when our reading of document.xml
 * agrees with mammoth's paragraph for paragraph (same count, same list kind and level): otherwise a label
 * could land on the wrong paragraph, and the list information stays in the block style alone.
 */
function labelNumberedParagraphs(document: MammothNode, numbering: Array<ParagraphNumbering | undefined>): boolean {
  const paragraphs = collect(document, 'paragraph');
  const agrees =
    numbering.some(Boolean) &&
    paragraphs.length === numbering.length &&
    paragraphs.every((paragraph, i) => {
      const ours = numbering[i];
      const theirs = paragraph.numbering;
      return !theirs ? !ours : ours !== undefined && ours.isOrdered === theirs.isOrdered && ours.level === Number(theirs.level);
    });
  if (!agrees) return false;
  paragraphs.forEach((paragraph, i) => {
    const label = numbering[i]?.label;
    const firstText = label ? collect(paragraph, 'text')[0] : undefined;
    if (firstText) firstText.value = `${label} ${firstText.value ?? ''}`;
  });
  return true;
}

function collect(node: MammothNode, type: string, found: MammothNode[] = []): MammothNode[] {
  for (const child of node.children ?? []) {
    if (child.type === type) found.push(child);
    collect(child, type, found);
  }
  return found;
}
