/** The token the e2e server is started with for /api/metrics (playwright.config.ts), read by e2e/api.spec.ts. */
export const METRICS_TOKEN = "e2e-metrics-token-0123456789";
