import type { Browser, Page } from "@playwright/test";
import { invitedOfficial } from "./mail";
import { confirmInDialog, expect, signInThroughForm as signIn, test, totpCode } from "./fixtures";

// The second factor of officials, through the real pages: a new admin must enrol before any
// other page opens, then every sign-in asks for a code; a lost phone is a recovery code or a
// reset by another admin.

const enrolFirstOn = (page: Page) =>
  page.getByRole("heading", { level: 1, name: "Aktifkan verifikasi dua langkah dulu" });

async function newAdmin(page: Page, browser: Browser): Promise<{ email: string; password: string }> {
  const password = "kopi-tubruk-pagi-hari-7";
  const email = await invitedOfficial(page, browser, { name: "Admin Uji Dua Langkah", role: "Admin TI", password });
  return { email, password };
}

test("[ADMIN] a new admin enrols a second factor before anything else, then signs in with codes", async ({
  page,
  signInAs,
  browser,
}) => {
  test.setTimeout(150_000);
  await signInAs("ADMIN");
  const { email, password } = await newAdmin(page, browser);

  // Password only: every page says to enrol first (401), and leads to the account page.
  const first = await signIn(browser, email, password);
  const enrolFirst = enrolFirstOn(first.page);
  await expect(enrolFirst).toBeVisible({ timeout: 30_000 });
  expect((await first.page.goto("/admin/users"))?.status()).toBe(401);
  await expect(enrolFirst).toBeVisible();
  await first.page.getByRole("link", { name: "Buka Akun saya" }).click();
  await expect(first.page).toHaveURL(/\/account$/);
  await expect(first.page.getByText("Admin wajib mengaktifkan verifikasi dua langkah")).toBeVisible();

  await first.page.getByRole("button", { name: "Aktifkan verifikasi dua langkah" }).click();
  await expect(first.page.getByRole("img", { name: "Kode QR untuk aplikasi autentikator" })).toBeVisible();
  const secret = await first.page.getByTestId("second-factor-key").innerText();
  // A wrong code is named, and what was typed stays.
  await first.page.getByLabel("Kode 6 angka dari aplikasi").fill("000000");
  await first.page.getByRole("button", { name: "Konfirmasi dan aktifkan" }).click();
  await expect(first.page.getByText("Kode verifikasi salah atau sudah dipakai").first()).toBeVisible();
  await first.page.getByLabel("Kode 6 angka dari aplikasi").fill(totpCode(secret));
  await first.page.getByRole("button", { name: "Konfirmasi dan aktifkan" }).click();
  const codes = first.page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.allInnerTexts()).map((c) => c.trim());
  await first.page.getByRole("button", { name: "Selesai, kode sudah saya simpan" }).click();
  await first.page.goto("/admin/users");
  await expect(first.page.getByRole("heading", { level: 1, name: "Pengguna" })).toBeVisible();
  await first.context.close();

  // The password alone no longer signs in; a wrong code is refused; the right one, the next step's, opens.
  const second = await signIn(browser, email, password, "123456");
  await expect(second.page.getByText("Kode verifikasi salah atau sudah dipakai")).toBeVisible();
  await second.page.getByLabel("Kode verifikasi").fill(totpCode(secret, 30));
  await second.page.getByRole("button", { name: "Masuk" }).click();
  await expect(second.page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  await second.context.close();

  // A lost phone: a recovery code signs in once, and only once.
  const withRecovery = await signIn(browser, email, password, recovery[0]);
  await expect(withRecovery.page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  await withRecovery.context.close();
  const again = await signIn(browser, email, password, recovery[0]);
  await expect(again.page.getByText("Kode verifikasi salah atau sudah dipakai")).toBeVisible();
  await again.context.close();

  // Another admin resets the factor: the account must enrol again at its next sign-in.
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: "Admin Uji Dua Langkah" }).click();
  await expect(page.getByText("Verifikasi dua langkah: aktif")).toBeVisible();
  await page.getByRole("button", { name: "Atur ulang verifikasi dua langkah" }).click();
  await confirmInDialog(page, "Atur ulang verifikasi dua langkah");
  await expect(page.getByText("Verifikasi dua langkah: belum aktif")).toBeVisible();
  const reset = await signIn(browser, email, password);
  await expect(enrolFirstOn(reset.page)).toBeVisible({ timeout: 30_000 });
  await reset.context.close();
});
