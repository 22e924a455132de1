import { pageTitle } from "@/lib/i18n/page-title";
import QRCode from "qrcode";
import { PrintButton } from "@/components/layout/print-button";
import { requirePagePermission } from "@/lib/auth/guard";
import { getPublicOffice } from "@/lib/data/public-offices";
import { getOfficeDetail } from "@/lib/data/offices";
import { env } from "@/lib/env";
import { getDictionary } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { pathCode } from "@/lib/path-params";

// An A4 poster for the office door: name, the requirement in plain language, and a QR
// code to the office's public page. Printed with the browser (print CSS hides the app).
export async function generateMetadata({ params }: { params: Promise<{ code: string }> }) {
  const code = pathCode((await params).code);
  return pageTitle((t) => [code, t.titles.poster]);
}

export default async function PosterPage({ params }: { params: Promise<{ code: string }> }) {
  const actor = await requirePagePermission("agencies.read");
  const { t } = await getDictionary();
  const code = pathCode((await params).code);
  await orNotFound(getOfficeDetail(actor, code));
  const office = await getPublicOffice(code);
  const url = `${env().NEXTAUTH_URL ?? "http://localhost:3000"}/kantor/${encodeURIComponent(office.code)}`;
  const qr = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  const requirements = [...new Set(office.services.flatMap((s) => s.rules.map((r) => r.descriptionId)))];
  return (
    <div className="space-y-4">
      <div className="print:hidden">
        <PrintButton label={t.officesAdmin.poster} />
      </div>
      <article
        className="mx-auto flex aspect-[210/297] max-w-[210mm] flex-col items-center justify-between border border-gray-300 bg-white p-[12mm] text-center print:fixed print:inset-0 print:h-[297mm] print:w-[210mm] print:max-w-none print:border-0 print:break-inside-avoid"
        aria-label="Poster"
      >
        <header>
          <p className="text-lg font-semibold text-brand-800">Pemerintah Kota Bekasi · SE 440/1395/SET.COVID-19</p>
          <h1 className="mt-4 text-4xl font-bold">{office.name}</h1>
          <p className="mt-2 text-xl">{office.agency}</p>
        </header>
        <section>
          <h2 className="text-3xl font-bold">Tunjukkan bukti vaksinasi Covid-19</h2>
          <p className="mt-2 text-xl">Aplikasi PeduliLindungi atau sertifikat vaksin (QR)</p>
          <ul className="mt-4 space-y-2 text-lg">
            {(requirements.length ? requirements : [t.checker.bring.SERVED_NO_REQUIREMENT]).map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </section>
        <footer className="flex flex-col items-center">
          <div className="h-56 w-56" role="img" aria-label={url} dangerouslySetInnerHTML={{ __html: qr }} />
          <p className="mt-2 text-sm">{url}</p>
        </footer>
      </article>
    </div>
  );
}
