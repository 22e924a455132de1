import type { Locale } from "@/lib/i18n/dictionaries";
import type { RuleDefinition } from "@/lib/rules/definition";
import { describeDefinition } from "@/lib/rules/describe";

/** A rule version's definition as labelled lines in plain language. */
export function RuleDefinitionList({ definition, locale }: { definition: RuleDefinition; locale: Locale }) {
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
      {describeDefinition(definition).map((line) => (
        <div key={line.key} className="contents">
          <dt className="font-medium text-gray-600">{line.label[locale]}</dt>
          <dd className="text-gray-900">{line.value[locale]}</dd>
        </div>
      ))}
    </dl>
  );
}
