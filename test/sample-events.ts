import type { CheckEvent } from "@/lib/checkpoint/check";

/** A valid visit event as the desk and the ingestion API take it; `over` changes fields. */
export function sampleEvent(id: string, over: Partial<CheckEvent> = {}): CheckEvent {
  return {
    id,
    occurredAt: "2022-02-14T09:30:00+07:00",
    service: "KTP_EL",
    outcome: "SERVED_VACCINATED",
    proof: "PEDULILINDUNGI_APP",
    ageBand: "18-59",
    plStatus: "HIJAU",
    doses: 2,
    ...over,
  };
}
