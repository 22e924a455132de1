import { evaluate } from "@/lib/rules/engine";
import type { Decision, EngineRule } from "@/lib/rules/types";
import type { ExemptionClass, PlStatus } from "@/lib/vocabulary";
import type { AgeBandCode } from "@/lib/vocabulary";
import type { CheckpointConfig } from "./config";

// One check at the desk: what staff tapped → the engine's decision (the same engine code
// the server runs) → one anonymous visit event for the ingestion API.

export type ShownStatus = PlStatus | "NONE";
export type ShownProof = "PEDULILINDUNGI_APP" | "PEDULILINDUNGI_QR" | "VACCINATION_CARD";

export type CheckInput = {
  service: string;
  status: ShownStatus;
  /** Doses on the certificate; ignored for "NONE". */
  doses: number;
  ageBand: AgeBandCode;
  /** A valid exemption document shown (children under 12 are exempt by age band). */
  exemption: Exclude<ExemptionClass, "UNDER_12"> | null;
  proof: ShownProof;
};

/** The event the ingestion API takes: the shared vocabulary, nothing about the person. */
export type CheckEvent = {
  id: string;
  occurredAt: string;
  service: string;
  outcome: Decision["outcome"];
  proof: ShownProof | "NONE";
  ageBand: AgeBandCode;
  plStatus: PlStatus;
  doses: number;
  exemption?: ExemptionClass;
  vaccinationPost?: string;
};

/** A client event id: random, and made where `crypto.randomUUID` is missing (a tablet on plain http). */
export function newEventId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `pos-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** An age inside each band: the rules speak of age only at 12, a band boundary. */
const BAND_AGE: Record<AgeBandCode, number> = { "0-11": 8, "12-17": 15, "18-59": 30, "60+": 65 };

/** Default doses shown with each status. */
export const STATUS_DOSES: Record<ShownStatus, number> = { HIJAU: 2, KUNING: 1, MERAH: 0, HITAM: 0, NONE: 0 };

export function decideCheck(
  rules: readonly EngineRule[],
  office: CheckpointConfig["office"],
  input: CheckInput,
  at: Date,
): Decision {
  const shown =
    input.status === "NONE" ? { status: "MERAH" as const, doses: 0 } : { status: input.status, doses: input.doses };
  return evaluate(rules, {
    service: input.service,
    agencyKind: office.agencyKind,
    at,
    // The document's validity is checked by staff at the desk: it counts from today.
    visitor: {
      ...shown,
      age: BAND_AGE[input.ageBand],
      exemptions: input.exemption ? [{ class: input.exemption, since: at }] : [],
    },
  });
}

export function checkEvent(
  id: string,
  input: CheckInput,
  decision: Decision,
  at: Date,
  post: CheckpointConfig["post"],
): CheckEvent {
  const exemption: ExemptionClass | undefined = input.exemption ?? (input.ageBand === "0-11" ? "UNDER_12" : undefined);
  return {
    id,
    occurredAt: at.toISOString(),
    service: input.service,
    outcome: decision.outcome,
    proof: input.status === "NONE" ? "NONE" : input.proof,
    ageBand: input.ageBand,
    plStatus: input.status === "NONE" ? "MERAH" : input.status,
    doses: input.status === "NONE" ? 0 : input.doses,
    ...(exemption ? { exemption } : {}),
    ...(decision.outcome === "REFERRED" && post ? { vaccinationPost: post.code } : {}),
  };
}
