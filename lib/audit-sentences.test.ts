import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  AUDIT_ACTION_NAMES,
  AUDIT_SENTENCES,
  auditActionName,
  auditChanges,
  auditEntityName,
  auditSentence,
} from "./audit-sentences";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("audit sentences", () => {
  it("have a sentence in both languages for every action the code records", () => {
    const recorded = new Set(
      [...sources("lib"), ...sources("scripts"), ...sources("prisma")].flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .filter((line) => /\baction:/.test(line))
          .flatMap((line) => [...line.matchAll(/"([a-z][a-zA-Z]*\.[a-zA-Z]+)"/g)].map((m) => m[1])),
      ),
    );
    expect(recorded.size).toBeGreaterThan(25);
    const missing = [...recorded].filter((action) => !AUDIT_SENTENCES[action]);
    expect(missing).toEqual([]);
  });

  it("name every action and every kind of object in words, in both languages", () => {
    expect(Object.keys(AUDIT_ACTION_NAMES).sort()).toEqual(Object.keys(AUDIT_SENTENCES).sort());
    for (const action of Object.keys(AUDIT_SENTENCES))
      for (const locale of ["id", "en"] as const) expect(auditActionName(action, locale)).not.toMatch(/\./);
    expect(auditActionName("ruleVersion.activate", "id")).toBe("Versi aturan diaktifkan");
    expect(auditEntityName("PublicRelease", "id")).toBe("Rilis data publik");
    expect(auditEntityName("ApiKey", "en")).toBe("API key or checkpoint link");
  });

  it("say who tried a refused revision", () => {
    expect(auditSentence("release.refused", "Jadwal otomatis", "2022-01", "id")).toBe(
      "Jadwal otomatis mencoba menerbitkan revisi 2022-01; audit kerahasiaan menolaknya",
    );
  });

  it("read as sentences", () => {
    expect(auditSentence("ruleVersion.activate", "Petugas Satgas", "SE1395-ADMINDUK v2", "id")).toBe(
      "Petugas Satgas mengaktifkan SE1395-ADMINDUK v2",
    );
    expect(auditSentence("user.deactivate", "Admin TI", "Budi (budi@x.id)", "en")).toBe(
      "Admin TI deactivated the account Budi (budi@x.id)",
    );
    expect(auditSentence("something.new", "cli", "X", "id")).toBe("cli: something.new X");
  });

  it("list what changed first, then what stayed", () => {
    expect(
      auditChanges({ role: "HUMAS", name: "A", active: true }, { role: "ADMIN", name: "A", active: true }),
    ).toEqual([
      { field: "role", before: "HUMAS", after: "ADMIN", changed: true },
      { field: "name", before: "A", after: "A", changed: false },
      { field: "active", before: "true", after: "true", changed: false },
    ]);
    expect(auditChanges(null, { code: "X", agencyId: null })).toEqual([
      { field: "code", before: "", after: "X", changed: true },
      { field: "agencyId", before: "", after: "–", changed: true },
    ]);
  });
});
