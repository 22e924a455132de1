import { z } from "zod";
import "@/lib/validations/zod-locale";
import { AGE_BANDS, EXEMPTION_CLASSES, OUTCOMES, PL_STATUSES, PROOF_KINDS, SERVICE_CODES } from "@/lib/vocabulary";

export const MAX_EVENTS_PER_BATCH = 5000;
/** Bytes: 5 000 events of ~300 bytes, with room to spare. */
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;

/** One anonymous visit event. Unknown fields (a NIK, a name, a phone number…) are refused, not ignored. */
export const visitEventSchema = z.strictObject({
  id: z.string().trim().min(1, "id wajib diisi").max(64, "id paling panjang 64 karakter"),
  occurredAt: z.iso.datetime({ offset: true, message: "occurredAt: waktu ISO 8601 dengan zona, mis. 2022-02-10T09:15:00+07:00" }),
  service: z.enum(SERVICE_CODES),
  outcome: z.enum(OUTCOMES),
  proof: z.enum(PROOF_KINDS),
  ageBand: z.enum(AGE_BANDS),
  /** Optional: what the visitor's PeduliLindungi showed (lets a draft rule be replayed). */
  plStatus: z.enum(PL_STATUSES).optional(),
  doses: z.number().int().min(0).max(10).optional(),
  exemption: z.enum(EXEMPTION_CLASSES).optional(),
  /** Optional, REFERRED only: the code of the vaccination post the visitor was sent to. */
  vaccinationPost: z.string().trim().min(1).max(32).optional(),
});
export type VisitEventInput = z.infer<typeof visitEventSchema>;

/** The envelope: a batch is an object with an array of events; the events are checked one by one. */
export const eventBatchSchema = z.strictObject({
  events: z.array(z.unknown()).min(1, "Batch kosong").max(MAX_EVENTS_PER_BATCH, `Paling banyak ${MAX_EVENTS_PER_BATCH} kejadian per permintaan`),
});
