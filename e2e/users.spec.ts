import { confirmInDialog, expect, signInThroughForm, test } from "./fixtures";
import { invitedOfficial, linkIn, mailCount, mailTo, sendPasswordOnLinkPage, setPasswordOnLinkPage } from "./mail";

// The admin's user management and an official's own account, through the real pages.

test("[ADMIN] invites an agency admin by mail, who sets their own password and signs in, then deactivates them", async ({
  page,
  signInAs,
  browser,
}) => {
  test.setTimeout(120_000);
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
  // No password on the admin's screen: the invitation went by mail.
  await expect(page.getByRole("status")).toContainText(`Undangan dikirim ke ${email}`);
  await expect(page.getByTestId("new-password")).toHaveCount(0);
  await page.getByRole("link", { name: "Buka akun" }).click();
  await expect(page.getByTestId("invitation-status")).toContainText("Diundang, belum membuat kata sandi");

  // The invitee opens the link from the message and sets a password; a weak one is named first.
  const invitation = await mailTo(email, /Undangan memakai SIGAP/);
  expect(invitation.text).toContain("Yth. Petugas Uji Samsat");
  expect(invitation.text).toMatch(/berlaku sampai \d+ \w+ \d{4}, \d{2}\.\d{2} WIB dan/);
  const link = linkIn(invitation);
  // The admin's outbox lists it as sent; the one-time link in it is the recipient's alone.
  await page.goto("/admin/outbox");
  const listed = page.getByTestId("outbox-message").filter({ hasText: email });
  await expect(listed).toContainText("Undangan");
  await expect(listed).toContainText("Terkirim");
  await listed.getByText("Lihat isi").click();
  await expect(listed).toContainText("[tautan sekali pakai, hanya untuk penerima]");
  await expect(listed).not.toContainText(link);
  await page.goBack();
  const invitee = await browser.newContext();
  const their = await invitee.newPage();
  await their.goto(link);
  await expect(their.getByRole("heading", { level: 1, name: "Selamat datang di SIGAP" })).toBeVisible();
  await sendPasswordOnLinkPage(their, "password");
  await expect(their.locator("#password-error")).toBeVisible();
  await setPasswordOnLinkPage(their, "kuda-laut-berenang-7");
  await their.getByRole("link", { name: "Masuk" }).click();
  await expect(their.getByLabel("Email")).toHaveValue(email);
  await their.getByLabel("Kata sandi").fill("kuda-laut-berenang-7");
  await their.getByRole("button", { name: "Masuk" }).click();
  await expect(their).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  // The link worked once.
  const again = await browser.newPage();
  await again.goto(link);
  await expect(again.getByText("Tautan ini sudah dipakai.")).toBeVisible();
  await again.close();
  await invitee.close();
  await page.reload();
  await expect(page.getByTestId("invitation-status")).toHaveCount(0);
  const password = "kuda-laut-berenang-7";

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

test("[ADMIN] a forgotten password: the same words for any address, a link by mail, the new password signs in", async ({
  page,
  signInAs,
  browser,
}) => {
  test.setTimeout(120_000);
  await signInAs("ADMIN");
  const email = await invitedOfficial(page, browser, {
    name: "Petugas Pelupa",
    role: "Humas Setda",
    password: "gunung-salak-biru-41",
  });
  const before = await signInThroughForm(browser, email, "gunung-salak-biru-41");
  await expect(before.page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });

  const visitor = await browser.newPage();
  const unknown = `tidak-ada-${Date.now().toString(36)}@bekasikota.go.id`;
  await visitor.goto("/login");
  await visitor.getByRole("link", { name: "Lupa kata sandi?" }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: "Lupa kata sandi" })).toBeVisible();
  await visitor.getByLabel("Email").fill(unknown);
  await visitor.getByRole("button", { name: "Kirim tautan" }).click();
  const said = (await visitor.getByRole("status").innerText()).replace(unknown, "ALAMAT");
  await visitor.getByLabel("Email").fill(email);
  await visitor.getByRole("button", { name: "Kirim tautan" }).click();
  await expect(visitor.getByRole("status")).toContainText(email);
  expect((await visitor.getByRole("status").innerText()).replace(email, "ALAMAT")).toBe(said);
  const message = await mailTo(email, /Atur ulang kata sandi/);
  expect(message.text).toMatch(/berlaku sampai \d+ \w+ \d{4}, \d{2}\.\d{2} WIB dan/);
  expect(await mailCount(unknown)).toBe(0);

  // The link opens the page for that account; a mismatch is named under its field.
  await visitor.goto(linkIn(message));
  await expect(visitor.getByRole("heading", { level: 1, name: "Buat kata sandi baru" })).toBeVisible();
  await sendPasswordOnLinkPage(visitor, "danau-toba-tenang-52", "danau-toba-tenang-53");
  await expect(visitor.getByText("Kedua kata sandi tidak sama")).toBeVisible();
  await setPasswordOnLinkPage(visitor, "danau-toba-tenang-52");

  // The reset ended the other session; the old password is refused, the new one signs in.
  await before.page.goto("/dashboard");
  await expect(before.page).toHaveURL(/\/login/);
  const old = await signInThroughForm(browser, email, "gunung-salak-biru-41");
  await expect(old.page.getByText("Email atau kata sandi salah.")).toBeVisible();
  await old.context.close();
  const after = await signInThroughForm(browser, email, "danau-toba-tenang-52");
  await expect(after.page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  await Promise.all([before.context.close(), after.context.close(), visitor.close()]);
});
