/**
 * PATCH /api/reports/:id/dataset/sections/:section — the page's autosave of one section: saved with the version rule,
 * refused whole (422, located Chinese messages, nothing written) when the section is invalid, one project at a time
 * without sending the others, the other region's report out of reach.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRegion, type TestRegion } from "../support/server-harness.ts";

const versionOf = (response: { body: { report: { version: number } } }) => response.body.report.version;

describe("saving one section of a dataset", () => {
  let region: TestRegion;
  beforeAll(async () => {
    region = await startTestRegion("sqlite");
  }, 60_000);
  afterAll(async () => region?.close());

  async function liangshan() {
    const filler = await region.signedIn("filler");
    const reports = (await filler.get("/api/reports")).body.reports as {
      id: string;
      unitName: string;
      year: number;
    }[];
    const id = reports.find((r) => r.unitName === "凉山州科学技术协会" && r.year === 2023)?.id as string;
    const full = (await filler.get(`/api/reports/${id}`)).body;
    return { filler, id, dataset: full.dataset, version: full.report.version as number };
  }

  it("saves a valid section, refuses an invalid one with its location and changes nothing", async () => {
    const { filler, id, dataset, version } = await liangshan();
    const unit = { ...dataset.unit, staff: { ...dataset.unit.staff, inService: 31 } };
    const saved = await filler.patch(`/api/reports/${id}/dataset/sections/unit`, { version, value: unit });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(version + 1);
    expect(saved.body.changes).toBe(1);

    const cleared = await filler.patch(`/api/reports/${id}/dataset/sections/unit`, {
      version: version + 1,
      value: { ...unit, name: undefined },
    });
    expect(cleared.status).toBe(422);
    expect(cleared.body.error).toContain("“单位信息”未保存：unit.name");
    expect(cleared.body.details.issues[0].location).toBe("unit.name");
    const negative = await filler.patch(`/api/reports/${id}/dataset/sections/finalAccounts`, {
      version: version + 1,
      value: { ...dataset.finalAccounts, income: { total: "12a" } },
    });
    expect(negative.status).toBe(422);
    expect(negative.body.details.issues.map((issue: { location: string }) => issue.location)).toContain(
      "finalAccounts.income.total",
    );

    const after = (await filler.get(`/api/reports/${id}`)).body;
    const renamed = await filler.patch(`/api/reports/${id}/dataset/sections/unit`, {
      version: version + 1,
      value: { ...unit, name: "别的单位" },
    });
    expect(renamed.status).toBe(422);
    expect(renamed.body.error).toContain("单位名称由报表所属单位决定");
    expect(versionOf(await filler.get(`/api/reports/${id}`))).toBe(version + 1);
    expect(after.report.version).toBe(version + 1);
    expect(after.dataset.unit.name).toBe("凉山州科学技术协会");
    expect(after.dataset.unit.staff.inService).toBe(31);
    expect(after.dataset.finalAccounts).toEqual(dataset.finalAccounts);
  });

  it("saves one project alone, keeps the version rule and refuses unknown sections", async () => {
    const { filler, id, dataset, version } = await liangshan();
    const project = structuredClone(dataset.projects[1]);
    project.evaluation.indicators[0].actual = "97";
    const saved = await filler.patch(`/api/reports/${id}/dataset/sections/projects.1`, { version, value: project });
    expect(saved.status).toBe(200);
    const after = (await filler.get(`/api/reports/${id}`)).body.dataset;
    expect(after.projects[1].evaluation.indicators[0].actual).toBe("97");
    expect(after.projects[0]).toEqual(dataset.projects[0]);

    const nameless = await filler.patch(`/api/reports/${id}/dataset/sections/projects.1`, {
      version: version + 1,
      value: { ...project, name: undefined },
    });
    expect(nameless.status).toBe(422);
    expect(nameless.body.details.issues[0].location).toBe("projects[1].name");
    expect(
      (await filler.patch(`/api/reports/${id}/dataset/sections/projects.1`, { version, value: project })).status,
    ).toBe(409);
    expect(
      (await filler.patch(`/api/reports/${id}/dataset/sections/formatVersion`, { version: version + 1, value: 2 }))
        .status,
    ).toBe(404);
    expect(
      (await filler.patch(`/api/reports/${id}/dataset/sections/projects.999`, { version: version + 1, value: project }))
        .status,
    ).toBe(404);
  });

  it("keeps other regions' reports and read-only roles out", async () => {
    const { id, dataset, version } = await liangshan();
    const other = await region.signedIn("otherFiller");
    expect(
      (await other.patch(`/api/reports/${id}/dataset/sections/unit`, { version, value: dataset.unit })).status,
    ).toBe(404);
    const finance = await region.signedIn("financeReviewer");
    expect(
      (await finance.patch(`/api/reports/${id}/dataset/sections/unit`, { version, value: dataset.unit })).status,
    ).toBe(403);
  });
});
