import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OUTCOMES } from "@/lib/vocabulary";
import { csvDownload } from "./csv-download";
import { en } from "./i18n/en";
import { id } from "./i18n/id";

/** Every route file under app/ that answers a CSV download. */
function downloadRoutes(dir = "app"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return downloadRoutes(path);
    return entry.name === "route.ts" && readFileSync(path, "utf8").includes("csvDownload(") ? [path] : [];
  });
}

/** The column codes a route names in its csvDownload(request, file, [codes…], …) calls. */
function columnCodes(source: string): string[] {
  return [...source.matchAll(/csvDownload\(\s*request,\s*[^,]+,\s*\[([^\]]*)\]/g)].flatMap((call) => [
    ...[...call[1]!.matchAll(/"([^"]+)"/g)].map((code) => code[1]!),
    ...(call[1]!.includes("...OUTCOMES") ? OUTCOMES : []),
  ]);
}

describe("CSV downloads with column titles", () => {
  const routes = downloadRoutes();

  it("has a title in both languages for every column any download names", () => {
    expect(routes.length).toBeGreaterThanOrEqual(6);
    const codes = [...new Set(routes.flatMap((route) => columnCodes(readFileSync(route, "utf8"))))];
    expect(codes).toContain("days_overdue");
    expect(codes.filter((code) => !id.csvHeaders[code] || !en.csvHeaders[code])).toEqual([]);
  });

  it("names the columns by code unless ?headers= asks for a language, and keeps the BOM", async () => {
    const rows = [["KTR-1", 3]];
    // Decoded as bytes: Response#text() would drop the byte-order mark this checks.
    const text = async (query: string) =>
      new TextDecoder("utf-8", { ignoreBOM: true }).decode(
        await (
          await csvDownload(new Request(`http://sigap.test/x.csv${query}`), "x.csv", ["code", "days_overdue"], rows)
        ).arrayBuffer(),
      );
    expect(await text("")).toBe("\uFEFFcode,days_overdue\r\nKTR-1,3\r\n");
    expect(await text("?headers=id")).toBe("\uFEFFKode,Hari terlambat\r\nKTR-1,3\r\n");
    expect(await text("?headers=en")).toBe("\uFEFFCode,Days overdue\r\nKTR-1,3\r\n");
    expect(await text("?headers=xx")).toBe("\uFEFFcode,days_overdue\r\nKTR-1,3\r\n");
  });
});
