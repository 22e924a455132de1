import { describe, expect, it } from "vitest";
import { shiftCaseInput } from "./shift-case";

describe("shiftCaseInput", () => {
  it("moves the visit and every date of the visitor by the same amount", () => {
    const day = 86_400_000;
    const shifted = shiftCaseInput(
      {
        service: "KTP_EL",
        agencyKind: "GOVERNMENT",
        at: "2022-01-10T02:00:00.000Z",
        visitor: {
          status: "MERAH",
          doses: 0,
          age: 40,
          lastDoseAt: "2021-12-01T00:00:00.000Z",
          exemptions: [{ class: "RECENTLY_RECOVERED", since: "2021-12-11T00:00:00.000Z" }],
        },
      },
      10 * day,
    );
    expect(shifted).toMatchObject({
      at: "2022-01-20T02:00:00.000Z",
      visitor: {
        lastDoseAt: "2021-12-11T00:00:00.000Z",
        exemptions: [{ class: "RECENTLY_RECOVERED", since: "2021-12-21T00:00:00.000Z" }],
      },
    });
  });

  it("keeps input it cannot read", () => {
    expect(shiftCaseInput({ bad: true }, 1000)).toEqual({ bad: true });
  });
});
