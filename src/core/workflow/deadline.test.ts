import { describe, expect, it } from "vitest";
import { deadlineOfDay, dueSoonFrom, isDueSoon, isOverdue, lastDayOfDeadline } from "./deadline.ts";

const NOW = new Date("2025-04-25T02:00:00.000Z");

describe("deadlines", () => {
  it("stores a last allowed day as the first instant after it in Beijing, and reads it back", () => {
    expect(deadlineOfDay("2025-04-30")).toBe("2025-04-30T16:00:00.000Z");
    expect(lastDayOfDeadline("2025-04-30T16:00:00.000Z")).toBe("2025-04-30");
    expect(lastDayOfDeadline(deadlineOfDay("2024-02-29") as string)).toBe("2024-02-29");
    expect(deadlineOfDay("2025-02-29")).toBeUndefined();
    expect(deadlineOfDay("2025-4-30")).toBeUndefined();
    expect(deadlineOfDay("")).toBeUndefined();
  });

  it("calls a report overdue once its deadline passed while the unit still holds it (草稿, 已退回)", () => {
    const passed = "2025-04-24T16:00:00.000Z";
    expect(isOverdue({ status: "draft", dueAt: passed }, NOW)).toBe(true);
    expect(isOverdue({ status: "returned", dueAt: passed }, NOW)).toBe(true);
    expect(isOverdue({ status: "submitted", dueAt: passed }, NOW)).toBe(false);
    expect(isOverdue({ status: "financeApproved", dueAt: passed }, NOW)).toBe(false);
    expect(isOverdue({ status: "published", dueAt: passed }, NOW)).toBe(false);
    expect(isOverdue({ status: "draft", dueAt: null }, NOW)).toBe(false);
    expect(isOverdue({ status: "draft", dueAt: "2025-04-30T16:00:00.000Z" }, NOW)).toBe(false);
  });

  it("calls it due soon within 7 days before the deadline, not after it nor when sent", () => {
    expect(isDueSoon({ status: "draft", dueAt: "2025-04-30T16:00:00.000Z" }, NOW)).toBe(true);
    expect(isDueSoon({ status: "draft", dueAt: "2025-05-02T02:00:00.000Z" }, NOW)).toBe(true);
    expect(isDueSoon({ status: "draft", dueAt: "2025-05-02T02:00:00.001Z" }, NOW)).toBe(false);
    expect(isDueSoon({ status: "draft", dueAt: "2025-04-24T16:00:00.000Z" }, NOW)).toBe(false);
    expect(isDueSoon({ status: "submitted", dueAt: "2025-04-30T16:00:00.000Z" }, NOW)).toBe(false);
    expect(dueSoonFrom("2025-04-30T16:00:00.000Z")).toBe("2025-04-23T16:00:00.000Z");
  });
});
