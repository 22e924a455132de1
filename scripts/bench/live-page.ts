// A page measured as a city sees it during office hours: while a desk sends a visit of today
// (on SIGAP's clock) every `everyMs`, so the period's current month changes between two
// requests and what was kept of it must be read again (lib/data/versioned-cache.ts).
import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";
import { createApiKey } from "@/lib/services/api-keys";
import { latency, type Latency } from "./measure";

export async function latencyWhileVisitsArrive(
  db: Db,
  baseUrl: string,
  path: string,
  cookie: string,
  runs: number,
  everyMs = 100,
): Promise<Latency & { sent: number }> {
  const office = await db.office.findFirstOrThrow({
    where: { archivedAt: null, services: { some: { serviceCode: "KTP_EL" } } },
    orderBy: { code: "desc" },
    select: { code: true },
  });
  const { key } = await createApiKey(db, { label: "bench" }, { officeCode: office.code, label: "bench live page" });
  let sending = true;
  let sent = 0;
  const sender = (async () => {
    while (sending) {
      const response = await fetch(`${baseUrl}/api/v1/events`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
        body: JSON.stringify({
          events: [
            {
              id: `live-${Date.now()}-${sent}`,
              occurredAt: new Date(now().getTime() - 60_000).toISOString(),
              service: "KTP_EL",
              outcome: "SERVED_VACCINATED",
              proof: "PEDULILINDUNGI_APP",
              ageBand: "18-59",
            },
          ],
        }),
      });
      const answer = (await response.json()) as { accepted?: number };
      if (answer.accepted !== 1) throw new Error(`a live visit was not stored: ${JSON.stringify(answer)}`);
      sent++;
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  try {
    return { ...(await latency(`${baseUrl}${path}`, cookie, runs)), sent };
  } finally {
    sending = false;
    await sender;
  }
}
