import "server-only";
import { prisma } from "@/lib/db";
import type { MailKind } from "@/lib/generated/prisma/client";

// The outbox for /admin/outbox: every message SIGAP mailed or would mail, newest first.

export const OUTBOX_PAGE_SIZE = 50;

export type OutboxRow = {
  id: string;
  kind: MailKind;
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date | null;
};

/** One page (1-based) of the outbox and how many messages it holds. */
export async function findOutbox(page: number): Promise<{ rows: OutboxRow[]; total: number }> {
  const [total, rows] = await prisma.$transaction([
    prisma.mailMessage.count(),
    prisma.mailMessage.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        to: true,
        subject: true,
        text: true,
        createdAt: true,
        sentAt: true,
        attempts: true,
        lastError: true,
        nextAttemptAt: true,
      },
    }),
  ]);
  return { rows, total };
}
