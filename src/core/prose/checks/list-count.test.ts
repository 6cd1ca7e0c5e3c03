import { describe, expect, it } from "vitest";
import { checkText } from "../check-text.ts";

const summary = (text: string) =>
  checkText(text, { year: 2024 })
    .filter((f) => f.code === "PROSE-COUNT")
    .map((f) => [f.expected, f.found]);

describe("PROSE-COUNT", () => {
  it("counts the names a stated count introduces", () => {
    expect(summary("下属事业单位5个，即甲中心、乙中心、丙中心、丁所。")).toEqual([["4个", "5个"]]);
    expect(summary("共开展活动4项，分别是：科普讲座、科技下乡、青少年竞赛、院士进校园。")).toEqual([]);
    expect(summary("设3个股室：办公室、业务股、财务股；另有1个中心。")).toEqual([]);
  });

  it("reads a last name joined by 和 either as one name or as two, and leaves asides out", () => {
    expect(summary("直属单位4个，包括甲中心、乙中心、丙中心和丁所。")).toEqual([]);
    expect(summary("直属单位3个，包括甲中心、乙中心、丙中心和丁所。")).toEqual([]);
    expect(summary("直属单位3个，即甲中心（含分中心、站点）、乙中心、丙所。")).toEqual([]);
  });

  it("leaves open lists, short phrases and counts after the list alone", () => {
    expect(summary("直属单位6个，包括甲中心、乙中心、丙中心等。")).toEqual([]);
    expect(summary("内设机构2个，即办公室和业务股。")).toEqual([]);
    expect(summary("下设办公室、预算股、国库股等16个股室。")).toEqual([]);
    expect(
      summary(
        "绩效指标中有1项指标未得满分：“相关部门、科技工作者满意度能够达到”得分9.47分（分值10分），偏差原因：甲、乙未达到。",
      ),
    ).toEqual([]);
  });

  it("adds a part and the rest up to the whole", () => {
    const text =
      "下达项目6个均已完工，其中2个项目资金执行100%，剩余甲项目资金执行99.50%；乙项目98.00%，丙项目97.20%，丁项目96.00%。";
    expect(summary(text)).toEqual([]);
    expect(summary(text.replace("6个", "7个"))).toEqual([["6个", "7个"]]);
    expect(summary("共实施项目6个，其中4个已完工，其余3个正在建设。")).toEqual([["7个", "6个"]]);
    expect(summary("共实施项目6个，其中4个已完工，其余2个正在建设。")).toEqual([]);
    // A rate word alone may belong to the item before: the rest is not counted.
    expect(
      summary("下达项目6个均已完工，其中2个项目执行100%，剩余甲项目执行99.50%，完成率100%；乙项目98.00%。"),
    ).toEqual([]);
  });
});
