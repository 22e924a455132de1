import { z } from "zod";
import { ruleDefinitionSchema } from "@/lib/rules/definition";
import type { EngineRule } from "@/lib/rules/types";
import { AGENCY_KINDS } from "@/lib/vocabulary";

// What a checkpoint tablet needs to decide on its own, offline: its office, the post it
// refers to, and every activated rule version (the engine picks the one in force at the
// time of each check). Sent by the server, cached on the device, checked when read back.

const ruleSchema = z.object({
  id: z.string(),
  code: z.string(),
  version: z.number().int(),
  validFrom: z.iso.datetime({ offset: true }),
  validTo: z.iso.datetime({ offset: true }).nullable(),
  strength: z.enum(["WAJIB", "IMBAUAN"]),
  definition: ruleDefinitionSchema,
});

export const checkpointConfigSchema = z.object({
  office: z.object({
    code: z.string(),
    name: z.string(),
    agencyKind: z.enum(AGENCY_KINDS),
    services: z.array(z.object({ code: z.string(), name: z.string() })),
  }),
  post: z.object({ code: z.string(), name: z.string(), address: z.string() }).nullable(),
  rules: z.array(ruleSchema),
  fetchedAt: z.iso.datetime({ offset: true }),
});
export type CheckpointConfig = z.infer<typeof checkpointConfigSchema>;

/** Engine rules as JSON for the device. */
export function serializeRules(rules: readonly EngineRule[]): CheckpointConfig["rules"] {
  return rules.map((r) => ({ ...r, validFrom: r.validFrom.toISOString(), validTo: r.validTo?.toISOString() ?? null }));
}

/** The device's JSON back into engine rules. */
export function engineRules(config: CheckpointConfig): EngineRule[] {
  return config.rules.map((r) => ({
    ...r,
    validFrom: new Date(r.validFrom),
    validTo: r.validTo ? new Date(r.validTo) : null,
  }));
}
