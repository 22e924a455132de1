import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ingestEvents } from "@/lib/services/ingest";
import { testOffice } from "@/test/actors";
import { BATCHES, batchesFor, PER_BATCH } from "./batches";

// kill -9 in the middle of ingestion, three times, then the scanner sends everything again
// (it never got the answers): nothing is lost, nothing is counted twice, every rollup equals
// a recount of the stored events. Each batch is one SQL statement, so a kill leaves it whole or absent.

export const KILLS = 3;

/** Runs the child and kills it with SIGKILL once `afterBatches` batches are confirmed; resolves with how many were. */
function ingestUntilKilled(officeId: string, afterBatches: number): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "test/kill/ingest-child.ts", officeId, "KTP_EL"],
      {
        env: process.env,
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let confirmed = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      confirmed += chunk.toString().trim().split("\n").filter(Boolean).length;
      // The next batch is already on its way: the kill lands in the middle of ingestion.
      if (confirmed >= afterBatches) child.kill("SIGKILL");
    });
    child.on("exit", () => resolve(confirmed));
  });
}

describe("ingestion killed with SIGKILL", () => {
  it(`loses nothing and counts nothing twice after ${KILLS} kills`, async () => {
    const { office } = await testOffice("Loket Uji Kill", ["KTP_EL"]);
    const monthsBefore = await prisma.trafficMonth.findMany();
    try {
      const confirmed: number[] = [];
      for (let kill = 0; kill < KILLS; kill++) confirmed.push(await ingestUntilKilled(office.id, 5 + kill * 12));
      // The scanner resends every batch it has (it cannot know which answers were lost).
      for (const batch of batchesFor(office.id))
        await ingestEvents(prisma, { id: office.id, services: ["KTP_EL"], joinedAt: office.createdAt }, batch, "API");

      const total = BATCHES * PER_BATCH;
      expect(await prisma.visitEvent.count({ where: { officeId: office.id } })).toBe(total);
      const rollups = await prisma.$queryRaw<{ table: string; sum: number }[]>`
      SELECT 'daily' AS table, coalesce(sum(count), 0)::int AS sum FROM "DailyTraffic" WHERE "officeId" = ${office.id}
      UNION ALL SELECT 'service', coalesce(sum(count), 0)::int FROM "DailyServiceTraffic" WHERE "officeId" = ${office.id}
      UNION ALL SELECT 'weekly', coalesce(sum(count), 0)::int FROM "WeeklyServiceTraffic" WHERE "officeId" = ${office.id}
      UNION ALL SELECT 'office', coalesce(sum(count), 0)::int FROM "DailyOfficeTraffic" WHERE "officeId" = ${office.id}
      UNION ALL SELECT 'replayable', (
        (SELECT coalesce(sum(count), 0) FROM "DailyVisitorProfile" WHERE "officeId" = ${office.id})
        + (SELECT coalesce(sum(unprofiled), 0) FROM "DailyOfficeTraffic" WHERE "officeId" = ${office.id}))::int`;
      expect(Object.fromEntries(rollups.map((r) => [r.table, r.sum]))).toEqual({
        daily: total,
        service: total,
        weekly: total,
        office: total,
        // Each visit either has a profile the what-if replay reads or is counted as one it skips.
        replayable: total,
      });
      // Every kill landed before the whole file was sent, or the test proved nothing.
      expect(Math.max(...confirmed)).toBeLessThan(BATCHES);
    } finally {
      // Leave the shared database as it was (also when an assertion failed): these visits are the test's own.
      const where = { officeId: office.id };
      await prisma.$transaction([
        prisma.visitEvent.deleteMany({ where }),
        prisma.dailyTraffic.deleteMany({ where }),
        prisma.dailyServiceTraffic.deleteMany({ where }),
        prisma.weeklyServiceTraffic.deleteMany({ where }),
        prisma.monthlyTraffic.deleteMany({ where }),
        prisma.dailyOfficeTraffic.deleteMany({ where }),
        prisma.dailyVisitorProfile.deleteMany({ where }),
        prisma.dailyReferral.deleteMany({ where }),
        ...monthsBefore.map((m) => prisma.trafficMonth.update({ where: { month: m.month }, data: m })),
      ]);
    }
  });
});
