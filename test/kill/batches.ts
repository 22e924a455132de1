/** The batches of the kill test: 40 batches of 250 events, the same every time for an office. */
export const BATCHES = 40;
export const PER_BATCH = 250;

export function batchesFor(officeId: string): Record<string, unknown>[][] {
  return Array.from({ length: BATCHES }, (_, b) =>
    Array.from({ length: PER_BATCH }, (_, i) => ({
      id: `kill-${officeId}-${b}-${i}`,
      occurredAt: new Date(Date.parse("2022-02-01T01:00:00Z") + (b * PER_BATCH + i) * 60_000).toISOString(),
      service: "KTP_EL",
      outcome: i % 5 === 0 ? "REFERRED" : "SERVED_VACCINATED",
      proof: i % 5 === 0 ? "NONE" : "PEDULILINDUNGI_APP",
      ageBand: "18-59",
    })),
  );
}
