import { evaluate } from "@/lib/rules/engine";
import type { EngineRule } from "@/lib/rules/types";
import type { ExemptionClass, PlStatus } from "@/lib/vocabulary";
import { wibDay } from "@/lib/day";
import { ageBandToDb, type ServiceCode } from "@/lib/vocabulary";
import type { TrafficRow } from "./traffic";
import { BANDS, historyProgress, pick, visitorProfiles } from "./visitors";

// The demo's last four weeks as raw, anonymous visit events: each visitor profile is
// judged by the engine under the seeded rules, and the DailyTraffic of those days is
// the rollup of these events (so a replay of a draft rule has real events to run on).

export const EVENTS_FROM = "2022-02-01";
export const EVENTS_TO = "2022-02-28";

export type SeedEvent = {
  officeId: string;
  externalId: string;
  occurredAt: Date;
  serviceCode: string;
  outcome: TrafficRow["outcome"];
  proof: "PEDULILINDUNGI_APP" | "PEDULILINDUNGI_QR" | "VACCINATION_CARD" | "NONE";
  ageBand: TrafficRow["ageBand"];
  plStatus: PlStatus;
  doses: number;
  exemption: ExemptionClass | null;
  source: "API";
  vaccinationPostId: string | null;
};

type EventOffice = {
  officeId: string;
  officeCode: string;
  services: ServiceCode[];
  visitsPerDay: number;
  agencyKind: "GOVERNMENT" | "PRIVATE";
  opensSaturday: boolean;
  /** The vaccination post this office refers visitors to. */
  postId: string | null;
};

/** Events of one office over the event window, each decided by the engine. */
export function officeVisitEvents(
  office: EventOffice,
  rules: readonly EngineRule[],
  window: { liveFrom: Date; liveUntil?: Date },
  random: () => number,
): SeedEvent[] {
  const events: SeedEvent[] = [];
  const [first, last] = [Date.parse(`${EVENTS_FROM}T00:00:00Z`), Date.parse(`${EVENTS_TO}T00:00:00Z`)];
  for (let t = first; t <= last; t += 86_400_000) {
    const day = new Date(t);
    if (day < window.liveFrom || (window.liveUntil && day >= window.liveUntil)) continue;
    const weekday = day.getUTCDay();
    if (weekday === 0 || (weekday === 6 && !office.opensSaturday)) continue;
    const visits = Math.round(office.visitsPerDay * (0.7 + 0.6 * random()));
    for (let n = 0; n < visits; n++) {
      const service = office.services[n % office.services.length];
      const [band, , age] = pick(
        random,
        BANDS.map((b) => [b, b[1]] as [(typeof BANDS)[number], number]),
      );
      const profile = pick(random, visitorProfiles(historyProgress(day), band));
      // Office hours 08:00–15:00 WIB (UTC+7).
      const occurredAt = new Date(t + (1 + random() * 7) * 3_600_000);
      const since = new Date(occurredAt.getTime() - (10 + random() * 60) * 86_400_000);
      const decision = evaluate(rules, {
        service,
        agencyKind: office.agencyKind,
        at: occurredAt,
        visitor: {
          status: profile.status,
          doses: profile.doses,
          age,
          exemptions: profile.exemption ? [{ class: profile.exemption, since }] : [],
        },
      });
      events.push({
        officeId: office.officeId,
        externalId: `demo-${office.officeCode}-${day.toISOString().slice(0, 10)}-${n}`,
        occurredAt,
        serviceCode: service,
        outcome: decision.outcome,
        proof:
          profile.doses === 0
            ? "NONE"
            : pick(random, [
                ["PEDULILINDUNGI_APP", 0.72],
                ["PEDULILINDUNGI_QR", 0.2],
                ["VACCINATION_CARD", 0.08],
              ]),
        ageBand: ageBandToDb(band),
        plStatus: profile.status,
        doses: profile.doses,
        exemption: profile.exemption,
        source: "API",
        // Most scanners record the post a referred visitor was sent to; some do not.
        vaccinationPostId: decision.outcome === "REFERRED" && n % 7 !== 0 ? office.postId : null,
      });
    }
  }
  return events;
}

type ReferralRow = { day: Date; officeId: string; serviceCode: string; vaccinationPostId: string; count: number };

/** DailyReferral rows (WIB day × office × service × post) counted from the referred events that name a post. */
export function rollupReferrals(events: readonly SeedEvent[]): ReferralRow[] {
  const rows = new Map<string, ReferralRow>();
  for (const e of events) {
    if (!e.vaccinationPostId) continue;
    const day = wibMidnight(e.occurredAt);
    const key = [day.toISOString(), e.officeId, e.serviceCode, e.vaccinationPostId].join("|");
    const row = rows.get(key);
    if (row) row.count++;
    else
      rows.set(key, {
        day,
        officeId: e.officeId,
        serviceCode: e.serviceCode,
        vaccinationPostId: e.vaccinationPostId,
        count: 1,
      });
  }
  return [...rows.values()];
}

/** The WIB day of a moment, as a UTC-midnight date (Postgres DATE). */
const wibMidnight = (at: Date) => new Date(`${wibDay(at)}T00:00:00Z`);

/** DailyTraffic rows (WIB day × office × service × outcome × age band) counted from events. */
export function rollupEvents(events: readonly SeedEvent[]): TrafficRow[] {
  const rows = new Map<string, TrafficRow>();
  for (const e of events) {
    const day = wibMidnight(e.occurredAt);
    const key = [day.toISOString(), e.officeId, e.serviceCode, e.outcome, e.ageBand].join("|");
    const row = rows.get(key);
    if (row) row.count++;
    else
      rows.set(key, {
        day,
        officeId: e.officeId,
        serviceCode: e.serviceCode,
        outcome: e.outcome,
        ageBand: e.ageBand,
        count: 1,
      });
  }
  return [...rows.values()];
}
