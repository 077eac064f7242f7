/**
 * What every input format becomes (DESIGN, "The text model"). `text` is one NFC string in reading order:
 * paragraphs separated by blank lines, table cells by tabs and rows by newlines. Every offset in the
 * extraction points into `text`, so a UI can highlight spans in the stored text.
 */
export interface TextRange {
  start: number;
  end: number;
}

export interface ParagraphBlock extends TextRange {
  kind: 'paragraph';
  /** 1-based page, when the source has pages (PDF). */
  page?: number;
  /** Heading level or list marker information the source gave, if any. */
  style?: string;
}

export interface TableCell extends TextRange {
  /** Columns this cell spans (merged cells), 1 when not merged. */
  colSpan?: number;
}

export interface TableRow extends TextRange {
  cells: TableCell[];
  page?: number;
}

export interface TableBlock extends TextRange {
  kind: 'table';
  rows: TableRow[];
  page?: number;
  /** True when rows were rebuilt from text positions (PDF), not read from structure (DOCX). */
  rebuilt?: boolean;
}

export type PlanBlock = ParagraphBlock | TableBlock;

export interface PlanText {
  text: string;
  blocks: PlanBlock[];
  /** The format the text came from; extraction may use it to choose repairs. */
  source: 'docx' | 'pdf' | 'text' | 'ocr';
  pages?: number;
}
