import { METRICS_TOKEN } from "./e2e/ops-token";
import { E2E_SMTP_HTTP_PORT, E2E_SMTP_PORT } from "./e2e/mail";
import { defineConfig, devices } from "@playwright/test";
import { assertChromium, chromiumLaunchOptions } from "./e2e/chromium";

assertChromium();

// Lets a test cut a service worker's own requests (context.route sees them only with this
// experimental switch): the checkpoint's offline page is opened from its worker's cache.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS ??= "1";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

// The e2e run writes data: refuse any database that is not on this machine.
if (process.env.DATABASE_URL) {
  const host = new URL(process.env.DATABASE_URL).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host))
    throw new Error(`Refusing to run e2e tests against non-local database host "${host}".`);
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  use: {
    baseURL,
    trace: "on-first-retry",
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: /mobile\.spec\.ts/ },
    { name: "mobile", use: { ...devices["Pixel 7"] }, testMatch: /(^|\/)mobile\.spec\.ts$/ },
    // The desk records visits at today's date, which moves every "latest day with data"
    // default (the dashboard's 180 days, the traffic page's 90): it runs after the rest.
    {
      name: "checkpoint",
      use: { ...devices["Pixel 7"] },
      testMatch: /checkpoint\.mobile\.spec\.ts$/,
      dependencies: ["desktop", "mobile"],
    },
  ],
  webServer: [
    {
      // The city's mail relay, as far as SIGAP can tell: a real SMTP server the tests read.
      command: "node --import tsx e2e/smtp-sink-server.ts",
      url: `http://127.0.0.1:${E2E_SMTP_HTTP_PORT}/health`,
      timeout: 30_000,
      reuseExistingServer: false,
    },
    {
      // The built app on a fresh embedded database (or on the fresh DATABASE_URL that .ci/run made).
      command: "node --conditions=react-server --import tsx scripts/start.ts --reset-embedded-data",
      url: `${baseURL}/api/health`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(PORT),
        SIGAP_DATA_DIR: ".e2e-data",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-only-secret-not-for-production-0123456789",
        NEXTAUTH_URL: baseURL,
        METRICS_TOKEN: METRICS_TOKEN,
        // The access log (a JSON line per request) would fill the run's output; errors still show.
        LOG_LEVEL: "warn",
        SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
      },
    },
  ],
});
