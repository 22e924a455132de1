import { afterAll, inject } from "vitest";
import { DEMO_CLOCK_START } from "@/prisma/seed/demo-clock";
import { createServerDatabase, embeddedCopy } from "./test-database";

// Each test file gets its own copy of the run's seeded database (lib/db reads DATABASE_URL
// lazily, and each file runs in a fresh process), so files run in parallel and a test may
// count what it added without another file's rows getting in the way.
const serverUrl = inject("databaseServerUrl");
const database = serverUrl
  ? await createServerDatabase(serverUrl, { template: inject("templateDatabase") })
  : await embeddedCopy(inject("embeddedSnapshot"));
process.env.DATABASE_URL = database.url;
process.env.DATABASE_POOL_MAX = inject("databasePoolMax");
// Integration tests live in the demo's world, as `npm start` does: its clock (lib/clock.ts).
process.env.SIGAP_CLOCK_START ??= DEMO_CLOCK_START;

afterAll(async () => {
  const open = globalThis as { sigapPrisma?: { $disconnect(): Promise<void> }; sigapPool?: { end(): Promise<void> } };
  await open.sigapPrisma?.$disconnect();
  await open.sigapPool?.end();
  await database.stop();
});
