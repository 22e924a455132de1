import { pageTitle } from "@/lib/i18n/page-title";
import { notFound, permanentRedirect } from "next/navigation";
import { requirePagePermission } from "@/lib/auth/guard";
import { getCircular } from "@/lib/data/rules";
import { getDictionary } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { toWibInput } from "@/lib/wib";
import { CircularForm } from "../../new/circular-form";
import { pathCode } from "@/lib/path-params";
import { dayOfDate } from "@/lib/day";

export const generateMetadata = () => pageTitle((t) => t.titles.editCircular);

export default async function EditCircularPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("circulars.write");
  const { t } = await getDictionary();
  const address = pathCode((await params).id);
  const circular = await orNotFound(getCircular(address, { includeDrafts: true }));
  if (circular.status !== "DRAFT") notFound();
  if (address !== circular.slug) permanentRedirect(`/circulars/${circular.slug}/edit`);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">
        {t.rulesAdmin.editCircular}: {circular.number}
      </h1>
      <CircularForm
        t={t.rulesAdmin}
        circularId={circular.id}
        values={{
          number: circular.number,
          issuedOn: dayOfDate(circular.issuedOn),
          issuer: circular.issuer,
          title: circular.title,
          body: circular.body,
          effectiveFrom: toWibInput(circular.effectiveFrom),
          clauses: circular.clauses.map((c) => `${c.number}. ${c.text}`).join("\n"),
        }}
      />
    </div>
  );
}
