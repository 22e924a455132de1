import "server-only";
import { rolesMailed, type Actor } from "@/lib/auth/permissions";
import * as clock from "@/lib/clock";
import type { Db } from "@/lib/db";
import { wibDayStart, addDays } from "@/lib/day";
import { findHeadlines } from "@/lib/data/headlines";
import { digestMail } from "@/lib/mail/notice-messages";
import { deliverSoon, queueMail } from "@/lib/mail/outbox";

/**
 * The weekly digest job's work: the task force's headline numbers of the last seven whole days
 * (rollout, reporting rate, referrals, late visits waiting, releases published) mailed to every
 * task-force official who has not switched the digest off. One message per official and week:
 * a second run mails no one twice. Returns the week's last day and the messages queued.
 */
export async function sendWeeklyDigest(db: Db): Promise<{ to: string; messages: number }> {
  const recipients = await db.user.findMany({
    where: {
      role: { in: rolesMailed("digest") },
      active: true,
      passwordHash: { not: null },
      NOT: { mailOff: { has: "DIGEST" } },
    },
    select: { id: true, name: true, email: true, role: true, agencyId: true, locale: true },
  });
  const today = clock.today();
  const to = addDays(today, -1);
  if (recipients.length === 0) return { to, messages: 0 };
  // The task force sees the whole city: any one of them reads the figures of all.
  const headlines = await findHeadlines(recipients[0] satisfies Actor);
  const releases = await db.publicRelease.count({
    where: { publishedAt: { gte: wibDayStart(headlines.week.from), lt: wibDayStart(today) } },
  });
  const figures = {
    from: headlines.week.from,
    to: headlines.week.to,
    offices: headlines.offices,
    reportsExpected: headlines.week.reportsExpected,
    reportsReceived: headlines.week.reportsReceived,
    referrals: headlines.week.referrals,
    lateVisits: headlines.lateVisits?.waiting ?? 0,
    releases,
  };
  let messages = 0;
  for (const user of recipients) {
    const mail = digestMail(user, figures);
    const key = `digest:${figures.to}:${user.id}`;
    if (await queueMail(db, { key, kind: "DIGEST", userId: user.id, to: user.email, ...mail })) messages++;
  }
  if (messages > 0) deliverSoon(db);
  return { to: figures.to, messages };
}
