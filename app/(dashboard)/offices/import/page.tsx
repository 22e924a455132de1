import { pageTitle } from "@/lib/i18n/page-title";
import { Card } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { getDictionary } from "@/lib/i18n/server";
import { OfficeImport } from "./office-import";
import { sliceOf } from "@/lib/i18n/slice";

export const generateMetadata = () => pageTitle((t) => t.titles.officesImport);

export default async function OfficeImportPage() {
  await requirePagePermission("offices.write");
  const { t, locale } = await getDictionary();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.officesAdmin.csvTitleOffices}</h1>
      <Card>
        <OfficeImport t={sliceOf(t, "officesAdmin")} locale={locale} />
      </Card>
    </div>
  );
}
