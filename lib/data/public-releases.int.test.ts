import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ingestEvents } from "@/lib/services/ingest";
import { createOffice } from "@/lib/services/offices";
import { demoActor, uniqueSuffix } from "@/test/actors";
import { findMonthReleases } from "./public-releases";

const MONTHS = ["2021-12", "2022-01", "2022-02"];

async function versions(): Promise<Record<string, number>> {
  const rows = await prisma.publicRelease.groupBy({ by: ["month"], _max: { version: true }, where: { month: { in: MONTHS } } });
  return Object.fromEntries(rows.map((r) => [r.month, r._max.version ?? 0]));
}

describe("public releases", () => {
  it("are computed once per month, and a late event makes a new release of exactly the month it falls in", async () => {
    const [, january] = await findMonthReleases("2021-12", "2022-02");
    const before = await versions();
    expect(Object.keys(before).sort()).toEqual(MONTHS);

    // Read again: served from the stored releases, nothing recomputed.
    await findMonthReleases("2021-12", "2022-02");
    expect(await versions()).toEqual(before);

    const admin = await demoActor("AGENCY_ADMIN");
    const code = `UJI-${uniqueSuffix()}`;
    const office = await createOffice(prisma, admin, {
      code,
      name: "Loket Uji Rilis",
      address: "Jl. Uji No. 2",
      kelurahanCode: "32.75.06.1001",
      services: ["ADMINDUK"],
    });
    const late = { occurredAt: "2022-01-12T10:00:00+07:00", service: "ADMINDUK", proof: "NONE", ageBand: "18-59" };
    const result = await ingestEvents(prisma, { id: office.id, services: ["ADMINDUK"] }, [
      { id: "late-1", outcome: "DENIED", ...late },
      { id: "late-2", outcome: "SERVED_NO_REQUIREMENT", ...late },
    ], "API");
    expect(result.accepted).toBe(2);

    const [, januaryAfter] = await findMonthReleases("2021-12", "2022-02");
    const after = await versions();
    expect(after).toEqual({ ...before, "2022-01": before["2022-01"] + 1 });
    // The new release counts the late events.
    expect(januaryAfter.outcome.total).toBe((january.outcome.total as number) + 2);
  });
});
