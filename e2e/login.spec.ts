import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/demo-users";
import { expect, test } from "./fixtures";

// The one spec that uses the sign-in form itself.
test("[login] a wrong password shows an error and keeps the visitor out", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO_USERS.TASKFORCE.email);
  await page.getByLabel("Kata sandi").fill("bukan-sandinya");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "salah" })).toHaveText("Email atau kata sandi salah.");
  await expect(page).toHaveURL(/\/login/);
});

test("[login] an empty form names the fields that are missing", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByText("Alamat email tidak valid")).toBeVisible();
  await expect(page.getByText("Kata sandi wajib diisi")).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("button", { name: "Sign in" }).last().click();
  await expect(page.getByText("Invalid email address")).toBeVisible();
  await expect(page.getByText("Password is required")).toBeVisible();
});

test("[login] the right password opens the dashboard, and sign-out ends the session", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO_USERS.HUMAS.email);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  // Enter submits only once the form is live (before, the disabled button blocks it).
  await expect(page.getByRole("button", { name: "Masuk" })).toBeEnabled();
  await page.getByLabel("Kata sandi").press("Enter");
  // The e2e server runs on the embedded database (one connection), shared with the specs
  // running beside this one: a sign-in may wait behind a heavy dashboard query.
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: /Selamat datang/ })).toBeVisible();
  const cookiesWhileSignedIn = await page.context().cookies();
  await page.getByRole("button", { name: "Keluar" }).click();
  // Sign-out writes the revocation first; on the embedded database it queues behind the other
  // worker's page loads (one connection), which can take longer than the default 10 s.
  await expect(page).toHaveURL(/\/login/, { timeout: 30_000 });
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
  // A copy of the old session cookie (stolen, or kept by another tab) no longer signs anyone in.
  await page.context().addCookies(cookiesWhileSignedIn);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
  // …nor does next-auth's own session answer name anyone for it.
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
});

test("[login] before the page is live, Enter never sends the password in the address", async ({ page }) => {
  // The scripts never arrive: the form stays as the server rendered it.
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO_USERS.HUMAS.email);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByLabel("Kata sandi").press("Enter");
  await page.waitForTimeout(1_000); // long enough for a native submit to navigate
  await expect(page.getByRole("button", { name: "Masuk" })).toBeDisabled();
  expect(page.url()).not.toContain(encodeURIComponent(DEMO_PASSWORD).slice(0, 6));
  expect(new URL(page.url()).search).toBe("");
});

test("[login] a signed-out colleague opening a shared link lands on it after signing in", async ({ page }) => {
  await page.goto("/traffic?month=2022-01&kecamatan=32.75.09");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Ftraffic%3Fmonth%3D2022-01%26kecamatan%3D32\.75\.09$/);
  await page.getByLabel("Email").fill(DEMO_USERS.TASKFORCE.email);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await expect(page.getByRole("button", { name: "Masuk" })).toBeEnabled();
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/traffic\?month=2022-01&kecamatan=32\.75\.09$/, { timeout: 30_000 });
  await expect(page.getByTestId("period-line")).toContainText("Menampilkan 1–31 Jan 2022");
});

test("[public] every page has the SIGAP icon", async ({ page, request }) => {
  await page.goto("/transparansi");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});
