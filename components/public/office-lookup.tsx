import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import type { PublicOffice } from "@/lib/data/public-offices";
import type { Dictionary } from "@/lib/i18n/dictionaries";

/**
 * The public office look-up: a search form that goes to /kantor (so the pages that carry it
 * stay cacheable) and, there, its results.
 */
export function OfficeLookup({ t, q = "", offices }: { t: Dictionary; q?: string; offices?: PublicOffice[] }) {
  const p = t.transparency;
  return (
    <>
      <form action="/kantor" className="flex flex-wrap items-end gap-2" role="search">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {p.lookupLabel}
          <input
            type="search"
            name="q"
            defaultValue={q}
            maxLength={80}
            className="rounded-md border border-gray-300 px-3 py-2"
          />
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          {p.lookupButton}
        </button>
      </form>
      {offices && q && offices.length === 0 && <p className="mt-3 text-sm text-gray-600">{p.lookupEmpty}</p>}
      {offices && (
        <ul className="mt-3 space-y-1 text-sm">
          {offices.map((o) => (
            <li key={o.code}>
              <Link href={`/kantor/${o.code}`} className="font-medium text-brand-700 hover:underline">
                {o.name}
              </Link>{" "}
              — {o.agency}, {o.kelurahan}, {o.kecamatan} · {t.stages[o.stage]}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
