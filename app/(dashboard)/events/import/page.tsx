import { pageTitle } from "@/lib/i18n/page-title";
import { Card } from "@/components/ui/card";
import { SimpleTable } from "@/components/ui/simple-table";
import { findVaccinationPostOptions } from "@/lib/data/areas";
import { requirePagePermission } from "@/lib/auth/guard";
import { getDictionary } from "@/lib/i18n/server";
import { EventsImport } from "./events-import";
import { sliceOf } from "@/lib/i18n/slice";

export const generateMetadata = () => pageTitle((t) => t.titles.eventsImport);

export default async function EventsImportPage() {
  await requirePagePermission("events.upload");
  const { t } = await getDictionary();
  const e = t.eventsImport;
  const posts = await findVaccinationPostOptions();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.eventsImport.title}</h1>
      <p className="text-sm text-gray-700">{t.eventsImport.lead}</p>
      <Card>
        <EventsImport t={sliceOf(t, "officesAdmin", "eventsImport")} />
      </Card>
      <Card title={e.postsTitle} description={e.postsLead}>
        <SimpleTable
          caption={e.postsTitle}
          rowHeaders
          headers={[e.postCode, e.postName, e.postKecamatan]}
          rows={posts.map((p) => ({ key: p.code, cells: [p.code, p.name, p.kecamatan] }))}
        />
      </Card>
    </div>
  );
}
