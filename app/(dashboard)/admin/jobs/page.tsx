import { pageTitle } from "@/lib/i18n/page-title";
import { requirePagePermission } from "@/lib/auth/guard";
import { now } from "@/lib/clock";
import { formatDateTime, formatNumber } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/server";
import { findJobStatuses } from "@/lib/data/job-statuses";
import { dailyTime, weeklyTime } from "@/lib/jobs/schedule";
import type { Dictionary } from "@/lib/i18n/dictionaries";

export const generateMetadata = () => pageTitle((t) => t.titles.jobs);

/** What a run left: its summary as key: value, short enough for a table cell. */
function summary(output: unknown): string {
  if (!output || typeof output !== "object") return "";
  return Object.entries(output as Record<string, unknown>)
    .map(
      ([key, value]) =>
        `${key}: ${Array.isArray(value) ? value.length : typeof value === "object" ? JSON.stringify(value) : String(value)}`,
    )
    .join(" · ")
    .slice(0, 200);
}

/** A schedule as words: daily, weekly, every minute; any other cron as it is. */
function scheduleInWords(cron: string, j: Dictionary["jobs"]): string {
  const daily = dailyTime(cron);
  if (daily) return j.daily.replace("{time}", daily);
  const weekly = weeklyTime(cron);
  if (weekly) return j.weekly.replace("{weekday}", j.weekdays[weekly.weekday]).replace("{time}", weekly.time);
  return cron === "* * * * *" ? j.everyMinute : cron;
}

/** /admin/jobs — every scheduled job: schedule, last run and its outcome, failures, next run (ADMIN). */
export default async function JobsPage() {
  await requirePagePermission("jobs.read");
  const { t, locale } = await getDictionary();
  const j = t.jobs;
  const jobs = await findJobStatuses();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{j.title}</h1>
      <p className="max-w-3xl text-sm text-gray-700">{j.lead.replace("{now}", formatDateTime(now(), locale))}</p>
      <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{j.title}</caption>
          <thead className="bg-gray-50 text-gray-700">
            <tr>
              {[j.job, j.schedule, j.lastRun, j.outcome, j.nextRun].map((h) => (
                <th key={h} scope="col" className="px-3 py-2 font-medium">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <tr key={job.name} className="border-t border-gray-100 align-top" data-testid={`job-${job.name}`}>
                <th scope="row" className="px-3 py-2 font-medium">
                  {j.names[job.name]}
                  <span className="block font-mono text-xs font-normal text-gray-600">{job.name}</span>
                </th>
                <td className="px-3 py-2">
                  {scheduleInWords(job.schedule, j)}
                  <span className="hidden font-mono text-xs text-gray-600 sm:block">{job.schedule}</span>
                </td>
                <td className="px-3 py-2">
                  {job.lastRun?.completedOn ? formatDateTime(job.lastRun.completedOn, locale) : j.never}
                </td>
                <td className="px-3 py-2">
                  {job.lastRun && (
                    <span className={job.lastRun.state === "failed" ? "font-medium text-red-800" : "text-green-800"}>
                      {j.states[job.lastRun.state] ?? job.lastRun.state}
                    </span>
                  )}
                  {job.lastRun && <span className="block text-xs text-gray-600">{summary(job.lastRun.output)}</span>}
                  {job.failures7d > 0 && (
                    <span className="block text-xs text-red-800">
                      {j.failures.replace("{count}", formatNumber(job.failures7d, locale))}
                    </span>
                  )}
                </td>
                <td className="px-3 py-2">{formatDateTime(job.nextRun, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-sm text-gray-700">{j.cli}</p>
    </div>
  );
}
