import { z } from "zod";
import { OUTCOMES } from "@/lib/vocabulary";

// What the API answers, as schemas: written into the OpenAPI document (a generated client knows
// the shapes), and checked against real answers by the routes' tests, so the document cannot
// drift from what the routes send.

const reason = z.strictObject({
  id: z.string().describe("The reason in Indonesian"),
  en: z.string().describe("The reason in English"),
});

const decided = {
  outcome: z.enum(OUTCOMES),
  rules: z
    .array(z.strictObject({ id: z.string(), version: z.number().int() }))
    .describe("The rule versions that decided"),
  reason,
  passableFrom: z.iso
    .datetime({ offset: true })
    .optional()
    .describe("When a visitor waiting out an interval after a dose may be served"),
};

/** POST /api/v1/decisions: the decision, and the scheduled change that will decide otherwise (or null). */
export const decisionResponseSchema = z.strictObject({
  ...decided,
  changes: z
    .strictObject({ from: z.iso.datetime({ offset: true }), ...decided })
    .nullable()
    .describe("A rule version already scheduled that will decide this visitor otherwise, from `from`"),
});

/** POST /api/v1/events: how many were stored, how many were sent before, and each refused event. */
export const eventsResponseSchema = z.strictObject({
  accepted: z.number().int().min(0),
  duplicates: z.number().int().min(0),
  rejected: z.array(
    z.strictObject({
      index: z.number().int().min(0).describe("The event's place in the batch, from 0"),
      errors: z.record(z.string(), z.array(z.string())).describe("Each field's messages"),
    }),
  ),
});
