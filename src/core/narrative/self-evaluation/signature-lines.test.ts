import { describe, expect, it } from "vitest";
import { chineseDate, signatureLines } from "./signature-lines.ts";

describe("signatureLines", () => {
  it("prints the unit and its filing date, or the unit alone without one", () => {
    expect(signatureLines({ signature: "西藏自治区科学技术协会", date: "2025年5月26日" })).toEqual([
      "西藏自治区科学技术协会",
      "2025年5月26日",
    ]);
    expect(signatureLines({ signature: "临泽县科学技术协会", date: " " })).toEqual(["临泽县科学技术协会"]);
    expect(signatureLines({ signature: "临泽县科学技术协会" })).toEqual(["临泽县科学技术协会"]);
  });

  it("names the 单位负责人 and dates the report on the day of the sign-off, in Beijing", () => {
    const signOff = { leader: " 王明 ", signedAt: "2025-05-26T17:30:00.000Z" };
    expect(signatureLines({ signature: "西藏自治区科学技术协会", date: "2025年5月20日", signOff })).toEqual([
      "西藏自治区科学技术协会",
      "单位负责人：王明",
      "2025年5月27日",
    ]);
  });

  it("reads the day of an instant in Beijing (UTC+8)", () => {
    expect(chineseDate("2024-12-31T15:59:59.000Z")).toBe("2024年12月31日");
    expect(chineseDate("2024-12-31T16:00:00.000Z")).toBe("2025年1月1日");
  });
});
