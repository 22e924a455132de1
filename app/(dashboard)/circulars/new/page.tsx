import { pageTitle } from "@/lib/i18n/page-title";
import { requirePagePermission } from "@/lib/auth/guard";
import { getDictionary } from "@/lib/i18n/server";
import { today as clockToday } from "@/lib/clock";
import { CircularForm } from "./circular-form";

export const generateMetadata = () => pageTitle((t) => t.titles.newCircular);

export default async function NewCircularPage() {
  await requirePagePermission("circulars.write");
  const { t } = await getDictionary();
  const today = clockToday();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.rulesAdmin.newCircular}</h1>
      <CircularForm
        t={t.rulesAdmin}
        values={{
          number: "",
          issuedOn: today,
          issuer: "Ketua Komite Kebijakan Penanganan Covid-19 Kota Bekasi",
          title: "",
          body: "",
          effectiveFrom: `${today}T00:00`,
          clauses: "",
        }}
      />
    </div>
  );
}
