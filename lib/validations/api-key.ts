import { z } from "zod";
import "@/lib/validations/zod-locale";
import { freeText, officeCodeRef } from "@/lib/validations/text";

export const createApiKeySchema = z.object({
  officeCode: officeCodeRef,
  label: freeText("Label", { min: 1, max: 80 }).default("Pemindai"),
  /** SCANNER: a scanner's API key; CHECKPOINT: the token of a desk tablet's checkpoint link. */
  kind: z.enum(["SCANNER", "CHECKPOINT"]).default("SCANNER"),
});

/** The key form: only its label (the office and the kind are the form's page and button). */
export const apiKeyFormSchema = z.object({ label: freeText("Label", { min: 1, max: 80 }).optional() });

export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;
