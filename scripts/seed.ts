// `npm run db:seed`: migrates, then fills an empty database with the demo data
// (SIGAP_DEMO=off: only the reference data every deployment needs).
import { withDatabase } from "./lib/with-database";
import { migrateDeploy } from "./lib/prisma-cli";

await withDatabase(async (url) => {
  await migrateDeploy(url);
  const { prisma } = await import("@/lib/db");
  const { isSeeded, seedDemo, seedReference } = await import("@/prisma/seed/index");
  if (await isSeeded(prisma)) {
    console.log("Database already holds data: seed skipped.");
    return;
  }
  const started = Date.now();
  await (process.env.SIGAP_DEMO === "off" ? seedReference : seedDemo)(prisma, (line) => console.log(`  ${line}`));
  console.log(`Demo data seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
});
