import { evaluate } from "@/lib/rules/engine";
import type { EngineRule } from "@/lib/rules/types";
import { ageBandToDb, type AgeBandCode, type OutcomeCode, type ServiceCode } from "@/lib/vocabulary";
import { BANDS, historyProgress, TRAFFIC_DAYS, trafficDay, visitorProfiles } from "./visitors";

// Plausible daily gated traffic for the demo, Sept 2021 – Jan 2022, as rollup rows: rising
// vaccination coverage, weekday opening (banks and hospitals also Sat). Every outcome is the
// engine's, under the seeded rules, for the profiles of visitors who came that day: the
// expected count of each profile, judged, then rounded with some day-to-day noise.

export { TRAFFIC_DAYS, TRAFFIC_FROM, trafficDay } from "./visitors";

export type TrafficRow = {
  day: Date;
  officeId: string;
  serviceCode: string;
  outcome: OutcomeCode;
  ageBand: ReturnType<typeof ageBandToDb>;
  count: number;
};

type OfficeTraffic = {
  officeId: string;
  agencyKind: "GOVERNMENT" | "PRIVATE";
  /** Days from here on are left to the raw visit events (see visit-events.ts). */
  until?: Date;
  services: ServiceCode[];
  visitsPerDay: number;
  liveFrom: Date;
  liveUntil?: Date;
  opensSaturday: boolean;
};

/** Days an exemption is older than the visit: within every rule's window for recent recovery. */
const EXEMPTION_AGE_DAYS = 30;

/** The engine's outcome for every (profile, band) on one day, shared by the offices of one kind and service. */
function judgedShares(
  rules: readonly EngineRule[],
  service: ServiceCode,
  agencyKind: OfficeTraffic["agencyKind"],
  day: Date,
): Map<AgeBandCode, Map<OutcomeCode, number>> {
  // Noon WIB (05:00 UTC): inside office hours, on the day's rule versions.
  const at = new Date(day.getTime() + 5 * 3_600_000);
  const since = new Date(day.getTime() - EXEMPTION_AGE_DAYS * 86_400_000);
  return new Map(
    BANDS.map(([band, , age]) => {
      const profiles = visitorProfiles(historyProgress(day), band);
      const total = profiles.reduce((sum, [, weight]) => sum + weight, 0);
      const outcomes = new Map<OutcomeCode, number>();
      for (const [profile, weight] of profiles) {
        const { outcome } = evaluate(rules, {
          service,
          agencyKind,
          at,
          visitor: {
            status: profile.status,
            doses: profile.doses,
            age,
            exemptions: profile.exemption ? [{ class: profile.exemption, since }] : [],
          },
        });
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + weight / total);
      }
      return [band, outcomes];
    }),
  );
}

/** The engine's shares by rule set, service, kind and day: the same for every office alike. */
const judgedByRules = new WeakMap<readonly EngineRule[], Map<string, ReturnType<typeof judgedShares>>>();

/** Rows of DailyTraffic for one office, zero counts left out, every outcome judged by the engine under `rules`. */
export function officeTrafficRows(
  office: OfficeTraffic,
  rules: readonly EngineRule[],
  random: () => number,
): TrafficRow[] {
  const rows: TrafficRow[] = [];
  const judged = judgedByRules.get(rules) ?? new Map<string, ReturnType<typeof judgedShares>>();
  judgedByRules.set(rules, judged);
  for (let index = 0; index < TRAFFIC_DAYS; index++) {
    const day = trafficDay(index);
    if (day < office.liveFrom || (office.liveUntil && day >= office.liveUntil) || (office.until && day >= office.until))
      continue;
    const weekday = day.getUTCDay();
    if (weekday === 0 || (weekday === 6 && !office.opensSaturday)) continue;
    const dayVisits = office.visitsPerDay * (0.7 + 0.6 * random()) * (weekday === 1 ? 1.25 : 1);
    const perService = dayVisits / office.services.length;
    for (const service of office.services) {
      const key = `${service}|${office.agencyKind}|${index}`;
      const shares = judged.get(key) ?? judgedShares(rules, service, office.agencyKind, day);
      judged.set(key, shares);
      for (const [band, bandShare] of BANDS) {
        for (const [outcome, share] of shares.get(band)!) {
          const count = Math.round(perService * bandShare * share * (0.75 + 0.5 * random()));
          if (count > 0)
            rows.push({
              day,
              officeId: office.officeId,
              serviceCode: service,
              outcome,
              ageBand: ageBandToDb(band),
              count,
            });
        }
      }
    }
  }
  return rows;
}
