import { serviceName } from "@/lib/vocabulary";
import type { RuleDefinition } from "./definition";
import type { Reason } from "./types";

// A rule definition in plain language, for the public page, the version history and diffs.

const KINDS = {
  GOVERNMENT: { id: "instansi pemerintah", en: "government agencies" },
  PRIVATE: { id: "penyedia layanan swasta", en: "private providers" },
};
const EXEMPTIONS = {
  UNDER_12: { id: "anak di bawah 12 tahun", en: "children under 12" },
  MEDICAL_CONTRAINDICATION: {
    id: "kontraindikasi medis (surat dokter)",
    en: "medical contraindication (doctor's letter)",
  },
  RECENTLY_RECOVERED: { id: "penyintas Covid-19", en: "recovered from Covid-19" },
};
const ON_FAIL = {
  DENY: { id: "tidak dilayani", en: "not served" },
  REFER: { id: "dirujuk ke pos vaksinasi", en: "referred to a vaccination post" },
  SERVE_WITH_NOTE: { id: "tetap dilayani dengan catatan (imbauan)", en: "served with a note (advisory)" },
};

function join(parts: Reason[], lang: "id" | "en"): string {
  const words = parts.map((p) => p[lang]);
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${lang === "id" ? "dan" : "and"} ${words[words.length - 1]}`;
}

/** Each part of a definition as a labelled line, in both languages (the diff compares these). */
export function describeDefinition(definition: RuleDefinition): { key: string; label: Reason; value: Reason }[] {
  const services = definition.scope.services.map((s) => ({ id: serviceName(s, "id"), en: serviceName(s, "en") }));
  const kinds = definition.scope.agencyKinds.map((k) => KINDS[k]);
  const { minDoses, minDaysSinceLastDose } = definition.requirement;
  const doses: Reason =
    minDoses === 1
      ? { id: "minimal dosis pertama", en: "at least a first dose" }
      : { id: `minimal ${minDoses} dosis`, en: `at least ${minDoses} doses` };
  const wait: Reason = minDaysSinceLastDose
    ? {
        id: `, ${minDaysSinceLastDose} hari setelah dosis terakhir`,
        en: `, ${minDaysSinceLastDose} days after the last dose`,
      }
    : { id: "", en: "" };
  const exemptions = definition.exemptions.map((e) => {
    const name = EXEMPTIONS[e.class];
    return e.maxDaysSince
      ? { id: `${name.id} (≤ ${e.maxDaysSince} hari)`, en: `${name.en} (≤ ${e.maxDaysSince} days)` }
      : name;
  });
  return [
    {
      key: "services",
      label: { id: "Layanan", en: "Services" },
      value: { id: join(services, "id"), en: join(services, "en") },
    },
    {
      key: "agencyKinds",
      label: { id: "Berlaku di", en: "Applies at" },
      value: { id: join(kinds, "id"), en: join(kinds, "en") },
    },
    {
      key: "requirement",
      label: { id: "Syarat", en: "Requirement" },
      value: { id: `Vaksin ${doses.id}${wait.id}`, en: `Vaccination: ${doses.en}${wait.en}` },
    },
    {
      key: "exemptions",
      label: { id: "Pengecualian", en: "Exemptions" },
      value: exemptions.length
        ? { id: join(exemptions, "id"), en: join(exemptions, "en") }
        : { id: "tidak ada", en: "none" },
    },
    { key: "onFail", label: { id: "Jika tidak memenuhi", en: "If not met" }, value: ON_FAIL[definition.onFail] },
  ];
}

export type DefinitionChange = { key: string; label: Reason; before: Reason | null; after: Reason };

/** What changed between two versions' definitions, line by line. */
export function diffDefinitions(before: RuleDefinition | null, after: RuleDefinition): DefinitionChange[] {
  const old = before
    ? new Map(describeDefinition(before).map((line) => [line.key, line.value]))
    : new Map<string, Reason>();
  return describeDefinition(after)
    .filter((line) => old.get(line.key)?.id !== line.value.id)
    .map((line) => ({ key: line.key, label: line.label, before: old.get(line.key) ?? null, after: line.value }));
}
