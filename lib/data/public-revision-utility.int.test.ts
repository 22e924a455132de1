import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ingestEvents } from "@/lib/services/ingest";
import { publishRevision } from "@/lib/services/public-releases";
import { MAX_WITHDRAWN_SHARE } from "@/lib/stats/revision-audit";
import { demoActor, testOffice, uniqueSuffix } from "@/test/actors";
import { shownNumbers } from "@/test/month-truth";
import { toRelease } from "./public-releases";

const latest = async (month: string) =>
  toRelease(await prisma.publicRelease.findFirstOrThrow({ where: { month }, orderBy: { version: "desc" } }));

describe("a revision of February 2022 with a handful of late visits", () => {
  // What the browser tests send: a few visits on Friday and Saturday, two on a Sunday (no office open).
  it("is refused rather than replacing the published month with one that hides most of it", async () => {
    const { office } = await testOffice("Loket Uji Revisi", ["KTP_EL"], { kelurahanCode: "32.75.01.1001" });
    const id = uniqueSuffix();
    const late = [
      ...["2022-02-25T09:00", "2022-02-25T09:05"].map((at) => [at, "SERVED_VACCINATED"]),
      ...["2022-02-26T10:00", "2022-02-26T10:01", "2022-02-26T10:02"].map((at) => [at, "SERVED_VACCINATED"]),
      ...["2022-02-27T10:00", "2022-02-27T10:01"].map((at) => [at, "REFERRED"]),
    ];
    const result = await ingestEvents(
      prisma,
      { id: office.id, services: ["KTP_EL"], joinedAt: office.createdAt },
      late.map(([at, outcome], n) => ({
        id: `utility-${id}-${n}`,
        occurredAt: `${at}:00+07:00`,
        service: "KTP_EL",
        outcome,
        proof: outcome === "REFERRED" ? "NONE" : "PEDULILINDUNGI_APP",
        ageBand: "18-59",
      })),
      "API",
    );
    expect(result.accepted).toBe(late.length);
    const before = await latest("2022-02");
    const revision = await publishRevision(prisma, await demoActor("HUMAS"), "2022-02");
    const after = await latest("2022-02");
    if (revision.published) {
      expect(after.version).toBe(before.version + 1);
      expect(shownNumbers(after.tables)).toBeGreaterThanOrEqual(
        (1 - MAX_WITHDRAWN_SHARE) * shownNumbers(before.tables),
      );
    } else {
      expect(after.version).toBe(before.version);
      if (revision.reason === "withdraws")
        expect(revision.withdrawn).toBeGreaterThan(MAX_WITHDRAWN_SHARE * revision.shown);
    }
  }, 300_000);
});
