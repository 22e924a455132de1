import { startCluster, stopCluster } from "./cluster";

/** Playwright's global setup: the deployment up before the first test, down after the last. */
export default async function globalSetup(): Promise<() => void> {
  await startCluster();
  return () => {
    if (process.env.SCALE_KEEP !== "1") stopCluster();
  };
}
