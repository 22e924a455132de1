import { describe, expect, it } from "vitest";
import { parseCsv, readCsvRecords, toCsv } from "./csv";

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

describe("parseCsv", () => {
  it("reads quoted fields with commas, quotes and line breaks, CRLF or LF", () => {
    expect(parseCsv('a,b\r\n"x,y","say ""hi"""\n"two\nlines",3\n')).toEqual([
      ["a", "b"],
      ["x,y", 'say "hi"'],
      ["two\nlines", "3"],
    ]);
  });

  it("round-trips what toCsv writes, and skips blank lines and a BOM", () => {
    const rows = [
      ["kode", "nama"],
      ["K-1", 'Kantor "A", Bekasi'],
    ];
    expect(parseCsv("\uFEFF" + toCsv(rows[0], rows.slice(1)) + "\n\n")).toEqual(rows);
  });
});

describe("readCsvRecords", () => {
  it("keys records by lower-cased header with their line numbers", () => {
    expect(readCsvRecords("Code,Name\nA,Satu\nB,Dua\n", ["code"])).toEqual({
      records: [
        { row: 2, values: { code: "A", name: "Satu" } },
        { row: 3, values: { code: "B", name: "Dua" } },
      ],
      errors: [],
    });
  });

  it("names a missing column", () => {
    expect(readCsvRecords("name\nA\n", ["code", "name"]).errors).toEqual([{ row: 1, column: "code", message: 'Kolom "code" tidak ada di baris judul' }]);
  });
});
