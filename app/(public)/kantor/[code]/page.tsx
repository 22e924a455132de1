import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { connection } from "next/server";
import { Card } from "@/components/ui/card";
import { getPublicOffice } from "@/lib/data/public-offices";
import { getDictionary } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { pathCode } from "@/lib/path-params";

// The office's name: public, like the whole page.
export async function generateMetadata({ params }: { params: Promise<{ code: string }> }) {
  const office = await getPublicOffice(pathCode((await params).code));
  return pageTitle((t) => [office?.name, t.titles.publicOffice]);
}

export default async function PublicOfficePage({ params }: { params: Promise<{ code: string }> }) {
  await connection();
  const { t, locale } = await getDictionary();
  const office = await orNotFound(getPublicOffice(pathCode((await params).code)));
  return (
    <div className="space-y-4">
      <div>
        <p className="text-sm text-gray-600">{office.agency}</p>
        <h1 className="text-3xl font-bold">{office.name}</h1>
        <p className="text-gray-700">
          {office.address}, {office.kelurahan}, {office.kecamatan}
          {office.openingHours && ` · ${office.openingHours}`}
        </p>
        <p className="mt-1 text-sm">
          PeduliLindungi:{" "}
          <span className="rounded bg-brand-50 px-2 py-0.5 font-medium text-brand-800">{t.stages[office.stage]}</span>
        </p>
      </div>
      <Card title={t.checker.bringTitle}>
        <ul className="space-y-3">
          {office.services.map((s) => (
            <li key={s.code}>
              <p className="font-semibold">{locale === "id" ? s.nameId : s.nameEn}</p>
              {s.rules.length === 0 ? (
                <p className="text-sm text-gray-700">{t.checker.bring.SERVED_NO_REQUIREMENT}</p>
              ) : (
                s.rules.map((r) => (
                  <p key={r.code} className="text-sm text-gray-800">
                    {locale === "id" ? r.descriptionId : r.descriptionEn}{" "}
                    <span className="text-gray-500">
                      ({r.code} v{r.version})
                    </span>
                  </p>
                ))
              )}
            </li>
          ))}
        </ul>
        <Link href="/cek" className="mt-4 inline-block font-medium text-brand-700 underline">
          {t.checker.title}
        </Link>
      </Card>
    </div>
  );
}
