/**
 * Normalises what people type before it is parsed: full-width digits and signs (from Chinese input methods and
 * WPS) become ASCII, the ideographic space becomes a plain space. Only characters that can be part of a number,
 * a percentage or an operator are touched, so the rest of a sentence is kept as written. `foldTraditional` also turns
 * the traditional forms of the words around a figure (減少, 萬元, 較上年, 預算, 經費 …) into simplified ones.
 * @module
 */
const FULL_WIDTH_MAP: Record<string, string> = {
  "．": ".",
  "，": ",",
  "％": "%",
  "＋": "+",
  "－": "-",
  "　": " ",
  "\u00a0": " ",
};
// Traditional characters that are never simplified forms themselves, each with its simplified form (one to one).
const TRADITIONAL =
  "減萬億較與為經費預決計額長漲購運維護務國際專撥資結餘節約車輛團組數門單級總當這個壓縮實應員會議報開產處廳縣區鎮鄉辦財場幣價對後種類項規則據說況體標準醫療養險學習從並來內們過還進達點錢銷貼補離職積轉讓臺兩參匯衛辭齡績評劃圍營礎權屬氣賬災設備儲檢驗傳廣東華遠賓歸舉條擔獎勵鐵橋燈電話郵紙導領隊雜練續緊嚴審調劑齊屆頭業廢貨訊網頁錄覽時間發變動稅態統籌質濟環";
const SIMPLIFIED =
  "减万亿较与为经费预决计额长涨购运维护务国际专拨资结余节约车辆团组数门单级总当这个压缩实应员会议报开产处厅县区镇乡办财场币价对后种类项规则据说况体标准医疗养险学习从并来内们过还进达点钱销贴补离职积转让台两参汇卫辞龄绩评划围营础权属气账灾设备储检验传广东华远宾归举条担奖励铁桥灯电话邮纸导领队杂练续紧严审调剂齐届头业废货讯网页录览时间发变动税态统筹质济环";
const TRADITIONAL_MAP: Record<string, string> = {};
for (let i = 0; i < TRADITIONAL.length; i++) TRADITIONAL_MAP[TRADITIONAL.charAt(i)] = SIMPLIFIED.charAt(i);
const TRADITIONAL_CHARS = new RegExp(`[${TRADITIONAL}]`, "g");

/**
 * A printed value copied through a traditional-character mirror site ("比2025年減少603.68萬元") read as its original:
 * each listed traditional character becomes its simplified form, one for one, so offsets still hold.
 */
export function foldTraditional(text: string): string {
  return text.replace(TRADITIONAL_CHARS, (ch) => TRADITIONAL_MAP[ch] ?? ch);
}

const FULL_WIDTH_CHARS = new RegExp(`[\\uff10-\\uff19${Object.keys(FULL_WIDTH_MAP).join("")}]`, "g");

/** "８７４．０５％" → "874.05%". Also maps ０–９ and the signs listed above; everything else is left alone. */
export function normalizeWidth(text: string): string {
  // One regex pass: the audit normalizes every text of a dataset, and most characters need no change.
  return text.replace(FULL_WIDTH_CHARS, (ch) => {
    const code = ch.charCodeAt(0);
    return code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xff10 + 0x30) : (FULL_WIDTH_MAP[ch] ?? ch);
  });
}

/** Dash-like cells that mean "not applicable" (—, ——, -, －, /, ／, 无). */
export const DASH_CELL = /^(?:[—\-－–/／]+|无)$/;

/**
 * Parses a plain number as typed: full-width digits, thousands separators ("1,234.50") and surrounding spaces are
 * accepted. Returns null when the text is not a number.
 */
export function parsePlainNumber(text: string): string | null {
  const t = normalizeWidth(text).trim();
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return t.replace(/,/g, "").replace(/^\+/, "");
  if (/^[+-]?\d+(\.\d+)?$/.test(t)) return t.replace(/^\+/, "");
  if (/^[+-]?\.\d+$/.test(t)) return t.replace(/^\+/, "").replace(".", "0.");
  return null;
}
