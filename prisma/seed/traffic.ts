import { ageBandToDb, type AgeBandCode, type OutcomeCode, type ServiceCode } from "@/lib/vocabulary";

// Plausible daily gated traffic for the demo: Sept 2021 – Feb 2022, rising
// vaccination coverage, children exempt, weekday opening (banks and hospitals also Sat).

export const TRAFFIC_FROM = "2021-09-01";
export const TRAFFIC_DAYS = 181; // to 2022-02-28

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
  /** Days from here on are left to the raw visit events (see visit-events.ts). */
  until?: Date;
  services: ServiceCode[];
  visitsPerDay: number;
  liveFrom: Date;
  liveUntil?: Date;
  opensSaturday: boolean;
};

const ADULT_BANDS: [AgeBandCode, number][] = [
  ["12-17", 0.1],
  ["18-59", 0.72],
  ["60+", 0.18],
];
const CHILD_SHARE = 0.05;
const UNGATED: ServiceCode[] = ["KESEHATAN"];

/** Day `index` after TRAFFIC_FROM, as a UTC-midnight date (Postgres DATE). */
export function trafficDay(index: number): Date {
  const day = new Date(`${TRAFFIC_FROM}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + index);
  return day;
}

/** Shares of the adult outcomes on day `index` of the period (coverage rises over time). */
function adultOutcomeShares(index: number): [OutcomeCode, number][] {
  const progress = index / TRAFFIC_DAYS;
  const vaccinated = 0.64 + 0.28 * progress;
  const exempt = 0.015;
  const notServed = 1 - vaccinated - exempt;
  return [
    ["SERVED_VACCINATED", vaccinated],
    ["SERVED_EXEMPT", exempt],
    ["REFERRED", notServed * 0.82],
    ["DENIED", notServed * 0.18],
  ];
}

/** Rows of DailyTraffic for one office, zero counts left out. */
export function officeTrafficRows(office: OfficeTraffic, random: () => number): TrafficRow[] {
  const rows: TrafficRow[] = [];
  for (let index = 0; index < TRAFFIC_DAYS; index++) {
    const day = trafficDay(index);
    if (day < office.liveFrom || (office.liveUntil && day >= office.liveUntil) || (office.until && day >= office.until))
      continue;
    const weekday = day.getUTCDay();
    if (weekday === 0 || (weekday === 6 && !office.opensSaturday)) continue;
    const dayVisits = office.visitsPerDay * (0.7 + 0.6 * random()) * (weekday === 1 ? 1.25 : 1);
    const perService = dayVisits / office.services.length;
    for (const service of office.services) {
      const add = (outcome: OutcomeCode, band: AgeBandCode, expected: number) => {
        const count = Math.round(expected * (0.75 + 0.5 * random()));
        if (count > 0)
          rows.push({
            day,
            officeId: office.officeId,
            serviceCode: service,
            outcome,
            ageBand: ageBandToDb(band),
            count,
          });
      };
      const children = perService * CHILD_SHARE;
      const adults = perService - children;
      if (UNGATED.includes(service)) {
        add("SERVED_NO_REQUIREMENT", "0-11", children);
        for (const [band, share] of ADULT_BANDS) add("SERVED_NO_REQUIREMENT", band, adults * share);
        continue;
      }
      add("SERVED_EXEMPT", "0-11", children);
      for (const [band, bandShare] of ADULT_BANDS) {
        for (const [outcome, share] of adultOutcomeShares(index)) add(outcome, band, adults * bandShare * share);
      }
    }
  }
  return rows;
}
