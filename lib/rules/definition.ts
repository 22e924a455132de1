import { z } from "zod";
import "@/lib/validations/zod-locale";
import { isoInstant } from "@/lib/validations/dates";
import { AGENCY_KINDS, EXEMPTION_CLASSES, PL_STATUSES, SERVICE_CODES } from "@/lib/vocabulary";
import type { PlStatus } from "@/lib/vocabulary";
import { visitorContradiction } from "./visitor";

// A rule is declarative data that officials edit in a form and export as JSON; the
// engine interprets it and nothing is ever evaluated as code.

export const exemptionSchema = z.object({
  class: z.enum(EXEMPTION_CLASSES),
  /** The exemption lapses this many days after its document's date (e.g. recovered ≤ 90 days). */
  maxDaysSince: z.number().int().positive().optional(),
});

export const ruleDefinitionSchema = z.object({
  scope: z.object({
    services: z.array(z.enum(SERVICE_CODES)).min(1, "Pilih minimal satu layanan"),
    agencyKinds: z.array(z.enum(AGENCY_KINDS)).min(1, "Pilih minimal satu jenis instansi"),
  }),
  requirement: z.object({
    minDoses: z.number().int().min(1).max(4),
    /** Days that must have passed since the last dose (e.g. 14 after the second). */
    minDaysSinceLastDose: z.number().int().min(0).max(365).optional(),
  }),
  exemptions: z.array(exemptionSchema),
  /** What happens to a visitor who meets neither the requirement nor an exemption. */
  onFail: z.enum(["DENY", "REFER", "SERVE_WITH_NOTE"]),
});

export type RuleDefinition = z.infer<typeof ruleDefinitionSchema>;

/** A colour and a dose count that contradict each other are refused, naming the doses. */
export function refuseContradiction(visitor: { status: PlStatus; doses: number }, ctx: z.RefinementCtx): void {
  const contradiction = visitorContradiction(visitor);
  if (contradiction) ctx.addIssue({ code: "custom", path: ["doses"], message: contradiction.id });
}

export const visitorSchema = z
  .object({
    status: z.enum(PL_STATUSES),
    doses: z.number().int().min(0).max(10),
    lastDoseAt: isoInstant().optional(),
    age: z.number().int().min(0).max(130),
    exemptions: z.array(z.object({ class: z.enum(EXEMPTION_CLASSES), since: isoInstant().optional() })),
  })
  .superRefine(refuseContradiction);

/** A rule test case's input: the visit as the engine takes it. */
export const ruleCaseInputSchema = z.object({
  service: z.enum(SERVICE_CODES),
  agencyKind: z.enum(AGENCY_KINDS),
  at: isoInstant(),
  visitor: visitorSchema,
});

export type RuleCaseInput = z.infer<typeof ruleCaseInputSchema>;
