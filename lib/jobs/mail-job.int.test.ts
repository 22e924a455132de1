import { afterAll, describe, expect, it } from "vitest";
import { startSmtpSink } from "@/test/smtp-sink";

// The `mail` job with SMTP_URL set, as an instance runs it: a relay that refuses everything
// fails the run (so /admin/jobs and sigap_job_runs_total show it); once it answers, the
// messages go. The relay is a real SMTP server started here, before SIGAP reads its settings.
const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
const { prisma } = await import("@/lib/db");
const { runJob } = await import("./queue");
const { queueMail } = await import("@/lib/mail/outbox");
const { metrics } = await import("@/lib/metrics.mjs");
afterAll(() => sink.close());

const runs = async (outcome: string) =>
  (await metrics().jobRuns.get()).values.find((v) => v.labels.job === "mail" && v.labels.outcome === outcome)?.value ??
  0;

describe("the mail job", () => {
  it("fails its run while the relay refuses every message, and sends them once it answers", async () => {
    await runJob("mail");
    const key = `job-test:${Date.now()}`;
    await queueMail(prisma, { key, kind: "DIGEST", to: "satgas@sigap.demo", subject: "Uji", text: "-", html: "-" });
    sink.refuseNext(50);
    const failedBefore = await runs("failed");
    await expect(runJob("mail")).rejects.toThrow(/not sent: .*(451|try again)/i);
    expect(await runs("failed")).toBe(failedBefore + 1);

    sink.refuseNext(0);
    await prisma.mailMessage.update({ where: { key }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    expect(await runJob("mail")).toMatchObject({ sent: 1, failed: 0 });
    expect((await prisma.mailMessage.findUniqueOrThrow({ where: { key } })).sentAt).not.toBeNull();
    expect(sink.messages.filter((m) => m.subject === "Uji")).toHaveLength(1);
  });
});
