import { afterAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { prisma } from "@/lib/db";
import { findJobStatuses } from "@/lib/data/job-statuses";
import { runJobNow, startJobWorker } from "@/lib/jobs/queue";
import { metrics } from "@/lib/metrics.mjs";

// The scheduled jobs' queue (pg-boss) as several instances run it: each starts a worker on
// the same database, declares every job (at once, as instances started together do) and
// works every queue. A run is taken by one of them only.

const workers: PgBoss[] = [];
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop({ graceful: false, wait: true })));
});

async function runsOf(job: string): Promise<number> {
  const { values } = await metrics().jobRuns.get();
  return values.filter((v) => v.labels.job === job).reduce((sum, v) => sum + v.value, 0);
}

describe("scheduled jobs across instances", () => {
  it("run a queued job exactly once though two instances work its queue, and show it on /admin/jobs", async () => {
    workers.push(...(await Promise.all([startJobWorker(), startJobWorker()])));
    const sessionsBefore = await prisma.userSession.count();
    const before = await runsOf("clean-up");

    const job = await runJobNow(workers[0], "clean-up", 60_000);
    expect(job.state).toBe("completed");
    // Both workers poll the queue; give the other one time to (wrongly) take it again.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await runsOf("clean-up")).toBe(before + 1);
    expect(await prisma.userSession.count()).toBeLessThanOrEqual(sessionsBefore);

    const statuses = await findJobStatuses();
    const cleanUp = statuses.find((s) => s.name === "clean-up")!;
    expect(cleanUp.lastRun).toMatchObject({ state: "completed", output: { sessionsDeleted: expect.any(Number) } });
    expect(statuses.map((s) => s.name)).toContain("reminders");
    expect(statuses.every((s) => s.nextRun instanceof Date)).toBe(true);
  });

  it("keep one run waiting at a time: a second request while one waits is the same run", async () => {
    const [first, second] = [await workers[0].send("backup", {}), await workers[1].send("backup", {})];
    expect(first).not.toBeNull();
    expect(second).toBeNull();
  });
});
