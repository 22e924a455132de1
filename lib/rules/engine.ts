import type { ExemptionClass } from "@/lib/vocabulary";
import type { Decision, EngineRule, Reason, Visit, Visitor } from "./types";

// The rules engine: a pure function from rule versions and a visit to a decision.
// No I/O, no clock: the visit carries its own time, so the same input always gives
// the same answer (the API, the UI, the checkpoint and the replay all share it).

import { DAY_MS } from "@/lib/day";
const UNDER_12_AGE = 12;

const FAIL_SEVERITY = { SERVE_WITH_NOTE: 0, REFER: 1, DENY: 2 } as const;

const EXEMPTION_NAMES: Record<ExemptionClass, Reason> = {
  UNDER_12: { id: "anak di bawah 12 tahun", en: "children under 12" },
  MEDICAL_CONTRAINDICATION: {
    id: "kontraindikasi medis dengan surat dokter",
    en: "medical contraindication with a doctor's letter",
  },
  RECENTLY_RECOVERED: { id: "penyintas Covid-19", en: "recently recovered from Covid-19" },
};

/** Whether a rule version is in force at `at`: validFrom ≤ at < validTo. */
export function isInForce(rule: Pick<EngineRule, "validFrom" | "validTo">, at: Date): boolean {
  return rule.validFrom.getTime() <= at.getTime() && (rule.validTo === null || at.getTime() < rule.validTo.getTime());
}

/** Whether a rule version covers this service at this kind of agency. */
export function covers(rule: EngineRule, visit: Pick<Visit, "service" | "agencyKind">): boolean {
  const scope = rule.definition.scope;
  return (scope.services as string[]).includes(visit.service) && scope.agencyKinds.includes(visit.agencyKind);
}

/** The rule versions that apply to a visit: in force at its time and covering its service. */
export function applicableRules(
  rules: readonly EngineRule[],
  visit: Pick<Visit, "service" | "agencyKind" | "at">,
): EngineRule[] {
  return rules.filter((rule) => isInForce(rule, visit.at) && covers(rule, visit));
}

type Check = { rule: EngineRule; met: boolean; passableFrom?: Date };

function checkRequirement(rule: EngineRule, visitor: Visitor): Check {
  const { minDoses, minDaysSinceLastDose } = rule.definition.requirement;
  if (visitor.doses < minDoses) return { rule, met: false };
  if (!minDaysSinceLastDose) return { rule, met: true };
  if (!visitor.lastDoseAt) return { rule, met: false };
  const passableFrom = new Date(visitor.lastDoseAt.getTime() + minDaysSinceLastDose * DAY_MS);
  return { rule, met: false, passableFrom };
}

function requirementMet(check: Check, at: Date): boolean {
  return check.met || (check.passableFrom !== undefined && check.passableFrom.getTime() <= at.getTime());
}

/** The exemption classes a visitor holds at `at` under one rule (expired ones left out). */
function validExemptions(rule: EngineRule, visitor: Visitor, at: Date): ExemptionClass[] {
  const held: ExemptionClass[] = [];
  for (const allowed of rule.definition.exemptions) {
    if (allowed.class === "UNDER_12") {
      if (visitor.age < UNDER_12_AGE) held.push("UNDER_12");
      continue;
    }
    const shown = visitor.exemptions.find((e) => e.class === allowed.class);
    if (!shown) continue;
    if (allowed.maxDaysSince === undefined) held.push(allowed.class);
    else if (
      shown.since &&
      shown.since.getTime() <= at.getTime() &&
      at.getTime() < shown.since.getTime() + allowed.maxDaysSince * DAY_MS
    )
      held.push(allowed.class);
  }
  return held;
}

function formatDate(at: Date, locale: "id-ID" | "en-GB"): string {
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Asia/Jakarta",
  }).format(at);
}

function ref(rule: EngineRule) {
  return { id: rule.id, code: rule.code, version: rule.version };
}

function dosesText(n: number): Reason {
  return n === 1
    ? { id: "minimal vaksin dosis pertama", en: "at least a first vaccine dose" }
    : { id: `minimal ${n} dosis vaksin`, en: `at least ${n} vaccine doses` };
}

/** evaluate(rules, visit): the outcome, the rule versions that decided it, and why, in Indonesian and English. */
export function evaluate(rules: readonly EngineRule[], visit: Visit): Decision {
  const applicable = applicableRules(rules, visit);
  if (applicable.length === 0) {
    return {
      outcome: "SERVED_NO_REQUIREMENT",
      rules: [],
      reason: {
        id: "Tidak ada aturan bukti vaksin yang berlaku untuk layanan ini pada waktu kunjungan.",
        en: "No vaccination-proof rule applies to this service at the time of the visit.",
      },
    };
  }
  if (visit.visitor.status === "HITAM") {
    return {
      outcome: "DENIED",
      rules: applicable.map(ref),
      reason: {
        id: "Status PeduliLindungi hitam (positif atau kontak erat): tidak dapat dilayani tatap muka. Gunakan layanan daring atau kembali setelah status berubah.",
        en: "PeduliLindungi status black (positive or close contact): cannot be served in person. Use the online service or come back once the status changes.",
      },
    };
  }

  const checks = applicable.map((rule) => checkRequirement(rule, visit.visitor));
  const failing = checks.filter((c) => !requirementMet(c, visit.at));
  if (failing.length === 0) {
    return {
      outcome: "SERVED_VACCINATED",
      rules: applicable.map(ref),
      reason: {
        id: "Bukti vaksinasi memenuhi syarat: dapat dilayani.",
        en: "Vaccination proof meets the requirement: may be served.",
      },
    };
  }

  // Exempt only when every failing rule accepts one of the visitor's valid exemptions.
  const exemptBy = failing.map((c) => validExemptions(c.rule, visit.visitor, visit.at));
  if (exemptBy.every((held) => held.length > 0)) {
    const names = [...new Set(exemptBy.flat())].map((c) => EXEMPTION_NAMES[c]);
    return {
      outcome: "SERVED_EXEMPT",
      rules: failing.map((c) => ref(c.rule)),
      reason: {
        id: `Dikecualikan dari kewajiban vaksin (${names.map((n) => n.id).join(", ")}): dapat dilayani.`,
        en: `Exempt from the vaccination requirement (${names.map((n) => n.en).join(", ")}): may be served.`,
      },
    };
  }

  const strictest = failing.reduce((a, b) =>
    FAIL_SEVERITY[b.rule.definition.onFail] > FAIL_SEVERITY[a.rule.definition.onFail] ? b : a,
  );
  return failureDecision(strictest, failing, visit);
}

function failureDecision(strictest: Check, failing: Check[], visit: Visit): Decision {
  const requirement = strictest.rule.definition.requirement;
  const need = dosesText(requirement.minDoses);
  const passableFrom = failing.every((c) => c.passableFrom)
    ? new Date(Math.max(...failing.map((c) => c.passableFrom!.getTime())))
    : undefined;
  const lacking: Reason = passableFrom
    ? {
        id: `Syarat ${need.id} dengan jeda ${requirement.minDaysSinceLastDose} hari sejak dosis terakhir baru terpenuhi mulai ${formatDate(passableFrom, "id-ID")}.`,
        en: `The requirement of ${need.en} with ${requirement.minDaysSinceLastDose} days since the last dose is met from ${formatDate(passableFrom, "en-GB")}.`,
      }
    : { id: `Syarat layanan ini: ${need.id}.`, en: `This service requires ${need.en}.` };
  const exemptionHint =
    visit.visitor.exemptions.length > 0
      ? {
          id: " Dokumen pengecualian yang ditunjukkan tidak berlaku (kedaluwarsa atau tidak diterima aturan ini).",
          en: " The exemption document shown does not apply (expired or not accepted by this rule).",
        }
      : { id: "", en: "" };
  const rules = failing.map((c) => ref(c.rule));
  switch (strictest.rule.definition.onFail) {
    case "DENY":
      return {
        outcome: "DENIED",
        rules,
        passableFrom,
        reason: {
          id: `Tidak dapat dilayani. ${lacking.id}${exemptionHint.id}`,
          en: `Cannot be served. ${lacking.en}${exemptionHint.en}`,
        },
      };
    case "REFER":
      return {
        outcome: "REFERRED",
        rules,
        passableFrom,
        reason: {
          id: `Belum dapat dilayani: silakan ke pos vaksinasi terdekat. ${lacking.id}${exemptionHint.id}`,
          en: `Cannot be served yet: please go to the nearest vaccination post. ${lacking.en}${exemptionHint.en}`,
        },
      };
    case "SERVE_WITH_NOTE":
      // An advisory (imbauan) rule: the visitor is served; the requirement did not bind.
      return {
        outcome: "SERVED_NO_REQUIREMENT",
        rules,
        passableFrom,
        reason: {
          id: `Dilayani dengan catatan: aturan ini bersifat imbauan. Dianjurkan segera vaksin di pos vaksinasi terdekat. ${lacking.id}`,
          en: `Served with a note: this rule is advisory. Please get vaccinated at the nearest vaccination post. ${lacking.en}`,
        },
      };
  }
}
