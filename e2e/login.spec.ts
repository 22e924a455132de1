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
});

test("[login] the right password opens the dashboard, and sign-out ends the session", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO_USERS.HUMAS.email);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByLabel("Kata sandi").press("Enter");
  await expect(page).toHaveURL(/\/dashboard$/);
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
});
