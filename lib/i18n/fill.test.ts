import { describe, expect, it } from "vitest";
import { fill } from "./fill";

describe("fill", () => {
  const days = { one: "{count} day", other: "{count} days" };

  it("picks the English form by the count and formats numbers for the locale", () => {
    expect(fill(days, { count: 1 }, "en")).toBe("1 day");
    expect(fill(days, { count: 2 }, "en")).toBe("2 days");
    expect(fill(days, { count: 1200 }, "en")).toBe("1,200 days");
    expect(fill({ one: "{count} hari", other: "{count} hari" }, { count: 1200 }, "id")).toBe("1.200 hari");
  });

  it("fills named parts and leaves unknown ones visible", () => {
    expect(fill("sampai {to} ({count} kantor) {x}", { to: "9 Sep 2021", count: 3 }, "id")).toBe(
      "sampai 9 Sep 2021 (3 kantor) {x}",
    );
  });
});
