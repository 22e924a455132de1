import { pageTitle } from "@/lib/i18n/page-title";
import { OfficeLookup } from "@/components/public/office-lookup";
import { Card } from "@/components/ui/card";
import { findPublicOffices } from "@/lib/data/public-offices";
import { getDictionary } from "@/lib/i18n/server";

export const generateMetadata = () => pageTitle((t) => t.titles.publicOffices);

export default async function OfficeSearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { t } = await getDictionary();
  const q = [(await searchParams).q].flat()[0]?.slice(0, 80) ?? "";
  const offices = await findPublicOffices(q);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t.transparency.lookup}</h1>
      <Card>
        <OfficeLookup t={t} q={q} offices={offices} />
      </Card>
    </div>
  );
}
