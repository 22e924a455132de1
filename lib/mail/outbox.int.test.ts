import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { metrics } from "@/lib/metrics.mjs";
import { uniqueSuffix } from "@/test/actors";
import { recipientsOf, startSmtpSink, type SmtpSink } from "@/test/smtp-sink";
import { deliverDue, MAX_ATTEMPTS, queueMail, retryDelayMs } from "./outbox";
import { smtpTransport } from "./transport";

// The outbox against a real SMTP server: a relay that refuses is tried again with back-off, a
// message is sent once however many senders run, and a message queued twice is one message.

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.close());

const transport = () => smtpTransport(sink.url, "SIGAP <sigap@bekasikota.go.id>");

async function queued(to = `penerima-${uniqueSuffix()}@bekasikota.go.id`.toLowerCase()) {
  const key = `test:${uniqueSuffix()}`;
  expect(
    await queueMail(prisma, { key, kind: "REMINDER", to, subject: "Uji", text: "Isi uji", html: "<p>Isi uji</p>" }),
  ).toBe(true);
  return { key, to };
}

/** Makes a message due now, as if its back-off had passed. */
const duePast = (key: string) =>
  prisma.mailMessage.update({ where: { key }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });

const sentCount = async () =>
  (await metrics().mailSends.get()).values.find((v) => v.labels.outcome === "sent")?.value ?? 0;

describe("the outbox", () => {
  it("queues a key once: a job run twice mails nothing twice", async () => {
    const { key, to } = await queued();
    expect(await queueMail(prisma, { key, kind: "REMINDER", to, subject: "Lagi", text: "-", html: "-" })).toBe(false);
    expect(await prisma.mailMessage.count({ where: { key } })).toBe(1);
  });

  it("tries a refused message again after its back-off, then sends it once", async () => {
    await deliverDue(prisma, transport());
    const { key, to } = await queued();
    sink.refuseNext(1);
    const first = await deliverDue(prisma, transport());
    expect(first.failed).toBeGreaterThanOrEqual(1);
    let row = await prisma.mailMessage.findUniqueOrThrow({ where: { key } });
    expect(row).toMatchObject({ sentAt: null, attempts: 1 });
    expect(row.lastError).toMatch(/451|try again/i);
    const wait = row.nextAttemptAt!.getTime() - Date.now();
    expect(wait).toBeGreaterThan(retryDelayMs(1) - 5_000);
    expect(wait).toBeLessThanOrEqual(retryDelayMs(1));

    // Not due yet: a sender leaves it alone.
    await deliverDue(prisma, transport());
    expect((await prisma.mailMessage.findUniqueOrThrow({ where: { key } })).attempts).toBe(1);

    await duePast(key);
    const before = await sentCount();
    await deliverDue(prisma, transport());
    row = await prisma.mailMessage.findUniqueOrThrow({ where: { key } });
    expect(row).toMatchObject({ attempts: 2, lastError: null, nextAttemptAt: null });
    expect(row.sentAt).not.toBeNull();
    expect(await sentCount()).toBeGreaterThan(before);
    expect(sink.messages.filter((m) => recipientsOf(m).includes(to))).toHaveLength(1);
  });

  it("sends each message once when several senders run at the same moment", async () => {
    const batch = await Promise.all(Array.from({ length: 12 }, () => queued()));
    await Promise.all(Array.from({ length: 4 }, () => deliverDue(prisma, transport())));
    for (const { to } of batch) expect(sink.messages.filter((m) => recipientsOf(m).includes(to))).toHaveLength(1);
  });

  it("gives a message up after MAX_ATTEMPTS, with its last error kept", async () => {
    await deliverDue(prisma, transport());
    const { key } = await queued();
    await prisma.mailMessage.update({ where: { key }, data: { attempts: MAX_ATTEMPTS - 1 } });
    sink.refuseNext(1);
    await deliverDue(prisma, transport());
    const row = await prisma.mailMessage.findUniqueOrThrow({ where: { key } });
    expect(row).toMatchObject({ attempts: MAX_ATTEMPTS, sentAt: null, nextAttemptAt: null });
    expect(row.lastError).toMatch(/451|try again/i);
  });

  it("keeps every message in the outbox when no relay is configured", async () => {
    const { key } = await queued();
    expect(await deliverDue(prisma, null)).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
    expect(await prisma.mailMessage.findUniqueOrThrow({ where: { key } })).toMatchObject({ sentAt: null, attempts: 0 });
  });
});
