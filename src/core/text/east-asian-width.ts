/**
 * East Asian wide characters (CJK ideographs, Hangul, full-width forms): they take two columns in a terminal and
 * about twice a digit's width in a spreadsheet cell. Shared by the CLI's table alignment and the xlsx row heights.
 * @module
 */
export function isEastAsianWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}
