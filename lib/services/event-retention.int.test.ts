import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { testOffice, uniqueSuffix } from "@/test/actors";
import { keptFromMonth, pruneRawEvents, rawEventsKeptFrom } from "./event-retention";
import { ingestEvents } from "./ingest";

// The demo data: traffic from September 2021 to February 2022, every month released, raw
// events in February. Seen from 15 June 2022 with three months kept, every one of them is old
// enough to prune.
const NOW = new Date("2022-06-15T12:00:00+07:00");

async function rawEvents(month: string): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "VisitEvent" WHERE to_char("occurredAt" + interval '7 hours', 'YYYY-MM') = ${month}`;
  return row!.n;
}

async function rollups(): Promise<unknown[]> {
  return prisma.$queryRaw`
    SELECT m.month, sum(m.count)::int AS visits FROM "MonthlyTraffic" m GROUP BY m.month ORDER BY m.month`;
}

describe("raw event retention", () => {
  it("prunes final months older than the horizon, keeps a month with late visits pending, and refuses events from before it", async () => {
    expect(keptFromMonth(3, NOW)).toBe("2022-03");
    expect(rawEventsKeptFrom(3, NOW)?.toISOString()).toBe("2022-02-28T17:00:00.000Z");

    // January gets a late visit: pending, so not final.
    const { office } = await testOffice("Loket Uji Retensi", ["ADMINDUK"]);
    const sendOne = (occurredAt: string, keptFrom: Date | null = null) =>
      ingestEvents(
        prisma,
        { id: office.id, services: ["ADMINDUK"], joinedAt: office.createdAt },
        [
          {
            id: `retention-${uniqueSuffix()}`,
            occurredAt,
            service: "ADMINDUK",
            outcome: "SERVED_EXEMPT",
            proof: "NONE",
            ageBand: "18-59",
          },
        ],
        "API",
        { now: NOW, keptFrom },
      );
    const late = await sendOne("2022-01-20T10:00:00+07:00");
    expect(late.accepted).toBe(1);

    const releasesBefore = await prisma.publicRelease.findMany({ orderBy: [{ month: "asc" }, { version: "asc" }] });
    const rollupsBefore = await rollups();
    const february = await rawEvents("2022-02");
    expect(february).toBeGreaterThan(1000);
    expect(await rawEvents("2022-01")).toBe(1);

    const februaryProfiles = () =>
      prisma.dailyVisitorProfile.count({ where: { day: { gte: new Date("2022-02-01"), lt: new Date("2022-03-01") } } });
    expect(await februaryProfiles()).toBeGreaterThan(0);

    const result = await pruneRawEvents(prisma, keptFromMonth(3, NOW)!);
    expect(result.waiting).toEqual(["2022-01"]);
    expect(result.pruned.map((p) => p.month)).toEqual(["2021-09", "2021-10", "2021-11", "2021-12", "2022-02"]);
    expect(result.pruned.find((p) => p.month === "2022-02")?.events).toBe(february);
    expect(await rawEvents("2022-02")).toBe(0);
    expect(await rawEvents("2022-01")).toBe(1);
    // What a replay of February would read went with its events.
    expect(await februaryProfiles()).toBe(0);
    // Dashboards and public tables read rollups and releases: nothing of them changed.
    expect(await rollups()).toEqual(rollupsBefore);
    expect(await prisma.publicRelease.findMany({ orderBy: [{ month: "asc" }, { version: "asc" }] })).toEqual(
      releasesBefore,
    );

    // An event of a pruned month sent again could not be recognised: it is refused, and says why.
    const again = await sendOne("2022-02-20T10:00:00+07:00", rawEventsKeptFrom(3, NOW));
    expect(again.accepted).toBe(0);
    expect(again.rejected[0]?.errors.occurredAt?.[0]).toMatch(/sebelum 2022-03-01/);
    // Run again: nothing left to delete.
    expect((await pruneRawEvents(prisma, "2022-03")).pruned.every((p) => p.events === 0)).toBe(true);
  });
});
