import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes separators, quotes and line breaks", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x,y", 'say "hi"'],
          ["line\nbreak", 3],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",3\r\n');
  });

  it("defuses spreadsheet formulas in text but keeps negative numbers", () => {
    expect(toCsv(["v"], [["=HYPERLINK(1)"], ["@cmd"], [-5]])).toBe("v\r\n'=HYPERLINK(1)\r\n'@cmd\r\n-5\r\n");
  });

  it("writes empty cells for null and undefined", () => {
    expect(toCsv(["a", "b"], [[null, undefined]])).toBe("a,b\r\n,\r\n");
  });
});
