import type { CaseDefaults } from "@/components/rules/test-case-form";
import type { CaseRow } from "@/components/rules/test-case-panel";
import { formatDateTime } from "@/lib/format";
import { DICTIONARIES, type Dictionary, type Locale } from "@/lib/i18n/dictionaries";
import { fill } from "@/lib/i18n/fill";
import { ruleCaseInputSchema, type RuleCaseInput } from "@/lib/rules/definition";
import { toWibInput } from "@/lib/wib";
import { serviceName } from "@/lib/vocabulary";

/** A stored test case as the panel lists it: a one-line summary and its form values. */
export function caseRow(
  c: { id: string; name: string; input: unknown; expectedOutcome: string },
  t: Dictionary,
  locale: Locale,
): CaseRow {
  const parsed = ruleCaseInputSchema.safeParse(c.input);
  if (!parsed.success)
    return {
      id: c.id,
      name: c.name,
      summary: "–",
      expectedOutcome: c.expectedOutcome,
      defaults: newCaseDefaults(undefined, ""),
    };
  const input = parsed.data;
  const service = serviceName(input.service, locale);
  const exemption = input.visitor.exemptions[0];
  const summary = [
    service,
    t.agencies.kinds[input.agencyKind],
    formatDateTime(input.at, locale),
    t.plStatus[input.visitor.status],
    fill(DICTIONARIES[locale].checkpoint.doses, { count: input.visitor.doses }, locale),
    `${input.visitor.age} ${locale === "id" ? "tahun" : "years"}`,
    ...(exemption ? [t.exemptions[exemption.class]] : []),
  ].join(" · ");
  return {
    id: c.id,
    name: c.name,
    summary,
    expectedOutcome: c.expectedOutcome,
    defaults: { ...newCaseDefaults(input, ""), name: c.name, expectedOutcome: c.expectedOutcome },
  };
}

/** Form values for a new case: based on an existing case's visit, at the version's start. */
export function newCaseDefaults(input: RuleCaseInput | undefined, at: string): CaseDefaults {
  const exemption = input?.visitor.exemptions[0];
  return {
    name: "",
    expectedOutcome: "SERVED_VACCINATED",
    service: input?.service ?? "KTP_EL",
    agencyKind: input?.agencyKind ?? "GOVERNMENT",
    at: at || (input ? toWibInput(input.at) : ""),
    status: input?.visitor.status ?? "HIJAU",
    doses: input?.visitor.doses ?? 2,
    age: input?.visitor.age ?? 30,
    exemption: exemption?.class ?? "NONE",
    exemptionSince: exemption?.since ? toWibInput(exemption.since) : "",
  };
}
