import { wibInputToIso } from "@/lib/wib";

// Form posts → the shapes saveRuleVersionSchema and saveTestCaseSchema check. Values are
// passed through as given, unchecked (so no casts): the schema then names every field that
// is wrong, and a form error points at its input.

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

/** A rule-version form → the fields of saveRuleVersionSchema (datetime-local fields are read as WIB). */
export function ruleVersionFromForm(form: FormData) {
  const recoveredDays = optional(form, "recoveredMaxDays");
  const waitDays = optional(form, "minDaysSinceLastDose");
  return {
    validFrom: instant(form, "validFrom") ?? "",
    validTo: instant(form, "validTo"),
    clauseId: text(form, "clauseId"),
    strength: text(form, "strength"),
    descriptionId: text(form, "descriptionId"),
    descriptionEn: text(form, "descriptionEn"),
    changeNote: optional(form, "changeNote"),
    definition: {
      scope: {
        services: form.getAll("services").map(String),
        agencyKinds: form.getAll("agencyKinds").map(String),
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
        ),
      onFail: text(form, "onFail"),
    },
  };
}

/** A test-case form → the fields of saveTestCaseSchema. */
export function testCaseFromForm(form: FormData) {
  const exemption = optional(form, "exemption");
  const since = instant(form, "exemptionSince");
  return {
    name: text(form, "name"),
    expectedOutcome: text(form, "expectedOutcome"),
    input: {
      service: text(form, "service"),
      agencyKind: text(form, "agencyKind"),
      at: instant(form, "at") ?? "",
      visitor: {
        status: text(form, "status"),
        doses: number(form, "doses"),
        age: number(form, "age"),
        exemptions: exemption && exemption !== "NONE" ? [{ class: exemption, ...(since ? { since } : {}) }] : [],
      },
    },
  };
}
