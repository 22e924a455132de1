import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ingestEvents } from "@/lib/services/ingest";
import { publishRevision } from "@/lib/services/public-releases";
import { testOffice, demoActor, uniqueSuffix } from "@/test/actors";
import { expectNothingSmallFromVersions as expectNothingSmall } from "@/test/version-attacker";
import { shownShare } from "@/lib/stats/utility";
import { findOpenTrafficTable } from "./open-data";
import {
  findMonthReleases,
  findMonthVersions,
  findReleasedMonths,
  findReleaseVersion,
  forgetMonthStates,
  toRelease,
} from "./public-releases";

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
  const send = (day: string, outcome: string, count: number, proof = "NONE") =>
    ingestEvents(
      prisma,
      { id: office.id, services: ["ADMINDUK"], joinedAt: office.createdAt },
      Array.from({ length: count }, () => ({
        id: `late-${id}-${n++}`,
        occurredAt: `${day}T10:00:00+07:00`,
        service: "ADMINDUK",
        outcome,
        proof,
        ageBand: "18-59",
      })),
      "API",
    );
  return { send };
}

/** The independent attacker (test/version-attacker.ts) on every stored version of a month, up to `version`. */
async function expectNothingSmallFromVersions(month: string, version: number) {
  const rows = await prisma.publicRelease.findMany({
    where: { month, version: { lte: version } },
    orderBy: { version: "asc" },
  });
  await expectNothingSmall(rows.map(toRelease));
}

/** A day December 2021 could still be revised (released 3 Jan, final on 3 Feb 2022). */
const DECEMBER_NOT_FINAL = new Date("2022-01-20T10:00:00+07:00");

/** A day November 2021 could still be revised (released 3 Dec, final on 3 Jan 2022). */
const NOVEMBER_NOT_FINAL = new Date("2021-12-20T10:00:00+07:00");

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
    if (first.published) await expectNothingSmallFromVersions("2022-01", first.version);
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
    await expectNothingSmallFromVersions("2022-01", version);
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

  it("publish 400 late visits over ten days as a revision that still shows most of the month, and nothing small", async () => {
    const versionsBefore = await findMonthVersions("2021-12");
    const before = versionsBefore.at(-1)!;
    // One office's backlog: 8 visits of each outcome on each of ten December days.
    const { send } = await lateOffice();
    const days = ["06", "07", "08", "09", "10", "13", "14", "15", "16", "17"].map((d) => `2021-12-${d}`);
    for (const day of days)
      for (const outcome of ["SERVED_EXEMPT", "SERVED_NO_REQUIREMENT", "REFERRED", "DENIED"])
        expect((await send(day, outcome, 8)).accepted).toBe(8);
    for (const day of days) expect((await send(day, "SERVED_VACCINATED", 8, "PEDULILINDUNGI_APP")).accepted).toBe(8);
    const result = await publishRevision(prisma, await demoActor("HUMAS"), "2021-12", DECEMBER_NOT_FINAL);
    expect(result).toMatchObject({ published: true, version: before.version + 1 });
    const revised = await findReleaseVersion("2021-12", before.version + 1);
    expect(revised.visits).toBeGreaterThanOrEqual(before.visits + 400);
    expect(shownShare(revised.tables)).toBeGreaterThanOrEqual(0.85);
    await expectNothingSmallFromVersions("2021-12", revised.version);
  }, 300_000);

  it("publish a small trickle of late visits by the final date: a late row by outcome, the tables as they were", async () => {
    const versionsBefore = await findMonthVersions("2021-11");
    const before = versionsBefore.at(-1)!;
    const actor = await demoActor("HUMAS");
    const { send } = await lateOffice();
    // Twelve visits of one day (8 served, 3 referred, 1 denied): placed in their day, the
    // month's outcome totals would move by 3 and by 1, so they come out coarsened.
    await send("2021-11-16", "SERVED_NO_REQUIREMENT", 8);
    await send("2021-11-16", "REFERRED", 3);
    await send("2021-11-16", "DENIED", 1);
    const first = await publishRevision(prisma, actor, "2021-11", NOVEMBER_NOT_FINAL);
    expect(first).toMatchObject({ published: true, version: before.version + 1 });
    const v2 = await findReleaseVersion("2021-11", before.version + 1);
    const { late, ...tables } = v2.tables;
    // Other test files may have sent November visits too: the late row holds all of them.
    expect(late?.total).toBe(first.published && first.lateEvents);
    expect(late?.withLate).toBe((before.tables.day.total as number) + (late?.total as number));
    expect(tables).toEqual(before.tables);

    // 25 more over two days: the late row grows; the tables still are the first version's.
    for (const day of ["2021-11-23", "2021-11-24"]) {
      await send(day, "SERVED_NO_REQUIREMENT", 9);
      await send(day, "DENIED", day.endsWith("23") ? 4 : 3);
    }
    const second = await publishRevision(prisma, actor, "2021-11", NOVEMBER_NOT_FINAL);
    expect(second).toMatchObject({ published: true, version: before.version + 2, lateEvents: 25 });
    const v3 = await findReleaseVersion("2021-11", before.version + 2);
    expect(v3.tables.late?.total).toBe((late?.total as number) + 25);
    expect(v3.tables.day).toEqual(before.tables.day);
    await expectNothingSmallFromVersions("2021-11", v3.version);

    // Every version is downloadable: the open data of version 3 has the late row, and says what it is.
    const open = await findOpenTrafficTable({
      by: "kecamatan",
      from: "2021-11-01",
      to: "2021-11-30",
      version: v3.version,
    });
    expect(open.late).toMatchObject({ total: v3.tables.late!.total, label: expect.stringContaining("terlambat") });
    expect(open.totalWithLate).toBe(v3.tables.late!.withLate);
    expect(open.totals.total).toBe(before.tables.day.total);
    const erratum = await prisma.erratum.findFirst({
      where: { affected: `Data terbuka 2021-11 (versi ${v3.version})` },
    });
    expect(erratum?.descriptionId).toContain('baris "Dilaporkan terlambat" per hasil');
  }, 300_000);
});
