import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ingestEvents } from "@/lib/services/ingest";
import { publishRevision } from "@/lib/services/public-releases";
import { testOffice, demoActor, uniqueSuffix } from "@/test/actors";
import { actualValues, monthKnowledge } from "@/test/month-truth";
import { combine, solverAttack } from "@/test/suppression-attacker";
import { findMonthReleases, findReleasedMonths, forgetMonthStates, toRelease } from "./public-releases";

const MONTHS = ["2021-12", "2022-01", "2022-02"];

async function versions(): Promise<Record<string, number>> {
  const rows = await prisma.publicRelease.groupBy({
    by: ["month"],
    _max: { version: true },
    where: { month: { in: MONTHS } },
  });
  return Object.fromEntries(rows.map((r) => [r.month, r._max.version ?? 0]));
}

async function lateOffice() {
  const { office } = await testOffice("Loket Uji Rilis", ["ADMINDUK"], { kelurahanCode: "32.75.06.1001" });
  const id = uniqueSuffix();
  let n = 0;
  const send = (day: string, outcome: string, count: number) =>
    ingestEvents(
      prisma,
      { id: office.id, services: ["ADMINDUK"], joinedAt: office.createdAt },
      Array.from({ length: count }, () => ({
        id: `late-${id}-${n++}`,
        occurredAt: `${day}T10:00:00+07:00`,
        service: "ADMINDUK",
        outcome,
        proof: "NONE",
        ageBand: "18-59",
      })),
      "API",
    );
  return { send };
}

/** The independent attacker (test/suppression-attacker.ts) on two stored versions of a month, checked against their true counts. */
async function expectNothingSmallFromBoth(month: string, oldVersion: number, newVersion: number) {
  const [v1, v2] = await Promise.all(
    [oldVersion, newVersion].map(async (version) =>
      toRelease(await prisma.publicRelease.findUniqueOrThrow({ where: { month_version: { month, version } } })),
    ),
  );
  const k1 = monthKnowledge("v1", v1.tables);
  const k2 = monthKnowledge("v2", v2.tables);
  const truth1 = actualValues("v1", v1.cube);
  const truth2 = actualValues("v2", v2.cube);
  const truth = (name: string) =>
    name.startsWith("Δ")
      ? truth2.get(name.slice(1))! - truth1.get(name.slice(1).replace(/^v2:/, "v1:"))!
      : (truth1.get(name) ?? truth2.get(name))!;
  const names = [...new Set(k1.equations.flatMap((e) => [e.sum, ...e.parts]))];
  const intervals = await solverAttack(
    combine(k1, k2),
    names.map((n) => [n.replace(/^v1:/, "v2:"), n]),
    (name) => truth(name) > 0,
  );
  for (const [name, { lo, hi }] of intervals) {
    if (name.startsWith("Δ") && lo === hi) expect(truth(name) >= 5, `${name}=${truth(name)} shown exactly`).toBe(true);
    else expect(hi - lo, `${name}=${truth(name)} narrowed to [${lo}, ${hi}]`).toBeGreaterThanOrEqual(4);
  }
}

/** A day January 2022 could still be revised (it became final on 3 Mar 2022, the demo's today). */
const BEFORE_FINAL = new Date("2022-02-10T10:00:00+07:00");

describe("public releases", () => {
  it("end: a month past its final day is never revised again, and says so", async () => {
    const actor = await demoActor("HUMAS");
    const { send } = await lateOffice();
    expect((await send("2021-12-14", "SERVED_NO_REQUIREMENT", 6)).accepted).toBe(6);
    const before = await versions();
    await expect(publishRevision(prisma, actor, "2021-12")).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("sudah final sejak 2022-02-03"),
    });
    expect(await versions()).toEqual(before);
    // Still shown to officials, as late visits after final.
    expect((await findReleasedMonths()).find((m) => m.month === "2021-12")).toMatchObject({ status: "final" });
  });

  it("are made once per month and frozen: a late event changes nothing public until a revision passes the audit", async () => {
    const [, january] = await findMonthReleases("2021-12", "2022-02");
    const before = await versions();
    // Other test files may have sent January events already: count from what is pending now.
    const pendingAtStart = async () => (await findReleasedMonths()).find((m) => m.month === "2022-01")?.lateEvents ?? 0;
    const earlier = await pendingAtStart();
    expect(Object.keys(before).sort()).toEqual(MONTHS);

    // One late DENIED and one other visit on 12 January, at one office: published as it was.
    const { send } = await lateOffice();
    expect((await send("2022-01-12", "DENIED", 1)).accepted).toBe(1);
    expect((await send("2022-01-12", "SERVED_NO_REQUIREMENT", 1)).accepted).toBe(1);
    forgetMonthStates();
    const [, januaryAfter] = await findMonthReleases("2021-12", "2022-02");
    expect(januaryAfter).toEqual(january);
    expect(await versions()).toEqual(before);
    expect(await pendingAtStart()).toBe(earlier + 2);

    // Two late visits may come out only if an attacker holding both versions learns nothing
    // small — not a hidden count, not a late visit: either the revision is refused, or it hid enough.
    const actor = await demoActor("HUMAS");
    const first = await publishRevision(prisma, actor, "2022-01", BEFORE_FINAL);
    expect(first.lateEvents).toBe(earlier + 2);
    if (first.published) await expectNothingSmallFromBoth("2022-01", before["2022-01"], first.version);
    else expect(await versions()).toEqual(before);
    const current = await versions();

    // With enough late visits in every number they touch, the revision is published, with an
    // erratum — unless protecting them would hide most of the month (lib/stats/revision-audit.ts
    // MAX_WITHDRAWN_SHARE): then the release stays as it is and the late visits stay pending.
    for (const day of ["2022-01-12", "2022-01-13", "2022-01-14", "2022-01-17", "2022-01-18"]) {
      await send(day, "DENIED", 6);
      await send(day, "SERVED_NO_REQUIREMENT", 6);
    }
    const published = await publishRevision(prisma, actor, "2022-01", BEFORE_FINAL);
    const lateEvents = first.published ? 60 : earlier + 62;
    if (!published.published) {
      expect(published).toMatchObject({ reason: "withdraws", lateEvents });
      expect(await versions()).toEqual(current);
      expect((await findReleasedMonths()).find((m) => m.month === "2022-01")?.lateEvents).toBe(lateEvents);
      return;
    }
    const version = current["2022-01"] + 1;
    expect(published).toMatchObject({ published: true, version, lateEvents });
    expect(await versions()).toEqual({ ...current, "2022-01": version });
    await expectNothingSmallFromBoth("2022-01", current["2022-01"], version);
    const [, revised] = await findMonthReleases("2021-12", "2022-02");
    // The new version counts the late visits (unless the audit hid the total to protect them).
    if (revised.outcome.total !== null)
      expect(revised.outcome.total).toBe((january.outcome.total as number) + earlier + 62);
    expect(revised).not.toEqual(january);
    const erratum = await prisma.erratum.findFirst({ where: { affected: `Data terbuka 2022-01 (versi ${version})` } });
    // It says what changed, never how many late visits: that difference is what the audit protects.
    expect(erratum?.descriptionId).toBe(
      `Revisi 2022-01: kunjungan yang terlambat dilaporkan ditambahkan; rilis versi ${version} diperiksa ulang bersama versi ${current["2022-01"]}.`,
    );
    expect((await findReleasedMonths()).find((m) => m.month === "2022-01")?.lateEvents).toBe(0);
  }, 300_000); // the audit solves several problems; files run side by side on two cores

  it("count each month's own scanning offices: those that recorded visits in it", async () => {
    const offices = async (month: string) =>
      (await prisma.publicRelease.findFirstOrThrow({ where: { month }, orderBy: { version: "asc" } }))
        .scanningOffices ?? -1;
    const [september, january, february] = [
      await offices("2021-09"),
      await offices("2022-01"),
      await offices("2022-02"),
    ];
    // The rollout grew over the months; January's visits (kept as rollups only) count as much as
    // February's scanned events. It is never today's figure repeated on every month.
    expect(september).toBeGreaterThan(0);
    expect(january).toBeGreaterThan(september);
    expect(february).toBeGreaterThanOrEqual(january);
    expect(february).toBeLessThanOrEqual(await prisma.office.count());
  });
});
