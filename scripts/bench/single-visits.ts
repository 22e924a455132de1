// One visit per request, as a desk or a scanner sends it: `connections` clients of ONE office
// (the worst case: every visit adds to the same rollup rows), each POSTing a single event with
// a fresh id to /api/v1/events for `seconds`. Compared with a static file served by the same
// server in the same run. Then the database is asked whether every acknowledged visit is
// stored, and none twice.
import autocannon from "autocannon";
import type { Db } from "@/lib/db";
import { createApiKey } from "@/lib/services/api-keys";

export type SingleVisitFigures = { requestsPerSecond: number; acknowledged: number; stored: number; failed: number };

export async function measureSingleVisits(
  db: Db,
  baseUrl: string,
  connections: number,
  seconds: number,
): Promise<SingleVisitFigures> {
  const office = await db.office.findFirstOrThrow({
    where: { archivedAt: null, services: { some: { serviceCode: "KTP_EL" } } },
    orderBy: { code: "asc" },
    select: { id: true, code: true },
  });
  const { key } = await createApiKey(db, { label: "bench" }, { officeCode: office.code, label: "bench single visits" });
  const tag = `single-${Date.now()}`;
  // autocannon puts a fresh id in place of [<id>] in every request.
  const body = JSON.stringify({
    events: [
      {
        id: `${tag}-[<id>]`,
        occurredAt: "2022-02-21T09:30:00+07:00",
        service: "KTP_EL",
        outcome: "SERVED_VACCINATED",
        proof: "PEDULILINDUNGI_APP",
        ageBand: "18-59",
      },
    ],
  });
  const result = await autocannon({
    url: `${baseUrl}/api/v1/events`,
    method: "POST",
    connections,
    duration: seconds,
    idReplacement: true,
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
    body,
  });
  // Requests still in flight when the clock stopped may be stored without being counted here.
  await new Promise((r) => setTimeout(r, 500));
  const stored = await db.visitEvent.count({ where: { officeId: office.id, externalId: { startsWith: tag } } });
  return {
    requestsPerSecond: result["2xx"] / seconds,
    acknowledged: result["2xx"],
    stored,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}
