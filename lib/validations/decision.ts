import { z } from "zod";
import "@/lib/validations/zod-locale";
import { refuseContradiction, ruleCaseInputSchema } from "@/lib/rules/definition";
import { isoInstant as instant } from "@/lib/validations/dates";

const isoInstant = instant("Waktu tidak valid");

/** POST /api/v1/decisions: unknown fields are refused, not ignored. */
export const decisionRequestSchema = z.strictObject({
  service: ruleCaseInputSchema.shape.service,
  agencyKind: ruleCaseInputSchema.shape.agencyKind.default("GOVERNMENT"),
  at: isoInstant.optional(),
  visitor: z
    .strictObject({
      ...ruleCaseInputSchema.shape.visitor.shape,
      exemptions: z
        .array(
          z.strictObject({
            class: ruleCaseInputSchema.shape.visitor.shape.exemptions.element.shape.class,
            since: isoInstant.optional(),
          }),
        )
        .max(3)
        .default([]),
    })
    .superRefine(refuseContradiction),
});
