// `npm run db:new-migration -- NAME`: writes prisma/migrations/<timestamp>_NAME/migration.sql
// with the SQL that turns the last committed schema.prisma into the current one. It is
// a pure schema-to-schema diff, the one way of authoring migrations that works offline
// (shared/notes/prisma-offline.md); `prisma migrate dev` does not.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runPrismaCli } from "./lib/prisma-cli";
import { withDatabase } from "./lib/with-database";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- NAME   (lower-case letters, digits and _)");
  process.exit(2);
}

const previous = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" });
const previousFile = path.join(mkdtempSync(path.join(tmpdir(), "sigap-schema-")), "schema.prisma");
writeFileSync(previousFile, previous);

await withDatabase(async (url) => {
  const sql = await runPrismaCli(
    [
      "migrate",
      "diff",
      "--from-schema-datamodel",
      previousFile,
      "--to-schema-datamodel",
      "prisma/schema.prisma",
      "--script",
    ],
    url,
    { quiet: true },
  );
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    console.log("schema.prisma matches the last commit: no migration written.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`Wrote ${dir}/migration.sql — review it, then commit it with schema.prisma.`);
});
