import { describe, expect, it } from "vitest";
import { circularSlug } from "./circular-slug";

describe("circularSlug", () => {
  it("writes the circular's number as a readable URL segment", () => {
    expect(circularSlug("440/1395/SET.COVID-19")).toBe("440-1395-SET.COVID-19");
    expect(circularSlug(" 443 / 12 / Satgas ")).toBe("443-12-Satgas");
    expect(circularSlug("SE-01//2022")).toBe("SE-01-2022");
  });

  it("is empty for a number with no letter or digit, which the form refuses", () => {
    expect(circularSlug("///")).toBe("");
  });
});
