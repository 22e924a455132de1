import { fill } from "@/lib/i18n/fill";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/permissions";
import { findRecentReminders } from "@/lib/data/reminders";
import { findMissingReports } from "@/lib/data/reporting-rates";
import { findOfficesToGoLive, STOPPED_QUIET_DAYS } from "@/lib/data/rollout";
import { formatDay } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/server";

const SHOWN = 10;

/**
 * An agency admin's to-do: its offices not scanning yet, reports missing over the last week,
 * and the reminders the daily job left (offices that stopped scanning among them).
 */
export async function TodoCard({ actor }: { actor: Actor }) {
  const { t, locale } = await getDictionary();
  const d = t.todo;
  const [toGoLive, missing, reminders] = await Promise.all([
    findOfficesToGoLive(actor),
    findMissingReports(actor),
    findRecentReminders(actor),
  ]);
  if (toGoLive.length === 0 && missing.offices.length === 0 && reminders.length === 0)
    return (
      <Card title={d.title}>
        <p className="text-sm text-gray-700">{d.nothing}</p>
      </Card>
    );
  return (
    <Card title={d.title}>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="todo-live">
          <h3 id="todo-live" className="font-semibold">
            {fill(d.notLive, { count: toGoLive.length }, locale)}
          </h3>
          <ul className="mt-2 space-y-1 text-sm">
            {toGoLive.slice(0, SHOWN).map((o) => (
              <li key={o.code}>
                <Link href={`/offices/${o.code}`} className="font-medium text-brand-700 hover:underline">
                  {o.name}
                </Link>{" "}
                — {t.stages[o.stage]}
                {o.deadline && ` · ${d.deadline} ${formatDay(o.deadline, locale)}`}
              </li>
            ))}
          </ul>
          {toGoLive.length > SHOWN && (
            <p className="mt-1 text-sm text-gray-600">{fill(d.more, { count: toGoLive.length - SHOWN }, locale)}</p>
          )}
        </section>
        <section aria-labelledby="todo-reports">
          <h3 id="todo-reports" className="font-semibold">
            {fill(d.missingReports, { count: missing.offices.length, to: formatDay(missing.to, locale) }, locale)}
          </h3>
          <ul className="mt-2 space-y-1 text-sm">
            {missing.offices.slice(0, SHOWN).map((o) => (
              <li key={o.code}>
                <Link href={`/offices/${o.code}`} className="font-medium text-brand-700 hover:underline">
                  {o.name}
                </Link>{" "}
                — {fill(d.daysMissing, { count: o.days.length }, locale)} (
                {o.days.map((day) => formatDay(day, locale)).join(", ")})
              </li>
            ))}
          </ul>
          {missing.offices.length > SHOWN && (
            <p className="mt-1 text-sm text-gray-600">
              {fill(d.more, { count: missing.offices.length - SHOWN }, locale)}
            </p>
          )}
        </section>
      </div>
      {reminders.length > 0 && (
        <section aria-labelledby="todo-reminders" className="mt-6">
          <h3 id="todo-reminders" className="font-semibold">
            {d.reminders}
          </h3>
          <ul className="mt-2 space-y-1 text-sm">
            {reminders.map((r) => (
              <li key={`${r.day}-${r.kind}`}>
                {formatDay(r.day, locale)}: {d.reminderKinds[r.kind].replace("{days}", String(STOPPED_QUIET_DAYS))} —{" "}
                {r.offices.slice(0, SHOWN).map((o, i) => (
                  <span key={o.code}>
                    {i > 0 && ", "}
                    <Link href={`/offices/${o.code}`} className="font-medium text-brand-700 hover:underline">
                      {o.name}
                    </Link>
                  </span>
                ))}
                {r.offices.length > SHOWN && ` ${fill(d.more, { count: r.offices.length - SHOWN }, locale)}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Card>
  );
}
