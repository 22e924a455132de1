import { defineConfig, devices } from "@playwright/test";
import { assertChromium, chromiumLaunchOptions } from "./e2e/chromium";
import { urls } from "./test/scale/cluster";

assertChromium();

// `npm run test:scale`: SIGAP as several instances (test/scale/cluster.ts: nginx, two
// instances, Redis, a PostgreSQL primary and a streaming replica). The tests run one after
// the other: the last one kills an instance.
export default defineConfig({
  testDir: "test/scale",
  globalSetup: "./test/scale/global-setup.ts",
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "reports/playwright-scale.json" }]],
  use: {
    baseURL: urls.nginx,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    launchOptions: chromiumLaunchOptions,
    ...devices["Desktop Chrome"],
  },
});
