import { pageTitle } from "@/lib/i18n/page-title";
import { connection } from "next/server";
import { DecisionChecker } from "@/components/rules/decision-checker";
import { getDictionary } from "@/lib/i18n/server";
import { today } from "@/lib/clock";
import { sliceOf } from "@/lib/i18n/slice";

export const generateMetadata = () => pageTitle((t) => t.titles.checker);

export default async function CheckerPage() {
  await connection();
  const { t, locale } = await getDictionary();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t.checker.title}</h1>
      <p className="text-gray-700">{t.checker.lead}</p>
      <DecisionChecker
        t={sliceOf(t, "agencies", "outcomes", "plStatus", "exemptions", "checker")}
        locale={locale}
        today={today()}
      />
    </div>
  );
}
