import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importCycles, importGraph } from "./import-graph";

// STYLE.md's boundaries, checked: server-only modules say so, one PrismaClient, one env reader.
const ROOT = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const relative = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(path.join(ROOT, relative)).isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [relative] : [];
  });
}

const appCode = [...sourceFiles("app"), ...sourceFiles("lib"), ...sourceFiles("components")];
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

describe("architecture", () => {
  it('starts every data, service and server-side auth module with import "server-only"', () => {
    const serverModules = [
      ...sourceFiles("lib/data"),
      ...sourceFiles("lib/services"),
      "lib/db.ts",
      "lib/audit.ts",
      "lib/auth/guard.ts",
      "lib/auth/options.ts",
      "lib/api/with-route.ts",
      "lib/i18n/server.ts",
    ];
    for (const file of serverModules) expect(read(file).startsWith('import "server-only";'), file).toBe(true);
  });

  it("makes a PrismaClient only in lib/db.ts", () => {
    expect(appCode.filter((f) => /new PrismaClient\(/.test(read(f)))).toEqual(["lib/db.ts"]);
  });

  it("reads process.env only in lib/env.ts", () => {
    expect(appCode.filter((f) => /process\.env/.test(read(f)))).toEqual(["lib/env.ts"]);
  });

  it("reads the time only through lib/clock.ts (the business clock and the real one)", () => {
    // lib/checkpoint/clock.ts is the desk's device clock, which SIGAP's Date header corrects.
    const readsTime = (file: string) => /new Date\(\)|Date\.now\b/.test(read(file));
    expect(appCode.filter(readsTime)).toEqual(["lib/checkpoint/clock.ts", "lib/clock.ts"]);
  });

  it("shows dates and times only through lib/format.ts, which writes them in WIB", () => {
    // toLocale…String() takes the reader's (or the server's) time zone unless told otherwise.
    const formatsOnItsOwn = (file: string) => /\.toLocale(Date|Time)?String\(/.test(read(file));
    expect(appCode.filter(formatsOnItsOwn)).toEqual(["lib/format.ts"]);
  });

  it("keeps pages away from prisma", () => {
    const pages = appCode.filter((f) => f.startsWith("app/"));
    expect(pages.filter((f) => /from "@\/lib\/db"/.test(read(f)))).toEqual([]);
  });

  it("imports Prisma only as types in client components", () => {
    const clients = appCode.filter((f) => read(f).startsWith('"use client"'));
    expect(clients.length).toBeGreaterThan(3);
    expect(clients.filter((f) => /^import (?!type)[^;]*generated\/prisma/m.test(read(f)))).toEqual([]);
  });

  it("keeps the full zod out of the browser on the measured pages (tables, traffic filters, sign-in, public pages)", () => {
    // A value imported from a module that imports "zod" ships all of zod (~60 KB gzipped) to every page using it.
    const importsZod = (file: string) => /from "zod"/.test(read(file));
    const resolve = (spec: string) =>
      ["", ".ts", ".tsx"].map((ext) => spec.replace(/^@\//, "") + ext).find((f) => appCode.includes(f));
    const valueImports = (file: string) =>
      [...read(file).matchAll(/^import (?!type)[^;]*from "(@\/[^"]+)"/gm)]
        .map((m) => resolve(m[1]))
        .filter((f): f is string => Boolean(f));
    const watched = appCode.filter(
      (f) =>
        read(f).startsWith('"use client"') &&
        /components\/(data-table|charts|layout)|traffic\/filters-form|login\/login-form/.test(f),
    );
    expect(watched.length).toBeGreaterThan(5);
    for (const file of watched) expect(valueImports(file).filter(importsZod), file).toEqual([]);
    // The sign-in page, the first one a visitor loads, carries no validation library at all
    // (zod/mini was 23 KB gzipped of its 163): the browser's constraint validation checks the form.
    const login = "app/(auth)/login/login-form.tsx";
    expect([login, ...valueImports(login)].filter((f) => /from "zod(\/mini)?"/.test(read(f)))).toEqual([]);
  });

  it("computes calendar days only in lib/day.ts (no millisecond arithmetic, no UTC 'today')", () => {
    // Between 00:00 and 07:00 WIB the UTC date is yesterday; a DATE is read as UTC midnight.
    // A day made into a Date by hand (`${day}T00:00:00Z`) or a weekday read off one: dateOfDay, weekdayOf.
    const dayMath = /86_?400_?000|toISOString\(\)\.slice\(0, (7|10)\)|T00:00:00(\.000)?Z|getUTCDay\(\)/;
    expect(appCode.filter((f) => f !== "lib/day.ts" && dayMath.test(read(f)))).toEqual([]);
  });

  it("scopes by agency and compares roles only under lib/auth", () => {
    // lib/auth/scope.ts turns an actor into where-fragments; a hand-written copy elsewhere is
    // how an agency admin ends up seeing another agency's rows.
    // A role compared with a role's name is a permission decided by hand (can() and
    // lib/auth/abilities.ts decide them); two roles compared (did it change?) are not.
    const handScoped =
      /scope \? \{|role\s*[!=]==\s*"|"[A-Z_]+"\s*[!=]==\s*[\w.]*role\b|agencyId\s*===\s*actor|actor\.agencyId/;
    const outside = appCode.filter((f) => !f.startsWith("lib/auth/"));
    expect(outside.filter((f) => handScoped.test(read(f)))).toEqual([]);
  });

  it("keeps the pure modules free of Next and Prisma", () => {
    const pure = ["lib/rules", "lib/stats", "lib/compliance", "lib/checkpoint"].flatMap(sourceFiles);
    expect(pure.length).toBeGreaterThan(10);
    const framework = /from "(next(\/[^"]*)?|@\/lib\/db|@\/lib\/generated\/[^"]*|@prisma\/[^"]*|server-only|react)"/;
    expect(pure.filter((f) => framework.test(read(f)))).toEqual([]);
  });

  it("lets pages and layouts read the database only through lib/data (and write through lib/actions)", () => {
    const readsDatabase = (file: string) => /from "@\/lib\/db"/.test(read(file));
    const resolve = (spec: string) =>
      ["", ".ts", ".tsx"].map((ext) => spec.replace(/^@\//, "") + ext).find((f) => appCode.includes(f));
    const pages = appCode.filter((f) => /^app\/.*\/(page|layout)\.tsx$/.test(f));
    expect(pages.length).toBeGreaterThan(20);
    const offending = pages.flatMap((page) =>
      [...read(page).matchAll(/^import (?!type)[^;]*from "(@\/[^"]+)"/gm)]
        .map((m) => resolve(m[1]))
        .filter((f): f is string => Boolean(f) && !/^lib\/(data|actions)\//.test(f!) && readsDatabase(f!))
        .map((f) => `${page} → ${f}`),
    );
    expect(offending).toEqual([]);
  });

  it("keeps lib/data from calling services (reads do not write through the service layer)", () => {
    expect(sourceFiles("lib/data").filter((f) => /from "@\/lib\/services/.test(read(f)))).toEqual([]);
  });

  it("has no import cycle, type-only imports included (each is a type in the wrong module)", () => {
    const everything = [...appCode, ...sourceFiles("scripts"), ...sourceFiles("prisma"), ...sourceFiles("test")];
    const graph = importGraph(ROOT, everything);
    // The reader itself works: it sees the edges a cycle would be made of.
    expect(graph.get("lib/rules/engine.ts")).toContain("lib/rules/types.ts");
    expect(graph.get("lib/i18n/en.ts")).toContain("lib/i18n/id.ts");
    expect(importCycles(graph)).toEqual([]);
  });

  it("keeps lib/data to reads, each module on the database lib/read-db.ts's rule gives it", () => {
    const writes =
      /\.(create|createMany|update|updateMany|upsert|delete|deleteMany)\(|\$executeRaw|\b(INSERT INTO|UPDATE "|DELETE FROM)\b/;
    const modules = sourceFiles("lib/data");
    expect(modules.filter((f) => writes.test(read(f)))).toEqual([]);
    // Where each module reads; "both" names why. A new module must take its place here.
    const READS: Record<string, "replica" | "primary" | "both" | "none"> = {
      "lib/data/account-links.ts": "primary",
      "lib/data/agencies.ts": "primary",
      "lib/data/announcements.ts": "replica",
      "lib/data/api-keys.ts": "primary",
      "lib/data/areas.ts": "primary",
      "lib/data/audit-log.ts": "primary",
      "lib/data/checkpoint.ts": "primary",
      "lib/data/compliance.ts": "replica",
      "lib/data/errata.ts": "replica",
      "lib/data/headlines.ts": "replica",
      "lib/data/health.ts": "primary",
      "lib/data/job-statuses.ts": "primary",
      "lib/data/offices.ts": "primary",
      "lib/data/outbox.ts": "primary",
      "lib/data/open-data.ts": "replica",
      "lib/data/period.ts": "none",
      "lib/data/public-offices.ts": "replica",
      // Served releases from the replica; the latest release and the months due decide writes.
      "lib/data/public-releases.ts": "both",
      "lib/data/public-stats.ts": "replica",
      "lib/data/referrals.ts": "replica",
      "lib/data/reminders.ts": "replica",
      // The events replayed from the replica; the draft just saved and the rules from the primary.
      "lib/data/replay.ts": "both",
      "lib/data/reporting-rates.ts": "replica",
      "lib/data/rollout.ts": "replica",
      "lib/data/rules.ts": "primary",
      "lib/data/scoped-office.ts": "none",
      "lib/data/traffic-breakdown.ts": "replica",
      "lib/data/traffic-filters-sql.ts": "none",
      "lib/data/traffic-source.ts": "none",
      // The month cubes a release is made of: they decide a write.
      "lib/data/traffic-table.ts": "primary",
      "lib/data/traffic.ts": "replica",
      "lib/data/users.ts": "primary",
      // The version an aggregate is kept under: read where the aggregate is read.
      "lib/data/versioned-cache.ts": "replica",
    };
    const readsFrom = (file: string) => {
      const text = read(file);
      const replica = /\b(readDb|publicDb)\(/.test(text);
      const primary = /\bprisma\.|\bpool\(\)/.test(text);
      return replica && primary ? "both" : replica ? "replica" : primary ? "primary" : "none";
    };
    expect(Object.fromEntries(modules.map((f) => [f, readsFrom(f)]))).toEqual(READS);
  });

  it("gives client components slices of the dictionary, never the whole of it", () => {
    // What a page passes to a client component is serialised into the page: the whole
    // dictionary is ~34 KB of text. A client component takes a DictionarySlice (lib/i18n/slice.ts).
    const clientFiles = appCode.filter((f) => /^\s*["']use client["']/.test(read(f)));
    expect(clientFiles.length).toBeGreaterThan(30);
    expect(clientFiles.filter((f) => /:\s*Dictionary\b(?![[\w])/.test(read(f)))).toEqual([]);
  });
});
