import "server-only";
import { appUrl } from "@/lib/env";
import type { Day } from "@/lib/day";
import { formatDateTime, formatDay, formatNumber, formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { DICTIONARIES } from "@/lib/i18n/dictionaries";
import { localeOf } from "./account-messages";
import { composeMail, type ComposedMail } from "./compose";

// The messages the scheduled jobs mail: an agency admin's daily reminder (sent only when
// something needs them) and the task force's weekly summary. Each in its recipient's language,
// days and times in WIB, and each says where it can be switched off.

export type AgencyFindings = {
  agency: string;
  missing: { name: string; days?: string[] }[];
  stopped: { name: string }[];
  unusedKeys: { office: string; label: string; lastUsedAt: Date | null }[];
};

export function reminderMail(to: { name: string; locale: string }, day: Day, found: AgencyFindings): ComposedMail {
  const locale = localeOf(to);
  const m = DICTIONARIES[locale].mail.reminder;
  const lists = [
    found.missing.length > 0 && {
      title: fill(m.missingReports, { count: found.missing.length }, locale),
      items: found.missing.map((o) =>
        fill(
          m.missingDays,
          { office: o.name, days: (o.days ?? []).map((d) => formatDay(d, locale)).join(", ") },
          locale,
        ),
      ),
    },
    found.stopped.length > 0 && {
      title: fill(m.stoppedScanning, { count: found.stopped.length }, locale),
      items: found.stopped.map((o) => o.name),
    },
    found.unusedKeys.length > 0 && {
      title: fill(m.unusedKeys, { count: found.unusedKeys.length }, locale),
      items: found.unusedKeys.map((k) =>
        fill(
          m.unusedKey,
          { office: k.office, label: k.label, last: k.lastUsedAt ? formatDateTime(k.lastUsedAt, locale) : m.neverUsed },
          locale,
        ),
      ),
    },
  ].filter((list) => list !== false);
  return composeMail(locale, fill(m.subject, { agency: found.agency }, locale), {
    name: to.name,
    paragraphs: [fill(m.body, { day: formatDay(day, locale), agency: found.agency }, locale)],
    lists,
    action: { label: m.action, url: `${appUrl()}/dashboard` },
    optOut: true,
  });
}

export type WeeklyFigures = {
  from: Day;
  to: Day;
  offices: { total: number; scanning: number; overdue: number };
  reportsExpected: number;
  reportsReceived: number;
  referrals: number;
  lateVisits: number;
  releases: number;
};

export function digestMail(to: { name: string; locale: string }, figures: WeeklyFigures): ComposedMail {
  const locale = localeOf(to);
  const m = DICTIONARIES[locale].mail.digest;
  const number = (n: number) => formatNumber(n, locale);
  const rate =
    figures.reportsExpected > 0 ? formatPercent(figures.reportsReceived / figures.reportsExpected, locale) : "–";
  return composeMail(locale, fill(m.subject, { day: formatDay(figures.to, locale) }, locale), {
    name: to.name,
    paragraphs: [fill(m.body, { from: formatDay(figures.from, locale), day: formatDay(figures.to, locale) }, locale)],
    lists: [
      {
        title: "",
        items: [
          fill(
            m.scanning,
            { scanning: number(figures.offices.scanning), offices: number(figures.offices.total) },
            locale,
          ),
          fill(m.overdue, { count: figures.offices.overdue }, locale),
          fill(m.reportingRate, { rate }, locale),
          fill(m.referrals, { count: figures.referrals }, locale),
          fill(m.lateVisits, { count: figures.lateVisits }, locale),
          fill(m.releases, { count: figures.releases }, locale),
        ],
      },
    ],
    action: { label: m.action, url: `${appUrl()}/dashboard` },
    optOut: true,
  });
}
