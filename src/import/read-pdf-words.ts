/**
 * The words of each PDF page with their boxes, read from poppler's `pdftotext -bbox-layout` output (XHTML of
 * pages → flows → blocks → lines → words, coordinates in points from the top-left corner). The ruled-table reader
 * places each word in the cell its centre falls in; the words outside every table are laid out again as lines.
 * @module
 */
import { scanDocumentXml } from "../documents/docx/scan-document-xml.ts";

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** One line of text as pdftotext grouped it: its words left to right. */
export interface PdfLine {
  words: PdfWord[];
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

function numberAttribute(tag: string, name: string): number {
  const value = Number(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]);
  return Number.isFinite(value) ? value : 0;
}

export function readPdfWords(xhtml: string): PdfPage[] {
  const pages: PdfPage[] = [];
  let page: PdfPage | null = null;
  let line: PdfLine | null = null;
  let word: PdfWord | null = null;
  for (const token of scanDocumentXml(xhtml)) {
    if (token.kind === "text") {
      if (word) word.text += token.text;
      continue;
    }
    const { name, isEnd, isEmpty, tag } = token;
    if (name === "page") {
      if (isEnd) page = null;
      else {
        page = { width: numberAttribute(tag, "width"), height: numberAttribute(tag, "height"), lines: [] };
        pages.push(page);
      }
    } else if (name === "line" && page) {
      if (isEnd) line = null;
      else if (!isEmpty) {
        line = { words: [] };
        page.lines.push(line);
      }
    } else if (name === "word" && line) {
      if (isEnd || isEmpty) {
        if (word && word.text.trim() !== "") line.words.push({ ...word, text: word.text.trim() });
        word = null;
      } else {
        word = {
          text: "",
          xMin: numberAttribute(tag, "xMin"),
          yMin: numberAttribute(tag, "yMin"),
          xMax: numberAttribute(tag, "xMax"),
          yMax: numberAttribute(tag, "yMax"),
        };
      }
    }
  }
  return pages;
}
