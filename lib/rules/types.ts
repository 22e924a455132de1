import type { ExemptionClass, OutcomeCode, PlStatus } from "@/lib/vocabulary";
import type { RuleDefinition } from "./definition";

// What the engine works on: plain data with Date objects, no database or framework types.
// The codes it decides with (status, exemption, outcome) are PRODUCT.md's, in lib/vocabulary.ts.

/** One version of a rule, as the engine needs it. */
export type EngineRule = {
  id: string;
  code: string;
  version: number;
  validFrom: Date;
  validTo: Date | null;
  strength: "WAJIB" | "IMBAUAN";
  definition: RuleDefinition;
};

export type Visitor = {
  status: PlStatus;
  doses: number;
  lastDoseAt?: Date;
  age: number;
  /** Exemption documents shown, with their date where the class can expire. */
  exemptions: { class: ExemptionClass; since?: Date }[];
};

export type Visit = {
  service: string;
  agencyKind: "GOVERNMENT" | "PRIVATE";
  at: Date;
  visitor: Visitor;
};

export type Reason = { id: string; en: string };

export type Decision = {
  outcome: OutcomeCode;
  /** The rule versions that decided it (empty when none was in force). */
  rules: { id: string; code: string; version: number }[];
  reason: Reason;
  /** When the same visitor would pass, where that follows from the rule (days since last dose). */
  passableFrom?: Date;
};
