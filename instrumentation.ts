// Next.js calls register() once when a server instance starts: SIGAP's instances each work the
// scheduled jobs' queues (lib/jobs/queue.ts), and the queue runs each scheduled run once.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.SIGAP_JOBS === "off") return;
  const { startJobWorker } = await import("@/lib/jobs/queue");
  const { log } = await import("@/lib/log.mjs");
  try {
    await startJobWorker();
  } catch (error) {
    // The app serves without its jobs rather than not at all; /admin/jobs shows none running.
    log().error({ err: error }, "scheduled jobs not started");
  }
}
