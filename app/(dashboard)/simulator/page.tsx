import { pageTitle } from "@/lib/i18n/page-title";
import { DecisionChecker } from "@/components/rules/decision-checker";
import { requirePagePermission } from "@/lib/auth/guard";
import { getDictionary } from "@/lib/i18n/server";
import { today } from "@/lib/clock";
import { sliceOf } from "@/lib/i18n/slice";

export const generateMetadata = () => pageTitle((t) => t.titles.simulator);

export default async function SimulatorPage() {
  await requirePagePermission("circulars.read");
  const { t, locale } = await getDictionary();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.rulesAdmin.simulator}</h1>
      <p className="text-gray-700">{t.rulesAdmin.simulatorLead}</p>
      <DecisionChecker
        t={sliceOf(t, "agencies", "outcomes", "plStatus", "exemptions", "checker")}
        locale={locale}
        today={today()}
        precise
      />
    </div>
  );
}
