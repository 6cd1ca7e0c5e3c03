import { describe, expect, it } from "vitest";
import { currentSignOff, type SignOffHistoryStep } from "./current-sign-off.ts";

const step = (action: string, toStatus: SignOffHistoryStep["toStatus"], actorName: string, at: string) => ({
  action,
  toStatus,
  actorName,
  at,
});

describe("currentSignOff", () => {
  const submitted = step("submitForSignOff", "signOffPending", "填报人", "2025-05-20T02:00:00.000Z");
  const signed = step("signOff", "submitted", "王负责人", "2025-05-26T03:00:00.000Z");

  it("is the 负责人's sign-off of the current submission, kept through review and publication", () => {
    expect(currentSignOff([submitted, signed])).toEqual({ leader: "王负责人", signedAt: "2025-05-26T03:00:00.000Z" });
    const reviewed = [
      submitted,
      signed,
      step("departmentApprove", "departmentApproved", "主管部门", "2025-05-27T03:00:00.000Z"),
      step("financeApprove", "financeApproved", "财政", "2025-05-28T03:00:00.000Z"),
      step("publish", "published", "财政", "2025-05-29T03:00:00.000Z"),
    ];
    expect(currentSignOff(reviewed)?.leader).toBe("王负责人");
  });

  it("is none before the sign-off, and none once the report went back to the unit or waits for a new one", () => {
    expect(currentSignOff([])).toBeUndefined();
    expect(currentSignOff([submitted])).toBeUndefined();
    expect(currentSignOff([step("submit", "submitted", "填报人", "2025-05-20T02:00:00.000Z")])).toBeUndefined();
    const returned = step("departmentReturn", "returned", "主管部门", "2025-05-27T03:00:00.000Z");
    expect(currentSignOff([submitted, signed, returned])).toBeUndefined();
    expect(currentSignOff([submitted, signed, step("withdraw", "draft", "填报人", "2025-05-27T03:00:00.000Z")])).toBe(
      undefined,
    );
    // Returned, submitted again and signed anew: the newer sign-off stands.
    const again = step("signOff", "submitted", "李负责人", "2025-06-02T03:00:00.000Z");
    expect(currentSignOff([submitted, signed, returned, submitted, again])).toEqual({
      leader: "李负责人",
      signedAt: "2025-06-02T03:00:00.000Z",
    });
    expect(currentSignOff([submitted, signed, returned, submitted])).toBeUndefined();
  });
});
