import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createApiKey, revokeApiKey } from "@/lib/services/api-keys";
import { testOffice } from "@/test/actors";
import { ageBandFromDb } from "@/lib/vocabulary";
import { sampleEvent } from "@/test/sample-events";
import { KEY_FAILURES_PER_MINUTE } from "@/lib/api/api-key-auth";
import { REFUSED_ADDRESS_HEADER } from "@/lib/refused-addresses.mjs";
import { eventsResponseSchema } from "@/lib/api/response-schemas";
import { metrics } from "@/lib/metrics.mjs";
import { POST } from "./route";

// The ingestion API through its route handler, against the real database.

async function freshOffice(joinedAt?: Date) {
  const { office, admin } = await testOffice("Loket Uji Ingest", ["KTP_EL", "ADMINDUK"], { joinedAt });
  const { key, id } = await createApiKey(prisma, admin, { officeCode: office.code, label: "Uji" });
  return { office, key, keyId: id, admin };
}

const send = (key: string | null, body: unknown, headers: Record<string, string> = {}) =>
  POST(
    new Request("http://localhost/api/v1/events", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(key ? { Authorization: `Bearer ${key}` } : {}), ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

// The minimal event: what a scanner without PeduliLindungi details sends (undefined fields are not sent).
const event = (id: string, over: Record<string, unknown> = {}) => ({
  ...sampleEvent(id, { plStatus: undefined, doses: undefined }),
  ...over,
});

async function rollup(officeId: string) {
  return prisma.dailyTraffic.findMany({
    where: { officeId },
    orderBy: [{ day: "asc" }, { outcome: "asc" }, { ageBand: "asc" }],
    select: { day: true, serviceCode: true, outcome: true, ageBand: true, count: true },
  });
}

async function recount(officeId: string) {
  const rows = await prisma.$queryRaw<
    { day: Date; serviceCode: string; outcome: string; ageBand: string; count: number }[]
  >`
    SELECT date("occurredAt" + interval '7 hours') AS day, "serviceCode", outcome::text AS outcome, "ageBand"::text AS "ageBand", count(*)::int AS count
    FROM "VisitEvent" WHERE "officeId" = ${officeId} GROUP BY 1, 2, 3, 4 ORDER BY 1, 3, 4`;
  return rows;
}

/** The daily rollup of an office holds exactly what its raw events count. */
async function expectRollupToEqualRecount(officeId: string) {
  const cells = (rows: { day: Date; serviceCode: string; outcome: string; ageBand: string; count: number }[]) =>
    rows.map((r) => `${r.day.toISOString().slice(0, 10)} ${r.serviceCode} ${r.outcome} ${r.ageBand} ${r.count}`).sort();
  const stored = await rollup(officeId);
  expect(cells(stored.map((r) => ({ ...r, ageBand: ageBandFromDb(r.ageBand) })))).toEqual(
    cells(await recount(officeId)),
  );
}

describe("POST /api/v1/events", () => {
  it("gathers single visits sent at once by ten desks of one office into few statements, each counted once", async () => {
    const { office, key, admin } = await freshOffice();
    // Ten desks, each with its own key (each key has its own rate limit).
    const keys = [key];
    for (let d = 1; d < 10; d++)
      keys.push((await createApiKey(prisma, admin, { officeCode: office.code, label: `Meja ${d}` })).key);
    const statements = async () => (await metrics().ingestStatements.get()).values[0]?.value ?? 0;
    const before = await statements();
    // 20 requests of one visit each, all at once (as many as one address may have its keys looked
    // up at once, lib/api/api-key-auth.ts); the last two resend ids of the first two.
    const ids = Array.from({ length: 18 }, (_, i) => `desk-${i}`);
    const responses = await Promise.all(
      [...ids, "desk-0", "desk-1"].map((id, i) =>
        send(key, {
          events: [event(id, { occurredAt: `2022-02-15T${String(8 + (i % 8)).padStart(2, "0")}:00:00+07:00` })],
        }),
      ),
    );
    const results = await Promise.all(responses.map((r) => r.json()));
    expect(results.reduce((sum, r) => sum + r.accepted, 0)).toBe(18);
    expect(results.reduce((sum, r) => sum + r.duplicates, 0)).toBe(2);
    for (const r of results) expect(r.accepted + r.duplicates).toBe(1);
    // One statement for the first request, the rest gathered while it ran: far fewer than 20.
    expect((await statements()) - before).toBeLessThanOrEqual(6);
    expect(await prisma.visitEvent.count({ where: { officeId: office.id } })).toBe(18);
    await expectRollupToEqualRecount(office.id);
  });

  it("stores a batch once: a retried request counts no visit twice, and the rollup equals a recount", async () => {
    const { office, key } = await freshOffice();
    const batch = {
      events: [
        event("a1"),
        event("a2", { outcome: "REFERRED", proof: "NONE", plStatus: "MERAH", doses: 0 }),
        event("a3", { occurredAt: "2022-02-14T23:30:00+07:00" }),
        event("a4", { ageBand: "60+" }),
      ],
    };
    const first = await send(key, batch);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ accepted: 4, duplicates: 0, rejected: [] });
    const retry = await send(key, batch);
    expect(await retry.json()).toEqual({ accepted: 0, duplicates: 4, rejected: [] });
    const overlap = await send(key, { events: [event("a4"), event("a5"), event("a5")] });
    expect(await overlap.json()).toEqual({ accepted: 1, duplicates: 2, rejected: [] });

    expect(await prisma.visitEvent.count({ where: { officeId: office.id } })).toBe(5);
    const stored = await rollup(office.id);
    expect(stored.reduce((s, r) => s + r.count, 0)).toBe(5);
    await expectRollupToEqualRecount(office.id);
    // 23:30 WIB on the 14th is the 14th in WIB (16:30 UTC), not the 15th or 13th.
    expect(new Set(stored.map((r) => r.day.toISOString().slice(0, 10)))).toEqual(new Set(["2022-02-14"]));
  });

  it("keeps the day and month rollups equal to a recount, and bumps the revision of exactly the months it touched", async () => {
    const { office, key } = await freshOffice();
    const months = async () =>
      Object.fromEntries((await prisma.trafficMonth.findMany()).map((m) => [m.month, m.revision]));
    const before = await months();
    const batch = [
      event("m1", { occurredAt: "2022-01-31T23:30:00+07:00" }),
      event("m2", { occurredAt: "2022-01-31T16:59:00Z", outcome: "DENIED", proof: "NONE", ageBand: "12-17" }),
      event("m3", { occurredAt: "2022-01-31T17:00:00Z", service: "ADMINDUK" }),
    ];
    expect(await (await send(key, { events: batch })).json()).toEqual({ accepted: 3, duplicates: 0, rejected: [] });
    expect(await (await send(key, { events: batch })).json()).toEqual({ accepted: 0, duplicates: 3, rejected: [] });

    const recounted = await prisma.$queryRaw<{ key: string; n: number }[]>`
      SELECT to_char(("occurredAt" + interval '7 hours')::date, 'YYYY-MM-DD') || ' ' || "serviceCode" || ' ' || outcome AS key, count(*)::int AS n
      FROM "VisitEvent" WHERE "officeId" = ${office.id} GROUP BY 1 ORDER BY 1`;
    const daily = await prisma.dailyServiceTraffic.findMany({ where: { officeId: office.id } });
    expect(
      daily
        .map((r) => ({ key: `${r.day.toISOString().slice(0, 10)} ${r.serviceCode} ${r.outcome}`, n: r.count }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    ).toEqual(recounted);
    const monthly = await prisma.monthlyTraffic.findMany({ where: { officeId: office.id } });
    // 23:30 WIB and 16:59 UTC on 31 January are January; 17:00 UTC is 1 February in WIB.
    expect(
      monthly
        .map(
          (r) =>
            `${r.month.toISOString().slice(0, 7)} ${r.serviceCode} ${r.outcome} ${ageBandFromDb(r.ageBand)} ${r.count}`,
        )
        .sort(),
    ).toEqual([
      "2022-01 KTP_EL DENIED 12-17 1",
      "2022-01 KTP_EL SERVED_VACCINATED 18-59 1",
      "2022-02 ADMINDUK SERVED_VACCINATED 18-59 1",
    ]);

    const weekly = await prisma.weeklyServiceTraffic.findMany({ where: { officeId: office.id } });
    // 31 Jan and 1 Feb 2022 are Monday and Tuesday of the same ISO week.
    expect(
      weekly.map((r) => `${r.week.toISOString().slice(0, 10)} ${r.serviceCode} ${r.outcome} ${r.count}`).sort(),
    ).toEqual([
      "2022-01-31 ADMINDUK SERVED_VACCINATED 1",
      "2022-01-31 KTP_EL DENIED 1",
      "2022-01-31 KTP_EL SERVED_VACCINATED 1",
    ]);
    const officeDays = await prisma.dailyOfficeTraffic.findMany({
      where: { officeId: office.id },
      orderBy: { day: "asc" },
    });
    // Sent with the office's scanner key: every visit is a scanned one.
    expect(officeDays.map((r) => [r.day.toISOString().slice(0, 10), r.count, r.scanned])).toEqual([
      ["2022-01-31", 2, 2],
      ["2022-02-01", 1, 1],
    ]);

    const after = await months();
    const changed = Object.keys(after)
      .filter((m) => after[m] !== before[m])
      .sort();
    // Once per month for the first batch; the retry stored nothing and changed nothing.
    expect(changed).toEqual(["2022-01", "2022-02"]);
    expect(after["2022-01"]).toBe((before["2022-01"] ?? 0) + 1);
  });

  it("keeps the valid events of a partial batch and names each rejected one by index and field", async () => {
    const { office, key } = await freshOffice();
    const response = await send(key, {
      events: [
        event("p1"),
        event("p2", { nik: "3275010101010001" }),
        event("p3", { service: "SIM" }),
        event("p4", { occurredAt: "kemarin" }),
        event("x".repeat(65)),
        event("p6", { occurredAt: "2999-01-01T00:00:00+07:00" }),
        event("p7"),
      ],
    });
    const body = await response.json();
    // The answer is what the OpenAPI document says it is.
    expect(eventsResponseSchema.safeParse(body).success).toBe(true);
    expect(body.accepted).toBe(2);
    expect(
      body.rejected.map((r: { index: number; errors: Record<string, string[]> }) => [r.index, Object.keys(r.errors)]),
    ).toEqual([
      [1, ["nik"]],
      [2, ["service"]],
      [3, ["occurredAt"]],
      [4, ["id"]],
      [5, ["occurredAt"]],
    ]);
    expect(await prisma.visitEvent.count({ where: { officeId: office.id } })).toBe(2);
  });

  it("counts a referral by the vaccination post it names, and refuses a post on a visit that was not referred or an unknown post", async () => {
    const { office, key } = await freshOffice();
    const referred = (id: string, over: Record<string, unknown> = {}) =>
      event(id, { outcome: "REFERRED", proof: "NONE", vaccinationPost: "VAKS-01", ...over });
    const response = await send(key, {
      events: [
        referred("r1"),
        referred("r2"),
        referred("r3", { vaccinationPost: "VAKS-99" }),
        event("r4", { vaccinationPost: "VAKS-01" }),
        referred("r5", { vaccinationPost: undefined }),
      ],
    });
    const body = await response.json();
    expect(body.accepted).toBe(3);
    expect(body.rejected).toEqual([
      { index: 2, errors: { vaccinationPost: ["Pos vaksinasi VAKS-99 tidak dikenal"] } },
      { index: 3, errors: { vaccinationPost: ["Pos vaksinasi hanya untuk kunjungan REFERRED"] } },
    ]);
    await send(key, { events: [referred("r1"), referred("r6", { occurredAt: "2022-02-15T08:00:00+07:00" })] });
    const stored = await prisma.dailyReferral.findMany({
      where: { officeId: office.id },
      include: { vaccinationPost: true },
      orderBy: { day: "asc" },
    });
    expect(stored.map((r) => [r.day.toISOString().slice(0, 10), r.vaccinationPost.code, r.count])).toEqual([
      ["2022-02-14", "VAKS-01", 2],
      ["2022-02-15", "VAKS-01", 1],
    ]);
    // The referral rollup equals a recount of the stored events that name a post.
    const recounted = await prisma.visitEvent.count({
      where: { officeId: office.id, vaccinationPostId: { not: null } },
    });
    expect(stored.reduce((s, r) => s + r.count, 0)).toBe(recounted);
  });

  it("answers 401 for a missing, unknown or revoked key", async () => {
    const { key, keyId, admin } = await freshOffice();
    expect((await send(null, { events: [event("k1")] })).status).toBe(401);
    expect((await send("sgp_000000000000_bukan", { events: [event("k1")] })).status).toBe(401);
    // Used a moment ago (so this process remembers it as live), then revoked: refused at once.
    expect((await send(key, { events: [event("k0")] })).status).toBe(200);
    await revokeApiKey(prisma, admin, keyId);
    expect((await send(key, { events: [event("k1")] })).status).toBe(401);
  });

  it("answers 422 for a body that is not a batch, and 413 for an oversized one", async () => {
    const { key } = await freshOffice();
    for (const body of [
      "{not json",
      { event: [] },
      { events: [] },
      [event("z1")],
      { events: [event("z1")], extra: 1 },
    ]) {
      expect((await send(key, body)).status).toBe(422);
    }
    expect((await send(key, { events: Array.from({ length: 5001 }, (_, i) => event(`n${i}`)) })).status).toBe(422);
    expect(
      (await send(key, JSON.stringify({ events: [event("big", { padding: "x".repeat(5_000_000) })] }))).status,
    ).toBe(413);
    expect((await send(key, "{}", { "Content-Length": String(10_000_000) })).status).toBe(413);
  });

  it("answers 429 when one key sends too often, without affecting other keys", async () => {
    const { key } = await freshOffice();
    const other = await freshOffice();
    const limited: Response[] = [];
    for (let i = 0; i < 125; i++) {
      const answer = await send(key, "{not json");
      if (answer.status === 429) limited.push(answer);
    }
    expect(limited.length).toBeGreaterThanOrEqual(5);
    // One key over its rate: the address (other scanners behind the same NAT) is not refused.
    expect(limited[0].headers.get(REFUSED_ADDRESS_HEADER)).toBeNull();
    expect((await send(other.key, { events: [event("r1")] })).status).toBe(200);
  });

  it(`answers 429 without a lookup after ${KEY_FAILURES_PER_MINUTE} unknown keys from one address, sent at once`, async () => {
    const from = { "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 250)}` };
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => send(`sgp_salah_${i}_${Math.random()}`, { events: [] }, from)),
    );
    const statuses = answers.map((a) => a.status);
    // Before: 100 × 401, each a database lookup.
    expect(statuses.filter((s) => s === 401)).toHaveLength(KEY_FAILURES_PER_MINUTE);
    expect(statuses.filter((s) => s === 429)).toHaveLength(100 - KEY_FAILURES_PER_MINUTE);
    const refused = answers.find((a) => a.status === 429)!;
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    // Marked as a refusal of the address: the server in front of the app answers it until then.
    expect(refused.headers.get(REFUSED_ADDRESS_HEADER)).toBe("api-keys");
    // A good key gives its slot back: a scanner sending more than the limit is never counted as failing.
    const { key } = await freshOffice();
    for (let i = 0; i < KEY_FAILURES_PER_MINUTE + 5; i++)
      expect([401, 429]).not.toContain((await send(key, { events: [] }, { "x-forwarded-for": "192.0.2.77" })).status);
  });

  it("refuses visits dated before the office joined SIGAP, and takes those of its first day", async () => {
    // Registered on SIGAP's today (3 Mar 2022 WIB in tests), at 07.30 WIB: 2 Mar 23.30 in UTC.
    const { office, key } = await freshOffice(new Date("2022-03-03T07:30:00+07:00"));
    const response = await send(key, {
      events: [
        event("before", { occurredAt: "2022-02-16T09:00:00+07:00" }),
        event("eve", { occurredAt: "2022-03-02T23:59:00+07:00" }),
        event("first-day", { occurredAt: "2022-03-03T07:05:00+07:00" }),
      ],
    });
    expect(await response.json()).toEqual({
      accepted: 1,
      duplicates: 0,
      rejected: [0, 1].map((index) => ({
        index,
        errors: {
          occurredAt: [
            "Kunjungan sebelum kantor bergabung dengan SIGAP (2022-03-03): kunjungan lama hanya masuk lewat impor susulan petugas, dengan alasan",
          ],
        },
      })),
    });
    expect(await prisma.visitEvent.count({ where: { officeId: office.id } })).toBe(1);
    expect(await prisma.trafficMonth.findUnique({ where: { month: "2022-02" } })).toMatchObject({ month: "2022-02" });
  });
});
