/**
 * Reads the figures a report states in its sentences — the 部门决算情况说明 template (收、支总计, 本年收入/支出合计 with
 * their parts and shares, 财政拨款, 一般公共预算财政拨款支出 with its classes and 类/款/项 lines, 基本支出 人员/公用,
 * "三公"经费 and its items, 机关运行经费, 政府采购, 车辆与设备, 政府性基金/国有资本经营) and the 自评报告's
 * published scores. Each figure keeps its printed form in `printed` (the audit compares it), each is logged with its
 * paragraph, and a prior-year amount worked out from a stated change is logged as worked out, never silently.
 * @module
 */
import type { DatasetInput, FinalAccounts, FunctionLine, PublishedScore } from "../core/dataset/schema.ts";
import { classCodeOfName } from "../core/classification/function-classification.ts";
import { fenToWanText, wanToFen } from "../core/money/fen.ts";
import { toCanonicalWan } from "../core/parse/parse-amount.ts";
import { incomeSourceOf, spendingNatureOf } from "./final-accounts-names.ts";
import type { ImportLog } from "./import-log.ts";
import type { SourceBlock, SourceParagraph } from "./source-document.ts";

const AMOUNT = String.raw`(-?\d[\d,]*(?:\.\d+)?)\s*(万元|元)`;
const PERCENT = String.raw`(-?\d+(?:\.\d+)?%)`;

type UnitAssets = NonNullable<NonNullable<DatasetInput["unit"]>["assets"]>;

export interface StatedFigures {
  finalAccounts: FinalAccounts;
  publishedScores: PublishedScore[];
  unit: NonNullable<DatasetInput["unit"]> | undefined;
  budget: DatasetInput["budget"];
}

function wan(number: string, unit: string): string | undefined {
  try {
    return toCanonicalWan(`${number.replace(/,/g, "")}${unit}`) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Prior-year amount from "增加/减少 X万元", summed in integer 分. */
function priorFrom(amount: string, verb: string, change: string): string | undefined {
  const delta = /减少|下降|降低/.test(verb) ? wanToFen(change) : -wanToFen(change);
  return fenToWanText(wanToFen(amount) + delta);
}

interface Change {
  change?: string;
  changeRate?: string;
  verb?: string;
  amount?: string;
}

/** "与2022年相比，…各减少3.42万元，下降4%" after a figure, within its sentence. */
function readChange(rest: string): Change {
  const sentence = rest.split(/。/)[0] ?? "";
  const out: Change = {};
  const change = new RegExp(
    String.raw`((?:较上年度|比\d{4}年度?|各)?(增加|减少|增长|下降)${AMOUNT.replace("(-?", "(")})`,
  ).exec(sentence);
  if (change?.[1]) {
    out.change = change[1];
    out.verb = change[2];
    out.amount = change[3] && change[4] ? wan(change[3], change[4]) : undefined;
  }
  const rate = new RegExp(String.raw`((?:增长|下降|增加|减少)${PERCENT})`).exec(sentence);
  if (rate?.[1]) out.changeRate = rate[1];
  return out;
}

/** "NAME874.05万元，占100%；NAME0万元，占0%" (parts separated by ；，、) → parts. */
function readParts(whole: string): Array<{ name: string; amount: string; share?: string; printedName?: string }> {
  // A list of income parts ends where the sentence turns to spending ("…；本年支出总额3537.34万元，其中：…").
  const list = whole.split(/[；;，,]\s*(?:本年)?支出(?:总额|合计)|[；;，,]\s*决算/)[0] ?? whole;
  const parts: Array<{ name: string; amount: string; share?: string; printedName?: string }> = [];
  const pattern = new RegExp(
    // A class may carry its level mark inside the name: "一般公共服务(类)支出155.55万元".
    String.raw`([^\d，,；;：:（()、。]{2,30}?(?:[（(]类[)）][^\d，,；;：:（()、。]{0,6}?)?)为?${AMOUNT}(?:[，,]\s*占[^\d%，,；;]{0,14}?${PERCENT})?`,
    "g",
  );
  for (const match of list.matchAll(pattern)) {
    if (!match[1] || !match[2] || !match[3]) continue;
    const amount = wan(match[2], match[3]);
    if (amount === undefined) continue;
    let name = match[1].replace(/^\s*(其中|包括|主要是)[：:]?/, "").trim();
    // "一般公共服务(类)支出" names the class 一般公共服务: the mark and the word 支出 are the sentence's, not the name's.
    const marked = /^(.+?)[（(]类[)）]支出$/.exec(name);
    if (marked?.[1]) name = marked[1];
    if (name === "") continue;
    const part: { name: string; amount: string; share?: string; printedName?: string } = { name, amount };
    if (marked) part.printedName = match[1].trim();
    if (match[4]) part.share = match[4];
    parts.push(part);
  }
  return parts;
}

const UNIT_SUFFIX = /科学技术协会/g;

/** An organisation's name standing on its own in the text — after a space, a colon, a punctuation mark, a digit or
 * the paragraph start and before the same — ending in what Chinese budget units are called. */
const STANDALONE_ORGANISATION =
  /(?<=^|[\s:：，,。；;、（(“"\d])([\u4e00-\u9fa5]{2,24}?(?:人民政府|街道办事处|办事处|委员会|联合会|科学技术局|局|中心|学校|科技馆|研究室|宣传部|科学院|科学技术部|协会))(?=$|[\s:：，,。；;、）)”"\d])/g;

/**
 * The organisation the text names most often on its own (a web page's "发布机构: 杨楼镇人民政府", a table's "实施单位
 * 杨楼镇人民政府", a heading): at least twice, the most frequent winning, the longer on a tie.
 */
function mostNamedOrganisation(
  paragraphs: readonly SourceParagraph[],
): { name: string; count: number; place: SourceParagraph["place"] } | undefined {
  const counts = new Map<string, { count: number; place: SourceParagraph["place"] }>();
  for (const paragraph of paragraphs)
    for (const match of paragraph.text.matchAll(STANDALONE_ORGANISATION)) {
      const name = match[1] ?? "";
      // A budget unit's name carries its place ("杨楼镇…", "合肥市…", "中国…"); "村民监督委员会" is a body, not the unit.
      if (!/^(中国|中华|中共)|[省市县区镇乡州盟旗]/.test(name.slice(0, -2))) continue;
      const entry = counts.get(name) ?? { count: 0, place: paragraph.place };
      entry.count += 1;
      counts.set(name, entry);
    }
  let best: { name: string; count: number; place: SourceParagraph["place"] } | undefined;
  for (const [name, { count, place }] of counts)
    if (count >= 2 && (!best || count > best.count || (count === best.count && name.length > best.name.length)))
      best = { name, count, place };
  return best;
}

/**
 * The unit's full name as the text names it most often: every "…科学技术协会" is counted with the Chinese characters
 * before it back to punctuation, a digit or the paragraph start ("2023年度，凉山州科学技术协会" → 凉山州…); the most
 * frequent wins, the longer on a tie, so a verb run into the name ("纳入凉山州…") stays a rare variant.
 */
function mostNamedUnit(
  paragraphs: readonly SourceParagraph[],
): { name: string; count: number; place: SourceParagraph["place"] } | undefined {
  const counts = new Map<string, { count: number; place: SourceParagraph["place"] }>();
  for (const paragraph of paragraphs) {
    for (const match of paragraph.text.matchAll(UNIT_SUFFIX)) {
      // The name as bounded in the text: the Chinese characters back to punctuation, a digit or the paragraph start.
      const before = paragraph.text.slice(Math.max(0, (match.index ?? 0) - 10), match.index);
      const prefix = /[\u4e00-\u9fa5]{2,10}$/.exec(before)?.[0];
      if (!prefix) continue;
      const name = `${prefix}科学技术协会`;
      const entry = counts.get(name) ?? { count: 0, place: paragraph.place };
      entry.count += 1;
      counts.set(name, entry);
    }
  }
  let best: { name: string; count: number; place: SourceParagraph["place"] } | undefined;
  for (const [name, { count, place }] of counts) {
    if (count < 2) continue;
    if (!best || count > best.count || (count === best.count && name.length > best.name.length))
      best = { name, count, place };
  }
  return best;
}

export function readStatedFigures(blocks: readonly SourceBlock[], log: ImportLog): StatedFigures {
  const fa: FinalAccounts = { functionLines: [], charts: [] };
  const publishedScores: PublishedScore[] = [];
  let unit: StatedFigures["unit"];
  let budget: DatasetInput["budget"];
  let unitStaff: Record<string, number> | undefined;
  let unitAssets: UnitAssets | undefined;
  const paragraphs = blocks.filter((b): b is SourceParagraph => b.kind === "paragraph");
  const functionLines: FunctionLine[] = [];
  // A "三公" item is read where the text first states it; later mentions ("其他国内公务接待支出0万元") are details.
  const seenSangongItems = new Set<string>();
  for (const paragraph of paragraphs) {
    const text = paragraph.text;
    const place = paragraph.place;
    const line = place.line;
    const found = (item: string, detail: string) => log.recognize(place, item, detail);

    // 收、支总计 / 财政拨款收、支总计
    for (const match of text.matchAll(
      new RegExp(String.raw`(财政拨款)?收、支总计(?:均为|各为|各|为)?${AMOUNT}`, "g"),
    )) {
      const amount = wan(match[2] ?? "", match[3] ?? "");
      if (amount === undefined) continue;
      const change = readChange(text.slice((match.index ?? 0) + match[0].length));
      const printed = {
        total: `${match[2]}${match[3]}`,
        ...(change.change ? { change: change.change } : {}),
        ...(change.changeRate ? { changeRate: change.changeRate } : {}),
      };
      const entry: { amount: string; prior?: string; printed: typeof printed } = { amount, printed };
      if (change.amount && change.verb) {
        entry.prior = priorFrom(amount, change.verb, change.amount);
        log.interpret(
          place,
          match[1] ? "财政拨款收、支总计上年数" : "收、支总计上年数",
          `由“${change.change}”推算为 ${entry.prior} 万元`,
        );
      }
      if (match[1]) fa.fiscalAppropriation ??= entry;
      else fa.totals ??= entry;
      found(match[1] ? "财政拨款收、支总计" : "收、支总计", `${amount} 万元`);
    }

    // 自评报告: "2024年收入支出决算124.88万元，与2023年收入支出决算148.40万元相比，减少23.52万元".
    const both = new RegExp(
      String.raw`收入支出决算(?:为)?${AMOUNT}[，,]\s*与\d{4}年度?收入支出决算${AMOUNT}相比[，,]\s*((?:增加|减少)${AMOUNT.replace("(-?", "(")})`,
    ).exec(text);
    if (both && !fa.income && !fa.expenditure) {
      const amount = wan(both[1] ?? "", both[2] ?? "");
      const prior = wan(both[3] ?? "", both[4] ?? "");
      if (amount && prior) {
        fa.income = { total: amount, prior, items: [], printed: { change: both[5] ?? "" } };
        fa.expenditure = { total: amount, prior, items: [], byClass: [], printed: { change: both[5] ?? "" } };
        log.interpret(
          place,
          "收入支出决算",
          `“收入支出决算${both[1]}${both[2]}”读作本年收入合计与本年支出合计（上年 ${prior} 万元）`,
        );
        found("收入支出决算", `${amount} 万元，上年 ${prior} 万元`);
      }
    }
    const income = new RegExp(
      String.raw`(?:本年收入合计|实际收入总额|收入总额|本年收入)(?:为)?${AMOUNT}[，,]?\s*其中[：:](.+?)(?:。|$)`,
    ).exec(text);
    if (income && !fa.income) {
      const total = wan(income[1] ?? "", income[2] ?? "");
      const items = readParts(income[3] ?? "").map((part) => {
        const source = incomeSourceOf(part.name);
        return {
          name: part.name,
          ...(source ? { source } : {}),
          amount: part.amount,
          ...(part.share ? { printed: { share: part.share } } : {}),
          sourceLine: line,
        };
      });
      fa.income = { ...(total ? { total } : {}), items, printed: { total: `${income[1]}${income[2]}` } };
      found("本年收入合计", `${total} 万元，${items.length} 项`);
    }
    const spending = new RegExp(
      String.raw`(?:本年支出合计|本年支出总额|支出总额|本年支出)(?:为)?${AMOUNT}[，,]?\s*其中[：:](.+?)(?:。|$)`,
    ).exec(text);
    if (spending && !fa.expenditure) {
      const total = wan(spending[1] ?? "", spending[2] ?? "");
      const parts = readParts(spending[3] ?? "");
      // Parts named by nature (基本支出, 项目支出) are items; parts named by function class (科学技术支出) are classes.
      const items = parts
        .filter((part) => spendingNatureOf(part.name))
        .map((part) => {
          const nature = spendingNatureOf(part.name);
          return {
            name: part.name,
            ...(nature ? { nature } : {}),
            amount: part.amount,
            ...(part.share ? { printed: { share: part.share } } : {}),
            sourceLine: line,
          };
        });
      const byClass = parts
        .filter((part) => !spendingNatureOf(part.name))
        .map((part) => {
          const code = classCodeOfName(part.name);
          return {
            name: part.name,
            ...(code ? { code } : {}),
            amount: part.amount,
            ...(part.share ? { printed: { share: part.share } } : {}),
            sourceLine: line,
          };
        });
      fa.expenditure = {
        ...(total ? { total } : {}),
        items,
        byClass,
        printed: { total: `${spending[1]}${spending[2]}` },
      };
      found("本年支出合计", `${total} 万元，${items.length} 项`);
    }

    // 一般公共预算财政拨款支出
    const general = new RegExp(
      String.raw`一般公共预算财政拨款支出(?:决算)?(?:数为|为)?${AMOUNT}[，,]\s*占本年支出合计的${PERCENT}`,
    ).exec(text);
    if (general) {
      const amount = wan(general[1] ?? "", general[2] ?? "");
      if (amount) {
        const change = readChange(text.slice((general.index ?? 0) + general[0].length));
        fa.generalBudget = {
          ...fa.generalBudget,
          amount,
          byClass: fa.generalBudget?.byClass ?? [],
          printed: {
            ...fa.generalBudget?.printed,
            shareOfTotal: general[3],
            ...(change.change ? { change: change.change } : {}),
            ...(change.changeRate ? { changeRate: change.changeRate } : {}),
          },
        };
        if (change.amount && change.verb) {
          fa.generalBudget.prior = priorFrom(amount, change.verb, change.amount);
          log.interpret(
            place,
            "一般公共预算财政拨款支出上年数",
            `由“${change.change}”推算为 ${fa.generalBudget.prior} 万元`,
          );
        }
        found("一般公共预算财政拨款支出", `${amount} 万元`);
      }
    }
    const classes = /一般公共预算财政拨款支出.{0,20}?主要用于以下方面[：:](.+?)(?:。|$)/.exec(text);
    if (classes?.[1]) {
      const byClass = readParts(classes[1]).map((part) => {
        if (part.printedName)
          log.interpret(place, `功能分类“${part.printedName}”`, `类名读为“${part.name}”（去掉“(类)”与“支出”）`);
        const code = classCodeOfName(part.name);
        return {
          name: part.name,
          ...(code ? { code } : {}),
          amount: part.amount,
          ...(part.share ? { printed: { share: part.share } } : {}),
          sourceLine: line,
        };
      });
      fa.generalBudget = { amount: fa.generalBudget?.amount ?? "0", ...fa.generalBudget, byClass };
      found("一般公共预算财政拨款支出按功能分类", `${byClass.length} 类`);
    }
    const completion = new RegExp(
      String.raw`一般公共预算财政拨款支出决算数为${AMOUNT}[，,]\s*(?:年初)?预算数?为${AMOUNT}[，,]\s*(完成[^。，]*?${PERCENT})`,
    ).exec(text);
    if (completion) {
      const budget = wan(completion[3] ?? "", completion[4] ?? "");
      const amount = wan(completion[1] ?? "", completion[2] ?? "");
      if (amount) {
        fa.generalBudget = {
          byClass: [],
          ...fa.generalBudget,
          amount: fa.generalBudget?.amount ?? amount,
          ...(budget ? { initialBudget: budget } : {}),
          printed: { ...fa.generalBudget?.printed, completion: completion[5] },
        };
        found("一般公共预算财政拨款支出完成预算", `${completion[5]}`);
      }
    }

    // 类/款/项 lines: "科学技术支出（206类）科学技术普及（07款）机构运行（01项）：支出决算为296.11万元（基本支出），完成…"
    const fn = new RegExp(
      String.raw`^(?:\d+[.、．]\s*)?([^（(]+)[（(](\d{3})类[）)](?:([^（(]+)[（(](\d{2})款[）)])?(?:([^（(]+)[（(](\d{2})项[）)])?[：:]\s*支出决算(?:数)?为(基本支出|项目支出)?${AMOUNT}(?:[（(](基本支出|项目支出)[）)])?(.*)$`,
    ).exec(text);
    if (fn) {
      const code = `${fn[2]}${fn[4] ?? ""}${fn[6] ?? ""}`;
      const amount = wan(fn[8] ?? "", fn[9] ?? "");
      const nature = fn[7] ?? fn[10];
      if (code.length === 3) {
        log.ignore(
          place,
          `功能分类“${fn[1]}（${code}类）”`,
          "只到类级的说明（未列款、项），类级金额见“主要用于以下方面”",
        );
      } else if (amount !== undefined) {
        const entry: FunctionLine = { code, amount, sourceLine: line };
        if (fn[1]) entry.className = fn[1].trim();
        if (fn[3]) entry.kuanName = fn[3].trim();
        if (fn[5]) entry.xiangName = fn[5].trim();
        if (nature) entry.nature = nature === "基本支出" ? "basic" : "project";
        const rest = fn[11] ?? "";
        const done = new RegExp(String.raw`(完成(?:调整后|年初)?预算(?:的)?${PERCENT})`).exec(rest);
        const comparison = /(决算(?:数)?(?:与预算数持平|等于预算数|大于预算数|小于预算数)[^。，]*)/.exec(rest);
        if (done?.[1] || comparison?.[1])
          entry.printed = {
            ...(done?.[1] ? { completion: done[1] } : {}),
            ...(comparison?.[1] ? { comparison: comparison[1] } : {}),
          };
        functionLines.push(entry);
        found(`功能分类科目 ${code}`, `${amount} 万元`);
      }
    }

    const basic = new RegExp(
      String.raw`基本支出(?:为)?${AMOUNT}[，,]\s*其中[：:]?\s*人员经费(?:为)?${AMOUNT}.*?公用经费(?:为)?${AMOUNT}`,
    ).exec(text);
    if (basic && !fa.basicSpending) {
      const total = wan(basic[1] ?? "", basic[2] ?? "");
      if (total) {
        fa.basicSpending = {
          total,
          personnel: wan(basic[3] ?? "", basic[4] ?? ""),
          public: wan(basic[5] ?? "", basic[6] ?? ""),
        };
        found("基本支出（人员经费、公用经费）", `${total} 万元`);
      }
    }

    const sangong = new RegExp(String.raw`“三公”经费财政拨款支出决算(?:为|数为)?${AMOUNT}`).exec(text);
    if (sangong && fa.sangong?.amount === undefined) {
      const amount = wan(sangong[1] ?? "", sangong[2] ?? "");
      const rest = text.slice((sangong.index ?? 0) + sangong[0].length);
      const change = readChange(rest);
      const done = new RegExp(String.raw`(完成(?:全年)?预算(?:的)?${PERCENT})`).exec(rest.split("。")[0] ?? "");
      fa.sangong = {
        ...fa.sangong,
        ...(amount ? { amount } : {}),
        sourceLine: line,
        printed: {
          total: `${sangong[1]}${sangong[2]}`,
          ...(done?.[1] ? { completion: done[1] } : {}),
          ...(change.change ? { change: change.change } : {}),
          ...(change.changeRate ? { changeRate: change.changeRate } : {}),
        },
      };
      if (amount && change.amount && change.verb) {
        fa.sangong.prior = priorFrom(amount, change.verb, change.amount);
        log.interpret(place, "“三公”经费上年数", `由“${change.change}”推算为 ${fa.sangong.prior} 万元`);
      }
      found("“三公”经费财政拨款支出", `${amount} 万元`);
    }
    const sangongItem = (pattern: string, apply: (amount: string) => void, item: string) => {
      const match = new RegExp(pattern + AMOUNT).exec(text);
      if (!match) return;
      const amount = wan(match[1] ?? "", match[2] ?? "");
      if (amount === undefined) return;
      fa.sangong ??= {};
      if (seenSangongItems.has(item)) return;
      seenSangongItems.add(item);
      apply(amount);
      found(item, `${amount} 万元`);
    };
    sangongItem(
      String.raw`因公出国（境）费(?:支出)?决算(?:为)?`,
      (a) => (fa.sangong!.abroad = { ...fa.sangong!.abroad, amount: a }),
      "因公出国（境）费",
    );
    sangongItem(
      String.raw`公务用车购置及运行(?:维护)?费(?:支出)?决算(?:为)?`,
      (a) => (fa.sangong!.vehicles = { ...fa.sangong!.vehicles, amount: a }),
      "公务用车购置及运行维护费",
    );
    sangongItem(
      String.raw`公务用车购置(?:费)?支出`,
      (a) => (fa.sangong!.vehicles = { ...fa.sangong!.vehicles, purchase: a }),
      "公务用车购置费",
    );
    sangongItem(
      String.raw`公务用车运行维护费支出`,
      (a) => (fa.sangong!.vehicles = { ...fa.sangong!.vehicles, operation: a }),
      "公务用车运行维护费",
    );
    sangongItem(
      String.raw`公务接待费(?:支出)?决算(?:为)?`,
      (a) => (fa.sangong!.reception = { details: [], ...fa.sangong!.reception, amount: a }),
      "公务接待费",
    );
    sangongItem(
      String.raw`国内公务接待(?:费)?支出`,
      (a) => (fa.sangong!.reception = { details: [], ...fa.sangong!.reception, domestic: a }),
      "国内公务接待费",
    );
    const visits = /共接待(\d+)批次、(\d+)人次/.exec(text);
    if (visits && fa.sangong?.reception) {
      fa.sangong.reception.batches = Number(visits[1]);
      fa.sangong.reception.personTimes = Number(visits[2]);
    }

    const operating = new RegExp(String.raw`机关运行经费(?:支出)?${AMOUNT}`).exec(text);
    if (operating && !fa.operatingCosts) {
      const amount = wan(operating[1] ?? "", operating[2] ?? "");
      if (amount) {
        const change = readChange(text.slice((operating.index ?? 0) + operating[0].length));
        fa.operatingCosts = {
          amount,
          ...(change.change || change.changeRate
            ? {
                printed: {
                  ...(change.change ? { change: change.change } : {}),
                  ...(change.changeRate ? { changeRate: change.changeRate } : {}),
                },
              }
            : {}),
        };
        if (change.amount && change.verb) {
          fa.operatingCosts.prior = priorFrom(amount, change.verb, change.amount);
          log.interpret(place, "机关运行经费上年数", `由“${change.change}”推算为 ${fa.operatingCosts.prior} 万元`);
        }
        found("机关运行经费", `${amount} 万元`);
      }
    }

    const procurement = new RegExp(String.raw`政府采购支出总额${AMOUNT}`).exec(text);
    if (procurement && !fa.procurement) {
      const total = wan(procurement[1] ?? "", procurement[2] ?? "");
      if (total) {
        const part = (label: string) => {
          const m = new RegExp(label + AMOUNT).exec(text);
          return m ? wan(m[1] ?? "", m[2] ?? "") : undefined;
        };
        fa.procurement = { total };
        const goods = part("政府采购货物支出");
        const works = part("政府采购工程支出");
        const services = part("政府采购服务支出");
        const sme = part("授予中小企业合同金额");
        const small = part("授予小微企业合同金额");
        if (goods) fa.procurement.goods = goods;
        if (works) fa.procurement.works = works;
        if (services) fa.procurement.services = services;
        if (sme) fa.procurement.smeContracts = sme;
        if (small) fa.procurement.smallMicroContracts = small;
        found("政府采购支出", `${total} 万元`);
      }
    } else if (/未发生政府采购支出/.test(text) && !fa.procurement) {
      fa.procurement = { total: "0" };
      log.interpret(place, "政府采购支出", "“未发生政府采购支出”读作 0 万元");
    }

    const vehicles = /共有车辆(\d+)辆(?:[，,]\s*其中[：:](.+?)。)?/.exec(text);
    if (vehicles) {
      fa.assets = { ...fa.assets, vehicles: Number(vehicles[1]) };
      const byUse: Record<string, number> = {};
      for (const m of (vehicles[2] ?? "").matchAll(/([^、，,\d]+?)(\d+)辆/g)) if (m[1]) byUse[m[1]] = Number(m[2]);
      if (Object.keys(byUse).length > 0) fa.assets.vehiclesByUse = byUse;
      found("车辆", `${vehicles[1]} 辆`);
    }
    const equipment = /单价100万元以上(?:的)?(?:专用)?设备(\d+)台/.exec(text);
    if (equipment) fa.assets = { ...fa.assets, largeEquipment: Number(equipment[1]) };

    for (const [pattern, key, item] of [
      [/政府性基金预算财政拨款支出/, "governmentFundSpending", "政府性基金预算财政拨款支出"],
      [/国有资本经营预算财政拨款支出/, "stateCapitalSpending", "国有资本经营预算财政拨款支出"],
    ] as const) {
      if (fa[key] !== undefined || !pattern.test(text)) continue;
      const stated = new RegExp(pattern.source + AMOUNT).exec(text);
      if (stated && !/收入/.test(text.slice(Math.max(0, (stated.index ?? 0) - 2), stated.index))) {
        const amount = wan(stated[1] ?? "", stated[2] ?? "");
        if (amount !== undefined) {
          fa[key] = amount;
          found(item, `${amount} 万元`);
        }
      } else if (new RegExp(`无${pattern.source}`).test(text)) {
        fa[key] = "0";
        log.interpret(place, item, `“无${item}”读作 0 万元`);
      }
    }

    // 年初预算: "年初预算数为3384.69万元", "年初收入预算163.68万元，其中：上年结转0.84万元，占0%；…"
    const initial = new RegExp(
      String.raw`(?:^|[，。；、：\s]|年|度|部门|单位)年初(?:收入)?预算(?:数|支出)?(?:为)?(?:一般公共预算)?${AMOUNT}(?:[，,、]\s*其中[：:]?(.+?)(?:。|$))?`,
    ).exec(text);
    if (
      initial &&
      !budget &&
      !/完成年初预算/.test(text.slice(Math.max(0, (initial.index ?? 0) - 2), (initial.index ?? 0) + 6))
    ) {
      const total = wan(initial[1] ?? "", initial[2] ?? "");
      if (total !== undefined) {
        const items = readParts(initial[3] ?? "").map((part) => {
          const source = incomeSourceOf(part.name);
          const nature = spendingNatureOf(part.name);
          return {
            name: part.name,
            ...(source ? { source } : nature ? { nature } : {}),
            amount: part.amount,
            ...(part.share ? { printed: { share: part.share } } : {}),
            sourceLine: line,
          };
        });
        budget = {
          initial: { total, ...(items.length > 0 ? { items } : {}), printed: { total: `${initial[1]}${initial[2]}` } },
        };
        found("年初预算", `${total} 万元${items.length ? `，${items.length} 项` : ""}`);
      }
    }

    // Staff: "编制人数42人", "核定编制数为8名", "年末实有人数 48 人", "在职人员7人，退休人员10人".
    const staff: Record<string, number> = {};
    const authorized = /编制(?:人数|数)?(?:为)?\s*(\d+)\s*[人名]/.exec(text);
    const yearEnd = /(?:年末|年底)\s*实有(?:人数|干部职工)?\s*(\d+)\s*人/.exec(text);
    const inService = /在职(?:人员|职工)?\s*(\d+)\s*人/.exec(text);
    const retired = /退休(?:人员|职工)?\s*(\d+)\s*人/.exec(text);
    if (authorized) staff.authorized = Number(authorized[1]);
    if (yearEnd) staff.totalYearEnd = Number(yearEnd[1]);
    if (inService) staff.inService = Number(inService[1]);
    if (retired) staff.retired = Number(retired[1]);
    if (Object.keys(staff).length > 0 && !unitStaff) {
      unitStaff = staff;
      found(
        "人员情况",
        Object.entries(staff)
          .map(([k, v]) => `${k} ${v}`)
          .join("，"),
      );
    }

    // Fixed assets: "账面固定资产总计4364.66万元…使用的资产4364.66万元…使用率为100％"; "国有固定资产原值184.34万元…
    // 新增固定资产家具用具1.82万元…资产利用率达90%以上". Only in a paragraph about assets (a 资金使用率 is not one).
    if (!unitAssets && /固定资产/.test(text)) {
      const assets: UnitAssets = {};
      const total = new RegExp(String.raw`固定资产(?:总计|总额|合计|原值|账面价值)(?:为|达)?\s*${AMOUNT}`).exec(text);
      const inUse = new RegExp(String.raw`(?:使用的|在用的?)(?:固定)?资产(?:为|达)?\s*${AMOUNT}`).exec(text);
      const added = new RegExp(String.raw`新增(?:固定资产)?[^，,。；;\d]{0,10}?${AMOUNT}`).exec(text);
      const rate =
        /资产(?:的)?(?:使用率|利用率)(?:为|达|是)?\s*(\d+(?:\.\d+)?\s*[%％](?:以上|以下|左右)?)|(?:使用率|利用率)(?:为|达|是)?\s*(\d+(?:\.\d+)?\s*[%％](?:以上|以下|左右)?)/.exec(
          text,
        );
      if (total) assets.fixedAssetsTotal = wan(total[1] ?? "", total[2] ?? "");
      if (inUse) assets.fixedAssetsInUse = wan(inUse[1] ?? "", inUse[2] ?? "");
      if (added && total) assets.newFixedAssets = wan(added[1] ?? "", added[2] ?? "");
      const printedRate = (rate?.[1] ?? rate?.[2])?.replace(/\s+/g, "");
      if (printedRate && total) assets.printed = { utilisationRate: printedRate };
      for (const key of Object.keys(assets) as Array<keyof typeof assets>)
        if (assets[key] === undefined) delete assets[key];
      if (assets.fixedAssetsTotal !== undefined) {
        unitAssets = assets;
        found(
          "固定资产",
          [
            `总计 ${assets.fixedAssetsTotal} 万元`,
            assets.fixedAssetsInUse !== undefined ? `在用 ${assets.fixedAssetsInUse} 万元` : "",
            assets.newFixedAssets !== undefined ? `新增 ${assets.newFixedAssets} 万元` : "",
            printedRate ? `使用率 ${printedRate}` : "",
          ]
            .filter(Boolean)
            .join("，"),
        );
      }
    }

    // Published scores: "部门整体绩效自评得分97分，其中：部门预算总体绩效27分，…"; "…项目自评得分99分";
    // "对…整体支出进行了独立评分，最终评分结果为97.94分，…自评结果为“优”".
    for (const m of text.matchAll(
      /(?:^|[。；;，,]|\d[.、．]|[⑴-⒇])\s*([^。；;，,：:]{2,60}?)(?:自评)?(?:得分|自评分|评分|自评)(?:结果)?(?:为|是)?\s*(\d+(?:\.\d+)?\s*分)/g,
    )) {
      let label = (m[1] ?? "")
        .replace(/^\d+[.、．]/, "")
        .replace(/^其中/, "")
        .replace(/执行$/, "")
        .replace(/自评$/, "")
        .trim();
      const value = (m[2] ?? "").trim();
      if (label === "") {
        // "…执行情况良好，自评得分99分": the score of the paragraph's subject, named where the paragraph opens
        // ("⑴科普宣传活动业务经费：…"); a paragraph that already gave this score names it once.
        if (publishedScores.some((p) => p.sourceLine === line && p.score === value)) continue;
        const lead = /^((?:\d+[.、．]|[⑴-⒇])?[^：:，,。；;]{2,40})[：:]/.exec(text)?.[1];
        if (!lead) {
          log.skip(place, `得分“${value}”`, "句中没有说明是谁的得分");
          continue;
        }
        label = lead;
        log.interpret(place, `得分“${value}”`, `句中未写明对象，按段首“${lead}”计`);
      }
      if (/^(最终|综合|总)$/.test(label)) {
        // "对2023年度…整体支出进行了独立评分，最终评分结果为…": the score's subject is what the sentence says was scored.
        const before = text.slice(0, m.index ?? 0);
        const subject = [...before.matchAll(/对([^，,。；;]{2,40}?)(?:进行了?|开展了?)[^，,。；;]{0,6}评[分价]/g)].at(
          -1,
        )?.[1];
        if (subject) {
          label = `${subject} ${label}评分`;
          log.interpret(place, `得分“${value}”`, `句中写“${m[1]?.trim()}评分”，按前句所评对象计为“${label}”`);
        }
      }
      if (/^(故|最后|因此|从而|经|得到)/.test(label) || label.length < 2) {
        log.skip(place, `得分“${label}${value}”`, "是评分过程中的分项说明，不是公布的得分");
        continue;
      }
      const score: PublishedScore = { label, score: value, components: [], sourceLine: line };
      const rest = text.slice((m.index ?? 0) + m[0].length);
      // The grade stated in the same sentence: "…自评结果为“优”", "评价等级为良".
      const grade = /^[^。；;]*?(?:结果|等级|等次)(?:为|是)[“"]?(优秀|良好|合格|不合格|优|良|中|差)[”"]?/.exec(
        rest,
      )?.[1];
      if (grade) score.grade = grade;
      const components = /^[，,]\s*其中[：:](.+?)(?:。|$)/.exec(rest);
      if (components?.[1]) {
        for (const c of components[1].matchAll(/([^，,、；;\d]+?)(\d+(?:\.\d+)?分)/g))
          if (c[1]) score.components.push({ label: c[1].trim(), score: c[2] ?? "" });
      }
      publishedScores.push(score);
      found(`得分“${score.label.slice(0, 30)}”`, score.score ?? "");
    }

    // Unit name from a cover line ("凉山州科学技术协会", "XX县科学技术协会2023年度部门决算情况说明").
    if (!unit) {
      // A title, not a sentence that opens with the name ("纳入凉山州科学技术协会2023年度决算编制范围的…：").
      const name =
        /^([\u4e00-\u9fa5（）()]{2,30}?(?:科学技术协会|科协|委员会|局|中心|办公室))(?:\s*\d{4}年度?[^，,。；;：:]*)?$/.exec(
          text,
        );
      if (name?.[1] && paragraph.place.line <= 20) {
        unit = { name: name[1] };
        found("单位名称", name[1]);
      }
    }
  }
  if (functionLines.length > 0) fa.functionLines = functionLines;
  if (!unit) {
    const named = mostNamedUnit(paragraphs) ?? mostNamedOrganisation(paragraphs);
    if (named) {
      unit = { name: named.name };
      log.interpret(
        named.place,
        "单位名称",
        `封面未单列单位名称，取正文中出现最多的全称“${named.name}”（${named.count} 次）`,
      );
    }
  }
  if (unitStaff) unit = { name: unit?.name ?? "", ...unit, staff: unitStaff };
  if (unitAssets) unit = { name: unit?.name ?? "", ...unit, assets: unitAssets };
  return { finalAccounts: fa, publishedScores, unit, budget };
}
