import type { RuleVersionDefaults } from "@/components/rules/rule-version-form";
import { ruleDefinitionSchema } from "@/lib/rules/definition";
import { toWibInput } from "@/lib/wib";
import * as clock from "@/lib/clock";

type VersionRecord = {
  validFrom: Date;
  validTo: Date | null;
  clauseId: string | null;
  strength: "WAJIB" | "IMBAUAN";
  descriptionId: string;
  descriptionEn: string;
  changeNote: string | null;
  definition: unknown;
};

const EMPTY_DEFINITION = {
  scope: { services: [], agencyKinds: ["GOVERNMENT"] },
  requirement: { minDoses: 1 },
  exemptions: [{ class: "UNDER_12" }],
  onFail: "REFER",
} as const;

/** The form's starting values: a stored version's (to edit it, or to base a new one on it) or blank ones. */
export function versionDefaults(
  version: VersionRecord | undefined,
  options: { fallbackClauseId: string; startsAt?: Date },
): RuleVersionDefaults {
  const definition = version
    ? ruleDefinitionSchema.parse(version.definition)
    : {
        ...EMPTY_DEFINITION,
        scope: { services: [], agencyKinds: ["GOVERNMENT" as const] },
        exemptions: [{ class: "UNDER_12" as const }],
      };
  return {
    validFrom: toWibInput(options.startsAt ?? version?.validFrom ?? clock.now()),
    validTo: !options.startsAt && version?.validTo ? toWibInput(version.validTo) : "",
    clauseId: version?.clauseId ?? options.fallbackClauseId,
    strength: version?.strength ?? "WAJIB",
    descriptionId: version?.descriptionId ?? "",
    descriptionEn: version?.descriptionEn ?? "",
    changeNote: options.startsAt ? "" : (version?.changeNote ?? ""),
    definition,
  };
}

/** Tomorrow 00:00 WIB: the earliest sensible start of a new version (activation in the past is refused). */
export function tomorrowWib(now = clock.now()): Date {
  const wib = new Date(now.getTime() + 7 * 3_600_000);
  return new Date(Date.UTC(wib.getUTCFullYear(), wib.getUTCMonth(), wib.getUTCDate() + 1) - 7 * 3_600_000);
}
