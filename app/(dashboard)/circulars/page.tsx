import { dayOfDate } from "@/lib/day";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { SimpleTable } from "@/components/ui/simple-table";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { findCirculars } from "@/lib/data/rules";
import { formatDay } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/server";

export const generateMetadata = () => pageTitle((t) => t.titles.circulars);

export default async function CircularsPage() {
  const actor = await requirePagePermission("circulars.read");
  const { t, locale } = await getDictionary();
  const circulars = await findCirculars({ includeDrafts: can(actor, "circulars.write") });
  const r = t.rulesAdmin;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{r.circulars}</h1>
        {can(actor, "circulars.write") && (
          <Link href="/circulars/new" className={buttonClass("primary")}>
            {r.newCircular}
          </Link>
        )}
      </div>
      <div className="rounded-md border border-gray-200 bg-white">
        <SimpleTable
          caption={r.circulars}
          headers={[r.number, r.title, r.issuedOn, r.status, r.rules]}
          empty={t.circularsPage.empty}
          rows={circulars.map((c) => ({
            key: c.id,
            cells: [
              <Link key="number" href={`/circulars/${c.slug}`} className="font-medium text-brand-700 hover:underline">
                {c.number}
              </Link>,
              c.title,
              formatDay(dayOfDate(c.issuedOn), locale),
              t.circularStatus[c.status],
              c._count.rules,
            ],
          }))}
        />
      </div>
    </div>
  );
}
