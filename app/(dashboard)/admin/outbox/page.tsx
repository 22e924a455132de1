import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/guard";
import { findOutbox, OUTBOX_PAGE_SIZE, type OutboxRow } from "@/lib/data/outbox";
import { formatDateTime } from "@/lib/format";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";
import { fill } from "@/lib/i18n/fill";
import { pageTitle } from "@/lib/i18n/page-title";
import { getDictionary } from "@/lib/i18n/server";
import { configuredTransport } from "@/lib/mail/transport";

export const generateMetadata = () => pageTitle((t) => t.titles.outbox);

type Props = { searchParams: Promise<{ page?: string }> };

/** A one-time link in a message's text (an invitation, a password reset). */
const ONE_TIME_LINK = /https?:\/\/\S+\/set-password\/[A-Za-z0-9_-]{43}/g;
const ANY_LINK = /(https?:\/\/[^\s<>"]+)/;

/** A message's text with its addresses as links; one-time links hidden when the relay delivers them. */
function Body({ text, redact, redacted }: { text: string; redact: boolean; redacted: string }) {
  const shown = redact ? text.replace(ONE_TIME_LINK, redacted) : text;
  return (
    <pre className="mt-2 whitespace-pre-wrap break-words rounded bg-gray-50 p-3 font-sans text-sm text-gray-800">
      {shown.split(ANY_LINK).map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} className="text-brand-700 underline">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}

function status(row: OutboxRow, kept: boolean, o: Dictionary["outbox"], locale: Locale): string {
  if (row.sentAt) return fill(o.states.sent, { at: formatDateTime(row.sentAt, locale) }, locale);
  if (kept) return o.states.kept;
  if (row.attempts === 0) return o.states.waiting;
  const values = { attempts: row.attempts, error: row.lastError ?? "" };
  return row.nextAttemptAt
    ? fill(o.states.retrying, { ...values, at: formatDateTime(row.nextAttemptAt, locale) }, locale)
    : fill(o.states.gaveUp, values, locale);
}

/** /admin/outbox — every message SIGAP mailed or, without SMTP_URL, would mail (ADMIN). */
export default async function OutboxPage({ searchParams }: Props) {
  await requirePagePermission("mail.read");
  const { t, locale } = await getDictionary();
  const o = t.outbox;
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const { rows, total } = await findOutbox(page);
  const kept = configuredTransport() === null;
  const pages = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{o.title}</h1>
      <p className="max-w-3xl text-sm text-gray-700">{kept ? o.leadKept : o.leadSent}</p>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-gray-200 bg-white p-4 text-sm text-gray-700">{o.empty}</p>
      ) : (
        <ul className="space-y-2" aria-label={o.title}>
          {rows.map((row) => (
            <li key={row.id} className="rounded-lg border border-gray-200 bg-white p-3" data-testid="outbox-message">
              <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                <p className="font-medium">{row.subject}</p>
                <p className="text-xs text-gray-600">{formatDateTime(row.createdAt, locale)}</p>
              </div>
              <p className="text-sm text-gray-700">
                {o.to}: <span className="break-all">{row.to}</span> · {o.kinds[row.kind]}
              </p>
              <p className={`text-sm ${row.sentAt || kept ? "text-green-800" : "text-amber-800"}`}>
                {status(row, kept, o, locale)}
              </p>
              <details className="mt-1">
                <summary className="cursor-pointer text-sm text-brand-700">{o.show}</summary>
                <Body text={row.text} redact={!kept} redacted={o.redacted} />
              </details>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav className="flex gap-4 text-sm" aria-label={o.title}>
          {page > 1 && (
            <Link href={`/admin/outbox?page=${page - 1}`} className="text-brand-700 underline">
              {o.previous}
            </Link>
          )}
          <span>
            {page} / {pages}
          </span>
          {page < pages && (
            <Link href={`/admin/outbox?page=${page + 1}`} className="text-brand-700 underline">
              {o.next}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
