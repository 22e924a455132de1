import { ActionButton } from "@/components/forms/action-button";
import { Card } from "@/components/ui/card";
import { SimpleTable } from "@/components/ui/simple-table";
import { publishRevisionAction } from "@/lib/actions/releases";
import { findReleasedMonths } from "@/lib/data/public-releases";
import { formatDateTime, formatNumber } from "@/lib/format";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";

/** Released months with their late visits pending, and a revision to publish where there are some. */
export async function ReleasesCard({ t, locale }: { t: Dictionary; locale: Locale }) {
  const r = t.dashboard.releases;
  const months = await findReleasedMonths();
  return (
    <Card title={r.title} description={r.lead}>
      <SimpleTable
        caption={r.title}
        rowHeaders
        empty={r.none}
        headers={[r.month, r.version, r.publishedAt, r.late, ""]}
        rows={months.map((m) => ({
          key: m.month,
          cells: [
            m.month,
            formatNumber(m.version, locale),
            formatDateTime(m.publishedAt, locale),
            formatNumber(m.lateEvents, locale),
            m.lateEvents > 0 ? (
              <ActionButton
                key="publish"
                label={r.publish}
                pendingLabel={r.publishing}
                success={r.published}
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
