import { pageTitle } from "@/lib/i18n/page-title";
import { requirePagePermission } from "@/lib/auth/guard";
import { redirect } from "next/navigation";
import { findAgencies, findOwnAgencyCode } from "@/lib/data/agencies";
import { getDictionary } from "@/lib/i18n/server";
import { agencyListParamsSchema } from "@/lib/validations/agency";
import { firstValues } from "@/lib/validations/list-params";
import { AgenciesTable } from "./agencies-table";
import { sliceOf } from "@/lib/i18n/slice";

export const generateMetadata = () => pageTitle((t) => t.titles.agencies);

export default async function AgenciesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("agencies.read");
  // An agency admin has one agency: a list of one row (with search, filters and paging) is
  // only a detour to its page.
  const own = await findOwnAgencyCode(actor);
  if (own) redirect(`/agencies/${encodeURIComponent(own)}`);
  const { t, locale } = await getDictionary();
  const raw = firstValues(await searchParams);
  const params = agencyListParamsSchema.parse(raw);
  const page = await findAgencies(actor, params);
  const exportQuery = new URLSearchParams(
    Object.entries(raw).filter((e): e is [string, string] => Boolean(e[1]) && e[0] !== "page" && e[0] !== "perPage"),
  );
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.agencies.title}</h1>
      <AgenciesTable
        page={page}
        sort={params.sort}
        q={params.q}
        kind={params.kind}
        exportHref={`/agencies/export.csv?${exportQuery}`}
        t={sliceOf(t, "agencies", "table")}
        locale={locale}
      />
    </div>
  );
}
