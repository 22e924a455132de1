import { z } from "zod";
import "@/lib/validations/zod-locale";
import type { PlStatus } from "@/lib/vocabulary";
import { visitorContradiction } from "@/lib/rules/visitor";
import { EVENT_ID_DESCRIPTION } from "@/lib/api/field-descriptions";
import { isoInstant } from "@/lib/validations/dates";
import { identifier, plainText } from "@/lib/validations/text";
import {
  AGE_BANDS,
  CIRCULAR_FIRST_INSTANT,
  EXEMPTION_CLASSES,
  OUTCOMES,
  PL_STATUSES,
  PROOF_KINDS,
  SERVICE_CODES,
} from "@/lib/vocabulary";

export const MAX_EVENTS_PER_BATCH = 5000;
/** Bytes: 5 000 events of ~300 bytes, with room to spare. */
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;

/**
 * One anonymous visit event. Unknown fields (a NIK, a name, a phone number…) are refused, not
 * ignored; so is an id that looks like a NIK or a phone number, a time before the circular,
 * and an event that contradicts itself (served as vaccinated without proof of a dose, or
 * served at all with status HITAM — the engine never decides either).
 */
export const visitEventSchema = z
  .strictObject({
    id: identifier("id", { max: 64 }).meta({ description: EVENT_ID_DESCRIPTION }),
    occurredAt: isoInstant("occurredAt: waktu ISO 8601 dengan zona, mis. 2022-02-10T09:15:00+07:00").refine(
      (at) => Date.parse(at) >= Date.parse(CIRCULAR_FIRST_INSTANT),
      "occurredAt sebelum SE 440/1395/SET.COVID-19 (9 September 2021): tidak ada kunjungan bergerbang sebelumnya",
    ),
    service: z.enum(SERVICE_CODES),
    outcome: z.enum(OUTCOMES),
    proof: z.enum(PROOF_KINDS),
    ageBand: z.enum(AGE_BANDS),
    /** Optional: what the visitor's PeduliLindungi showed (lets a draft rule be replayed). */
    plStatus: z.enum(PL_STATUSES).optional(),
    doses: z.number().int().min(0).max(10).optional(),
    exemption: z.enum(EXEMPTION_CLASSES).optional(),
    /** Optional, REFERRED only: the code of the vaccination post the visitor was sent to. */
    vaccinationPost: plainText("vaccinationPost", { min: 1, max: 32 }).optional(),
  })
  .superRefine((event, ctx) => {
    const contradiction = contradictionIn(event);
    if (contradiction) ctx.addIssue({ code: "custom", path: [contradiction.field], message: contradiction.message });
  });

/** Why an event cannot have happened as sent, filed under the field that is wrong given the others; or null. */
function contradictionIn(event: {
  outcome: string;
  proof: string;
  plStatus?: PlStatus;
  doses?: number;
}): { field: "plStatus" | "outcome"; message: string } | null {
  if (event.plStatus && event.doses !== undefined) {
    const contradiction = visitorContradiction({ status: event.plStatus, doses: event.doses });
    // The visitor's status and doses disagree whatever the outcome was.
    if (contradiction) return { field: "plStatus", message: `plStatus dan doses bertentangan: ${contradiction.id}` };
  }
  const outcome = outcomeContradiction(event);
  return outcome ? { field: "outcome", message: outcome } : null;
}

/** Why an event's outcome cannot follow from its proof and status, or null. */
function outcomeContradiction(event: { outcome: string; proof: string; plStatus?: PlStatus; doses?: number }) {
  if (event.plStatus === "HITAM" && event.outcome.startsWith("SERVED_"))
    return "Status HITAM tidak dilayani tatap muka: outcome SERVED_* bertentangan dengan plStatus HITAM";
  if (event.outcome !== "SERVED_VACCINATED") return null;
  if (event.proof === "NONE") return "SERVED_VACCINATED tanpa bukti vaksinasi (proof NONE) bertentangan";
  if (event.doses === 0) return "SERVED_VACCINATED dengan 0 dosis bertentangan";
  if (event.plStatus === "MERAH") return "SERVED_VACCINATED dengan status MERAH (belum vaksin) bertentangan";
  return null;
}
export type VisitEventInput = z.infer<typeof visitEventSchema>;

/** The envelope: a batch is an object with an array of events; the events are checked one by one. */
export const eventBatchSchema = z.strictObject({
  events: z
    .array(z.unknown())
    .min(1, "Batch kosong")
    .max(MAX_EVENTS_PER_BATCH, `Paling banyak ${MAX_EVENTS_PER_BATCH} kejadian per permintaan`),
});
