import { expect, type Browser, type Page } from "@playwright/test";

// The e2e run's mailbox: what SIGAP sent to the test SMTP server (e2e/smtp-sink-server.ts).

export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 3125);
export const E2E_SMTP_HTTP_PORT = E2E_SMTP_PORT + 1;

type Received = { to: string[]; subject: string; text: string };

async function received(): Promise<Received[]> {
  const response = await fetch(`http://127.0.0.1:${E2E_SMTP_HTTP_PORT}/messages`);
  return (await response.json()) as Received[];
}

/** The newest message to `email` whose subject matches, waiting for it to arrive. */
export async function mailTo(email: string, subject: RegExp): Promise<Received> {
  let found: Received | undefined;
  await expect
    .poll(
      async () => {
        found = (await received()).filter((m) => m.to.includes(email.toLowerCase()) && subject.test(m.subject)).at(-1);
        return Boolean(found);
      },
      { message: `a message "${subject.source}" to ${email}`, timeout: 20_000 },
    )
    .toBe(true);
  return found!;
}

/** How many messages `email` has received. */
export async function mailCount(email: string): Promise<number> {
  return (await received()).filter((m) => m.to.includes(email.toLowerCase())).length;
}

/** The one-time link (invitation, password reset) in a message, as a path of this site. */
export function linkIn(message: Received): string {
  const match = /https?:\/\/[^/\s]+(\/set-password\/[A-Za-z0-9_-]{43})/.exec(message.text);
  expect(match, `a one-time link in "${message.subject}"`).not.toBeNull();
  return match![1];
}

/**
 * A new account the way SIGAP makes one: an admin's `page` invites it, the link in the
 * message sets `password` (in a browser of its own). Returns its email.
 */
export async function invitedOfficial(
  page: Page,
  browser: Browser,
  { name, role, password }: { name: string; role: string; password: string },
): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now().toString(36)}@bekasikota.go.id`;
  await page.goto("/admin/users/new");
  await page.getByLabel("Nama").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Peran").selectOption({ label: role });
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByRole("status")).toContainText(`Undangan dikirim ke ${email}`);
  const invitee = await browser.newPage();
  await invitee.goto(linkIn(await mailTo(email, /Undangan memakai SIGAP/)));
  await setPasswordOnLinkPage(invitee, password);
  await invitee.close();
  return email;
}

/** On the page a one-time link opened: a password and its repetition, sent. */
export async function sendPasswordOnLinkPage(page: Page, password: string, repeated = password): Promise<void> {
  await page.getByLabel("Kata sandi baru").fill(password);
  await page.getByLabel("Ulangi kata sandi").fill(repeated);
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
}

/** On the page a one-time link opened: the password twice, saved. */
export async function setPasswordOnLinkPage(page: Page, password: string): Promise<void> {
  await sendPasswordOnLinkPage(page, password);
  await expect(page.getByRole("status")).toContainText("Kata sandi tersimpan");
}
