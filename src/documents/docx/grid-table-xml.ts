/**
 * A grid table of plain-text cells as WordprocessingML text: the XML the docx library writes for the same table
 * (fixed layout, table-wide borders and cell margins, merges, the "表格文字" paragraph style, a zh-CN tag on every
 * run), written directly because the forms have thousands of cells. Elements follow the schema's order.
 * @module
 */
import { CELL_MARGINS, type GridTableOptions, type PlacedCell } from "./grid-table.ts";
import { CHINESE, FONT, SIZE, TABLE_CELL_LINE, tableCellStyleId } from "./official-format.ts";

const LINE = 'w:val="single" w:color="000000" w:sz="4"';
const TABLE_BORDERS = `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map((side) => `<w:${side} ${LINE}/>`).join("")}</w:tblBorders>`;
/** The table's cell margins, as CELL_MARGINS (grid-table.ts) with the table's own vertical margin. */
function cellMarginsXml(options: GridTableOptions): string {
  const vertical = options.verticalCellMargin ?? CELL_MARGINS.top;
  return `<w:tblCellMar><w:top w:type="dxa" w:w="${vertical}"/><w:left w:type="dxa" w:w="${CELL_MARGINS.left}"/><w:bottom w:type="dxa" w:w="${vertical}"/><w:right w:type="dxa" w:w="${CELL_MARGINS.right}"/></w:tblCellMar>`;
}
const LANGUAGE = `<w:lang w:eastAsia="${CHINESE.eastAsia}"/>`;

/** The `w:tbl` element of the placed rows. */
export function gridTableXml(rows: readonly (readonly PlacedCell[])[], options: GridTableOptions): string {
  const width = options.columnWidths.reduce((a, b) => a + b, 0);
  const paragraph = cellParagraphWriter(options);
  const parts: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${width}"/>${TABLE_BORDERS}<w:tblLayout w:type="fixed"/>${cellMarginsXml(options)}</w:tblPr>`,
    `<w:tblGrid>${options.columnWidths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`,
  ];
  rows.forEach((cells, rowIndex) => {
    const header = rowIndex < (options.headerRows ?? 0) ? "<w:tblHeader/>" : "";
    const keepNext = options.keepLastRowWithNext === true && rowIndex === rows.length - 1;
    parts.push(`<w:tr><w:trPr><w:cantSplit/>${header}</w:trPr>`);
    for (const placed of cells) {
      const span = placed.span > 1 ? `<w:gridSpan w:val="${placed.span}"/>` : "";
      const merge = placed.verticalMerge ? `<w:vMerge w:val="${placed.verticalMerge}"/>` : "";
      const align = placed.cell ? '<w:vAlign w:val="center"/>' : "";
      parts.push(`<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${placed.width}"/>${span}${merge}${align}</w:tcPr>`);
      const text = placed.cell?.text ?? "";
      for (const line of text.split("\n"))
        parts.push(paragraph(line, placed.cell?.bold ?? false, placed.cell?.align ?? "center", keepNext));
      parts.push("</w:tc>");
    }
    parts.push("</w:tr>");
  });
  parts.push("</w:tbl>");
  return parts.join("");
}

/** Writes one cell paragraph as `cellParagraph` (official-format.ts) builds it for the table's size and spacing. */
function cellParagraphWriter(
  options: GridTableOptions,
): (text: string, bold: boolean, align: "left" | "center" | "right", keepNext: boolean) => string {
  const size = options.fontSize ?? SIZE.wuhao;
  const style = tableCellStyleId(size);
  const line = options.lineSpacing ?? TABLE_CELL_LINE;
  const styleXml = style ? `<w:pStyle w:val="${style}"/>` : "";
  const spacing = line === TABLE_CELL_LINE && style ? "" : `<w:spacing w:line="${line}" w:lineRule="auto"/>`;
  // As `run` does: the body face is the document default, so only another face is written.
  const font =
    style || FONT.table === FONT.body
      ? ""
      : `<w:rFonts w:ascii="${FONT.table}" w:cs="${FONT.table}" w:eastAsia="${FONT.table}" w:hAnsi="${FONT.table}"/>`;
  const sizeXml = style ? "" : `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`;
  return (text, bold, align, keepNext) => {
    const jc = align === "center" && style ? "" : `<w:jc w:val="${align}"/>`;
    const boldXml = bold ? "<w:b/><w:bCs/>" : "";
    const keep = keepNext ? "<w:keepNext/>" : "";
    return `<w:p><w:pPr>${styleXml}${keep}${spacing}${jc}</w:pPr><w:r><w:rPr>${font}${boldXml}${sizeXml}${LANGUAGE}</w:rPr><w:t xml:space="preserve">${escapeXmlText(text)}</w:t></w:r></w:p>`;
  };
}

/** Escapes text for an XML element and drops the control characters XML 1.0 does not allow (as the library does). */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "",
  );
}
