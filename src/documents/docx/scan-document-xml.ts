/**
 * The tokens of a Word document.xml: decoded text runs and tags, in order. Both .docx readers (the plain text the
 * prose audit reads, src/documents/read-docx-text.ts, and the importer's blocks with tables and merges,
 * src/import/read-docx-file.ts) walk the XML with this one scanner. A small scanner is enough: document.xml is
 * machine-written and well-formed; comments, processing instructions and declarations are passed over, CDATA is
 * text as it stands, and an entity that names no character is kept as written.
 * @module
 */

export type DocumentXmlToken =
  { kind: "text"; text: string } | { kind: "tag"; tag: string; name: string; isEnd: boolean; isEmpty: boolean };

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function safeCodePoint(code: number): string | null {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

/** "&lt;" → "<", "&#x4E2D;" → "中"; an unknown or out-of-range entity stays as written. */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith("#x")) return safeCodePoint(Number.parseInt(body.slice(2), 16)) ?? whole;
    if (body.startsWith("#")) return safeCodePoint(Number.parseInt(body.slice(1), 10)) ?? whole;
    return NAMED_ENTITIES[body] ?? whole;
  });
}

/** Walks `xml` once, yielding its text (entities decoded) and its tags (name, end tag, empty element). */
export function* scanDocumentXml(xml: string): Generator<DocumentXmlToken> {
  let i = 0;
  while (i < xml.length) {
    const open = xml.indexOf("<", i);
    const textEnd = open < 0 ? xml.length : open;
    if (textEnd > i) yield { kind: "text", text: decodeXmlEntities(xml.slice(i, textEnd)) };
    if (open < 0) return;
    if (xml.startsWith("<!--", open)) {
      const end = xml.indexOf("-->", open);
      i = end < 0 ? xml.length : end + 3;
      continue;
    }
    if (xml.startsWith("<![CDATA[", open)) {
      const end = xml.indexOf("]]>", open);
      yield { kind: "text", text: xml.slice(open + 9, end < 0 ? xml.length : end) };
      i = end < 0 ? xml.length : end + 3;
      continue;
    }
    const close = xml.indexOf(">", open);
    if (close < 0) return;
    const tag = xml.slice(open + 1, close);
    i = close + 1;
    if (tag.startsWith("?") || tag.startsWith("!")) continue;
    yield {
      kind: "tag",
      tag,
      name: /^\/?([^\s/>]+)/.exec(tag)?.[1] ?? "",
      isEnd: tag.startsWith("/"),
      isEmpty: tag.endsWith("/"),
    };
  }
}
