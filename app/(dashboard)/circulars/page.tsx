import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { findCirculars } from "@/lib/data/rules";
import { formatDay } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Surat edaran" };

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
      <div className="overflow-x-auto rounded-md border border-gray-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{r.circulars}</caption>
          <thead className="bg-gray-50">
            <tr>
              {[r.number, r.title, r.issuedOn, r.status, r.rules].map((h) => (
                <th key={h} scope="col" className="px-3 py-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {circulars.length === 0 && (
              <tr>
                <td colSpan={5} className="px-3 py-8 text-center text-gray-600">
                  {t.circularsPage.empty}
                </td>
              </tr>
            )}
            {circulars.map((c) => (
              <tr key={c.id} className="border-t border-gray-100">
                <td className="px-3 py-2">
                  <Link href={`/circulars/${c.id}`} className="font-medium text-brand-700 hover:underline">
                    {c.number}
                  </Link>
                </td>
                <td className="px-3 py-2">{c.title}</td>
                <td className="whitespace-nowrap px-3 py-2">{formatDay(c.issuedOn, locale)}</td>
                <td className="px-3 py-2">{t.circularStatus[c.status]}</td>
                <td className="px-3 py-2">{c._count.rules}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
