import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { requirePagePermission } from "@/lib/auth/guard";
import { agencyAbilities } from "@/lib/auth/abilities";
import { findAgencyOffices, getAgency } from "@/lib/data/agencies";
import { getDictionary } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { officeListParamsSchema } from "@/lib/validations/office";
import { firstValues } from "@/lib/validations/list-params";
import { OfficesTable } from "./offices-table";
import { pathCode } from "@/lib/path-params";
import { sliceOf } from "@/lib/i18n/slice";

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }) {
  const code = pathCode((await params).code);
  return pageTitle((t) => [code, t.titles.agency]);
}

export default async function AgencyPage({ params, searchParams }: Props) {
  const actor = await requirePagePermission("agencies.read");
  const { t } = await getDictionary();
  const { code } = await params;
  const listParams = officeListParamsSchema.parse(firstValues(await searchParams));
  // Another agency's code is "not found" for an agency admin: its existence is not disclosed.
  const agency = await orNotFound(getAgency(actor, pathCode(code)));
  const offices = await findAgencyOffices(actor, agency.code, listParams);
  return (
    <div className="space-y-4">
      <div>
        <p className="text-sm text-gray-600">
          <code>{agency.code}</code> · {t.agencies.kinds[agency.kind]}
        </p>
        <h1 className="text-2xl font-bold">{agency.name}</h1>
      </div>
      {agencyAbilities(actor, agency).addOffices && (
        <div className="flex flex-wrap gap-2">
          <Link href="/offices/new" className={buttonClass("primary")}>
            {t.officesAdmin.newOffice}
          </Link>
          <Link href="/offices/import" className={buttonClass("secondary")}>
            {t.officesAdmin.importOffices}
          </Link>
          <Link href="/reports/import" className={buttonClass("secondary")}>
            {t.officesAdmin.importReports}
          </Link>
          <Link href="/events/import" className={buttonClass("secondary")}>
            {t.eventsImport.nav}
          </Link>
        </div>
      )}
      <h2 className="text-lg font-semibold">{t.agencies.officesOf}</h2>
      <OfficesTable
        page={offices}
        sort={listParams.sort}
        q={listParams.q}
        stage={listParams.stage}
        t={sliceOf(t, "agencies", "stages", "table", "rolloutPage")}
        caption={`${t.agencies.officesOf} ${agency.name}`}
      />
    </div>
  );
}
