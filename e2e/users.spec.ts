import { confirmInDialog, expect, signInThroughForm, test } from "./fixtures";

// The admin's user management and an official's own account, through the real pages.

test("[ADMIN] creates an agency admin who signs in with the password shown once, then deactivates them", async ({
  page,
  signInAs,
  browser,
}) => {
  await signInAs("ADMIN");
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "Tambah pengguna" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tambah pengguna" })).toBeVisible();
  const email = `uji-${Date.now().toString(36)}@bekasikota.go.id`;
  await page.getByLabel("Nama").fill("Petugas Uji Samsat");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Peran").selectOption({ label: "Admin instansi" });
  // An agency admin without an agency is named, not saved.
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByText("Admin instansi harus terikat pada satu instansi")).toBeVisible();
  // What was typed stays for the second try.
  await expect(page.getByLabel("Nama")).toHaveValue("Petugas Uji Samsat");
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await page.getByLabel("Instansi").selectOption({ label: "Samsat Kota Bekasi (Bapenda Jawa Barat)" });
  await page.getByRole("button", { name: "Buat akun" }).click();
  const password = await page.getByTestId("new-password").innerText();
  expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  // Shown once: copied with one click, put away once saved.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Salin" }).click();
  await expect(page.getByRole("button", { name: "Tersalin" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password);
  await page.getByRole("button", { name: "Sudah saya simpan" }).click();
  await expect(page.getByTestId("new-password")).toBeHidden();

  const colleague = await signInThroughForm(browser, email, password);
  await expect(colleague.page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  await expect(colleague.page.getByRole("navigation", { name: "Navigasi utama" })).not.toContainText("Pengguna");

  // The list finds them; deactivation asks first and signs them out at once.
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: "Petugas Uji Samsat" }).click();
  await page.getByRole("button", { name: "Nonaktifkan" }).click();
  // SIGAP's own dialog, not the browser's: Cancel has the focus, Escape cancels and nothing changes.
  const dialog = page.getByRole("dialog", { name: "Konfirmasi" });
  await expect(dialog).toContainText(`Nonaktifkan akun ${email}?`);
  await expect(dialog.getByRole("button", { name: "Batal" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Nonaktifkan" })).toBeVisible();
  await page.getByRole("button", { name: "Nonaktifkan" }).click();
  await confirmInDialog(page, "Nonaktifkan");
  await expect(page.getByRole("button", { name: "Aktifkan kembali" })).toBeVisible();
  await colleague.page.goto("/dashboard");
  await expect(colleague.page).toHaveURL(/\/login/);
  await page.goto("/admin/users?status=inactive");
  await expect(page.getByRole("table", { name: "Pengguna" })).toContainText(email);
  await colleague.context.close();
});

test("[HUMAS] no one but an admin opens the user pages", async ({ page, signInAs }) => {
  await signInAs("HUMAS");
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
});
