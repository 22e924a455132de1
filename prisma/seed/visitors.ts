import type { AgeBandCode, ExemptionClass, PlStatus } from "@/lib/vocabulary";

// The demo's visitors: when, how old, and with which vaccination status they arrive. The
// rolled-up history (traffic.ts) and the raw events of its last month (visit-events.ts) both
// draw from here, and the engine judges both under the seeded rules.

export const TRAFFIC_FROM = "2021-09-01";
export const TRAFFIC_DAYS = 181; // to 2022-02-28

/** Day `index` after TRAFFIC_FROM, as a UTC-midnight date (Postgres DATE). */
export function trafficDay(index: number): Date {
  const day = new Date(`${TRAFFIC_FROM}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + index);
  return day;
}

/** Age bands: share of visitors and a representative age (the engine's age rules read an age). */
export const BANDS: [AgeBandCode, number, number][] = [
  ["0-11", 0.05, 9],
  ["12-17", 0.1, 15],
  ["18-59", 0.69, 35],
  ["60+", 0.16, 66],
];

export function pick<T>(random: () => number, weighted: [T, number][]): T {
  let roll = random() * weighted.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, weight] of weighted) if ((roll -= weight) < 0) return value;
  return weighted[weighted.length - 1][0];
}

export type VisitorProfile = { status: PlStatus; doses: number; exemption: ExemptionClass | null };

/**
 * Who arrives at a gated desk, as weighted profiles, `progress` (0 → 1) through the demo's
 * history (Sept 2021 – Feb 2022): referred visitors come back vaccinated, so fewer arrive red
 * or yellow. Both the rolled-up history and the raw events of the last month draw from it,
 * and the engine judges every profile: the demo never contradicts its own rules.
 */
export function visitorProfiles(progress: number, band: AgeBandCode): [VisitorProfile, number][] {
  // Children under 12 were vaccinated only from December 2021, a few by February.
  if (band === "0-11")
    return [
      [{ status: "MERAH", doses: 0, exemption: null }, 1 - 0.2 * progress],
      [{ status: "HIJAU", doses: 2, exemption: null }, 0.2 * progress],
    ];
  const [green, yellow, red] = [0.55 + 0.3 * progress, 0.25 - 0.16 * progress, 0.19 - 0.14 * progress];
  return [
    [{ status: "HIJAU", doses: 2, exemption: null }, green * 0.75],
    [{ status: "HIJAU", doses: 3, exemption: null }, green * 0.25],
    [{ status: "KUNING", doses: 1, exemption: null }, yellow],
    [{ status: "MERAH", doses: 0, exemption: null }, red * 0.75],
    [{ status: "MERAH", doses: 0, exemption: "MEDICAL_CONTRAINDICATION" }, red * 0.25 * (2 / 3)],
    [{ status: "MERAH", doses: 0, exemption: "RECENTLY_RECOVERED" }, red * 0.25 * (1 / 3)],
    [{ status: "HITAM", doses: 0, exemption: null }, 0.01 / 3],
    [{ status: "HITAM", doses: 2, exemption: null }, 0.01 * (2 / 3)],
  ];
}

/** How far through the demo's history a day is (0 on its first day, 1 on its last). */
export function historyProgress(day: Date): number {
  return (day.getTime() - trafficDay(0).getTime()) / (trafficDay(TRAFFIC_DAYS - 1).getTime() - trafficDay(0).getTime());
}
