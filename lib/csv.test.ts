import { describe, expect, it } from "vitest";
import { columnOfField, csvResponse, csvSeparator, parseCsv, readCsvRecords, toCsv } from "./csv";

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

describe("files saved by Excel under Indonesian regional settings", () => {
  it("are read by their semicolons, as the same file with commas is", () => {
    const semicolons = '\uFEFFoffice_code;id;occurred_at\r\nKTR-1;"a;b";2022-02-03T09:00:00+07:00\r\nKTR-1;c,d;x\r\n';
    expect(parseCsv(semicolons)).toEqual([
      ["office_code", "id", "occurred_at"],
      ["KTR-1", "a;b", "2022-02-03T09:00:00+07:00"],
      ["KTR-1", "c,d", "x"],
    ]);
    // Before: one column named "office_code;id;occurred_at", refused as unknown.
    expect(readCsvRecords(semicolons, { required: ["office_code", "id", "occurred_at"] }).errors).toEqual([]);
  });

  it("keep commas as the separator when the header has any, even with a semicolon inside quotes", () => {
    expect(csvSeparator('code,"nama; lengkap"\n')).toBe(",");
    expect(csvSeparator("code;name\n")).toBe(";");
    expect(csvSeparator("code\n")).toBe(",");
  });
});

describe("readCsvRecords", () => {
  it("keys records by lower-cased header with their line numbers", () => {
    expect(readCsvRecords("Code,Name\nA,Satu\nB,Dua\n", { required: ["code"], optional: ["name"] })).toEqual({
      records: [
        { row: 2, values: { code: "A", name: "Satu" } },
        { row: 3, values: { code: "B", name: "Dua" } },
      ],
      errors: [],
    });
  });

  it("names a missing column", () => {
    expect(readCsvRecords("name\nA\n", { required: ["code", "name"] }).errors).toEqual([
      { row: 1, column: "code", message: 'Kolom "code" tidak ada di baris judul' },
    ]);
  });

  it("refuses an unknown column such as nik instead of dropping it, and a column named twice", () => {
    const { records, errors } = readCsvRecords("code,nik,name,code\nA,3275012345678901,Satu,A\n", {
      required: ["code"],
      optional: ["name"],
    });
    expect(records).toEqual([]);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [1, "nik"],
      [1, "code"],
    ]);
    expect(errors[0].message).toMatch(/^Kolom "nik" tidak dikenal/);
  });
});

describe("csvResponse", () => {
  it("starts with a UTF-8 byte-order mark, so Excel reads '–' and accents right", async () => {
    const response = csvResponse("uji.csv", toCsv(["nama"], [["Kantor – Bekasi"]]));
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="uji.csv"');
  });
});

describe("columnOfField", () => {
  it("names an input field's CSV column in snake_case, as every SIGAP file does", () => {
    expect(["kelurahanCode", "servedVaccinated", "occurredAt", "day", "vaccinationPost"].map(columnOfField)).toEqual([
      "kelurahan_code",
      "served_vaccinated",
      "occurred_at",
      "day",
      "vaccination_post",
    ]);
  });
});
