import { describe, expect, it } from "vitest";
import { findActiveCirculars, getHeadlineNumbers } from "./public-stats";

describe("public headline numbers", () => {
  it("counts live offices and the visits of the latest whole month, publishing no small number", async () => {
    const numbers = await getHeadlineNumbers();
    expect(numbers.dataUntil).toBe("2022-02-28");
    expect(numbers.officesLive.suppressed).toBe(false);
    expect(numbers.officesLive.value).toBeGreaterThan(50);
    expect(numbers.visitsMonth.value).toBeGreaterThan(10_000);
    expect(numbers.servedVaccinatedShare).toBeGreaterThan(0.5);
    expect(numbers.servedVaccinatedShare).toBeLessThan(1);
  });

  it("lists the circular in force, and none before it was issued", async () => {
    expect((await findActiveCirculars(new Date("2021-10-01T00:00:00Z"))).map((c) => c.number)).toEqual([
      "440/1395/SET.COVID-19",
    ]);
    expect(await findActiveCirculars(new Date("2021-09-01T00:00:00Z"))).toEqual([]);
  });
});
