import { ActionButton } from "@/components/forms/action-button";
import { Card } from "@/components/ui/card";
import { SimpleTable } from "@/components/ui/simple-table";
import { publishRevisionAction } from "@/lib/actions/releases";
import { findReleasedMonths } from "@/lib/data/public-releases";
import { formatDateTime, formatDay, formatMonth, formatNumber } from "@/lib/format";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";

/**
 * Released months with their status on the release calendar, their late visits pending, and
 * a revision to publish where there are some. A final month's late visits are counted here and
 * said to be after final: they stay in the officials' figures and are not published again.
 */
export async function ReleasesCard({ t, locale }: { t: Dictionary; locale: Locale }) {
  const r = t.dashboard.releases;
  const months = await findReleasedMonths();
  const status = (m: (typeof months)[number]) =>
    (m.status === "final" ? r.finalSince : r.finalOn)
      .replace("{status}", t.transparency.statuses[m.status])
      .replace("{day}", formatDay(m.finalOn, locale));
  return (
    <Card id="rilis-data-publik" className="scroll-mt-4" title={r.title} description={r.lead}>
      <SimpleTable
        caption={r.title}
        rowHeaders
        empty={r.none}
        headers={[r.month, r.version, r.publishedAt, r.status, r.late, ""]}
        rows={months.map((m) => ({
          key: m.month,
          cells: [
            formatMonth(m.month, locale),
            formatNumber(m.version, locale),
            formatDateTime(m.publishedAt, locale),
            status(m),
            m.status === "final" && m.lateEvents > 0
              ? `${formatNumber(m.lateEvents, locale)} (${r.afterFinal})`
              : formatNumber(m.lateEvents, locale),
            m.lateEvents > 0 && m.status !== "final" ? (
              <ActionButton
                key="publish"
                label={r.publish}
                pendingLabel={r.publishing}
                success={r.published}
                confirm={r.confirmPublish
                  .replace("{month}", formatMonth(m.month, locale))
                  .replace("{count}", formatNumber(m.lateEvents, locale))}
                variant="secondary"
                run={publishRevisionAction.bind(null, m.month)}
              />
            ) : null,
          ],
        }))}
      />
    </Card>
  );
}
