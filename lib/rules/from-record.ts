import { ruleDefinitionSchema } from "./definition";
import type { EngineRule } from "./types";

type VersionRecord = {
  id: string;
  version: number;
  validFrom: Date;
  validTo: Date | null;
  strength: "WAJIB" | "IMBAUAN";
  definition: unknown;
  rule: { code: string };
};

/** A stored rule version → the engine's rule. The JSON is re-validated: a bad row throws here, not in the engine. */
export function toEngineRule(record: VersionRecord): EngineRule {
  return {
    id: record.id,
    code: record.rule.code,
    version: record.version,
    validFrom: record.validFrom,
    validTo: record.validTo,
    strength: record.strength,
    definition: ruleDefinitionSchema.parse(record.definition),
  };
}
