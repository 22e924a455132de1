import { pageTitle } from "@/lib/i18n/page-title";
import { OfficeForm } from "@/components/offices/office-form";
import { Card } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { findKelurahanOptions } from "@/lib/data/areas";
import { getDictionary } from "@/lib/i18n/server";
import { sliceOf } from "@/lib/i18n/slice";

export const generateMetadata = () => pageTitle((t) => t.titles.newOffice);

export default async function NewOfficePage() {
  await requirePagePermission("offices.write");
  const { t, locale } = await getDictionary();
  const kelurahan = await findKelurahanOptions();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.officesAdmin.newOffice}</h1>
      <Card>
        <OfficeForm
          values={{
            code: "",
            name: "",
            address: "",
            kelurahanCode: "",
            services: [],
            openingHours: "",
            contactPhone: "",
          }}
          kelurahan={kelurahan}
          t={sliceOf(t, "officesAdmin")}
          locale={locale}
        />
      </Card>
    </div>
  );
}
