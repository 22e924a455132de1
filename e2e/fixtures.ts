import { test as base, expect, type APIRequestContext, type Locator } from "@playwright/test";
import type { RoleCode } from "@/lib/vocabulary";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/demo-users";

/** Signs in through next-auth's credentials callback (not the form: only login.spec tests that). */
export async function signInWithCredentials(
  request: APIRequestContext,
  email: string,
  password: string,
): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in of ${email}`).toBeLessThan(400);
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { email: string } };
  expect(session.user?.email, `session of ${email}`).toBe(email);
}

export const test = base.extend<{ signInAs: (role: RoleCode) => Promise<void> }>({
  signInAs: async ({ page }, use) => {
    await use(async (role) => signInWithCredentials(page.request, DEMO_USERS[role].email, DEMO_PASSWORD));
  },
});

/**
 * Opens a chart's data table (a <details> under the chart). A click that lands while React
 * is still hydrating a streamed section can be undone by that render, so it clicks again
 * until the table shows.
 */
export async function openChartTable(summary: Locator, table: Locator): Promise<void> {
  await expect(async () => {
    if (!(await table.isVisible())) await summary.click();
    await expect(table).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

export { expect };
