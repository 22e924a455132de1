import { wibInputToIso } from "@/lib/wib";
import type { RuleVersionInput, TestCaseInput } from "./rule";

// Form posts → the schemas' shapes. Values are passed through as given; the zod schema
// then names every field that is wrong, so a form error points at its input.

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

function optional(form: FormData, name: string): string | undefined {
  return text(form, name).trim() || undefined;
}

function number(form: FormData, name: string): number {
  const value = text(form, name).trim();
  return value === "" ? Number.NaN : Number(value);
}

function instant(form: FormData, name: string): string | undefined {
  const value = optional(form, name);
  return value ? wibInputToIso(value) : undefined;
}

/** A rule-version form → RuleVersionInput (datetime-local fields are read as WIB). */
export function ruleVersionFromForm(form: FormData): RuleVersionInput {
  const recoveredDays = optional(form, "recoveredMaxDays");
  const waitDays = optional(form, "minDaysSinceLastDose");
  return {
    validFrom: instant(form, "validFrom") ?? "",
    validTo: instant(form, "validTo"),
    clauseId: text(form, "clauseId"),
    strength: text(form, "strength") as RuleVersionInput["strength"],
    descriptionId: text(form, "descriptionId"),
    descriptionEn: text(form, "descriptionEn"),
    changeNote: optional(form, "changeNote"),
    definition: {
      scope: {
        services: form.getAll("services").map(String) as never,
        agencyKinds: form.getAll("agencyKinds").map(String) as never,
      },
      requirement: {
        minDoses: number(form, "minDoses"),
        ...(waitDays ? { minDaysSinceLastDose: Number(waitDays) } : {}),
      },
      exemptions: form
        .getAll("exemptions")
        .map(String)
        .map((c) =>
          c === "RECENTLY_RECOVERED" && recoveredDays
            ? { class: c, maxDaysSince: Number(recoveredDays) }
            : { class: c },
        ) as never,
      onFail: text(form, "onFail") as RuleVersionInput["definition"]["onFail"],
    },
  };
}

/** A test-case form → TestCaseInput. */
export function testCaseFromForm(form: FormData): TestCaseInput {
  const exemption = optional(form, "exemption");
  const since = instant(form, "exemptionSince");
  return {
    name: text(form, "name"),
    expectedOutcome: text(form, "expectedOutcome") as TestCaseInput["expectedOutcome"],
    input: {
      service: text(form, "service") as TestCaseInput["input"]["service"],
      agencyKind: text(form, "agencyKind") as TestCaseInput["input"]["agencyKind"],
      at: instant(form, "at") ?? "",
      visitor: {
        status: text(form, "status") as TestCaseInput["input"]["visitor"]["status"],
        doses: number(form, "doses"),
        age: number(form, "age"),
        exemptions:
          exemption && exemption !== "NONE"
            ? [{ class: exemption as "MEDICAL_CONTRAINDICATION", ...(since ? { since } : {}) }]
            : [],
      },
    },
  };
}
