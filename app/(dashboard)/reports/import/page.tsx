import { pageTitle } from "@/lib/i18n/page-title";
import { Card } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { getDictionary } from "@/lib/i18n/server";
import { ReportImport } from "./report-import";
import { sliceOf } from "@/lib/i18n/slice";

export const generateMetadata = () => pageTitle((t) => t.titles.reportsImport);

export default async function ReportImportPage() {
  await requirePagePermission("reports.write");
  const { t, locale } = await getDictionary();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.officesAdmin.csvTitleReports}</h1>
      <p className="text-sm text-gray-700">{t.officesAdmin.correctionHint}</p>
      <Card>
        <ReportImport t={sliceOf(t, "officesAdmin")} locale={locale} />
      </Card>
    </div>
  );
}
