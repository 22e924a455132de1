import { test as base, expect, type APIRequestContext, type Browser, type Locator, type Page } from "@playwright/test";
import type { RoleCode } from "@/lib/vocabulary";
import { existsSync, mkdirSync, readFileSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateSync } from "otplib";
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/demo-users";

/** Signs in through next-auth's credentials callback (not the form: only login.spec tests that). */
export async function signInWithCredentials(
  request: APIRequestContext,
  email: string,
  password: string,
  totpSecret?: string,
): Promise<void> {
  const attempt = async (code?: string) => {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    return request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password, json: "true", ...(code ? { code } : {}) },
      maxRedirects: 0,
    });
  };
  let response = await attempt(totpSecret && (await unusedTotpCode(totpSecret)));
  // Another client of the same account may have taken a step after ours was chosen: the next one.
  for (let tries = 1; totpSecret && response.status() === 401 && tries < 3; tries++)
    response = await attempt(await unusedTotpCode(totpSecret));
  expect(response.status(), `sign-in of ${email}`).toBeLessThan(400);
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { email: string } };
  expect(session.user?.email, `session of ${email}`).toBe(email);
}

/** The authenticator's code for `secret`, `ahead` seconds from now. */
export function totpCode(secret: string, ahead = 0): string {
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + ahead });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The last time step the tests used, shared by every worker (SIGAP accepts each step once per account). */
const STEP_FILE = path.join(tmpdir(), `sigap-e2e-totp-step-${process.env.PORT ?? "3100"}`);

/**
 * A code of a step no test has used yet: this step's, or the next one's (SIGAP accepts one
 * step either side), else after waiting for the next step. Workers take turns by a lock
 * directory, so two never send the same code.
 */
async function unusedTotpCode(secret: string): Promise<string> {
  const lock = `${STEP_FILE}.lock`;
  while (!tryMkdir(lock)) await sleep(50);
  try {
    const last = existsSync(STEP_FILE) ? Number(readFileSync(STEP_FILE, "utf8")) : 0;
    const now = () => Math.floor(Date.now() / 30_000);
    while (last + 1 > now() + 1) await sleep(30_000 - (Date.now() % 30_000) + 100);
    const step = Math.max(now(), last + 1);
    writeFileSync(STEP_FILE, String(step));
    return generateSync({ secret, epoch: step * 30 });
  } finally {
    rmdirSync(lock);
  }
}

/** Takes the lock directory `dir`; one left by a worker that died holding it (a minute old) is taken over. */
function tryMkdir(dir: string): boolean {
  try {
    mkdirSync(dir);
    return true;
  } catch {
    if (existsSync(dir) && Date.now() - statSync(dir).mtimeMs > 60_000) rmdirSync(dir);
    return false;
  }
}

/** Signs in as a demo user; the admin with its second factor. */
export function signInAsDemo(request: APIRequestContext, role: RoleCode): Promise<void> {
  const secret = role === "ADMIN" ? DEMO_ADMIN_TOTP_SECRET : undefined;
  return signInWithCredentials(request, DEMO_USERS[role].email, DEMO_PASSWORD, secret);
}

/**
 * Signs in through the form in a browser of its own, as an official would; with `code`, answers
 * the second-factor question the form asks after the password.
 */
export async function signInThroughForm(browser: Browser, email: string, password: string, code?: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await expect(page.getByRole("button", { name: "Masuk" })).toBeEnabled();
  await page.getByRole("button", { name: "Masuk" }).click();
  if (code !== undefined) {
    await expect(page.getByText("Masukkan kode verifikasi dari aplikasi autentikator")).toBeVisible();
    await page.getByLabel("Kode verifikasi").fill(code);
    await page.getByRole("button", { name: "Masuk" }).click();
  }
  return { context, page };
}

export const test = base.extend<{ signInAs: (role: RoleCode) => Promise<void> }>({
  signInAs: async ({ page }, use) => {
    await use((role) => signInAsDemo(page.request, role));
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

/** Confirms the question SIGAP's dialog asks (components/ui/confirm-dialog.tsx) with its button, named after the action. */
export async function confirmInDialog(page: Page, action: string): Promise<string> {
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  const question = (await dialog.locator("#confirm-message").textContent()) ?? "";
  await dialog.getByRole("button", { name: action, exact: true }).click();
  await expect(dialog).toBeHidden();
  return question;
}
