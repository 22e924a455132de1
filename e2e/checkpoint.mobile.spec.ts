import { tokenOfFragment } from "@/lib/checkpoint/link-token";
import { formatDay } from "@/lib/format";
import AxeBuilder from "@axe-core/playwright";
import { devices, type Browser, type Route } from "@playwright/test";
import { confirmInDialog, expect, openChartTable, test } from "./fixtures";
import { sigapToday } from "./sigap-clock";

// The front desk on a phone: an agency admin makes a checkpoint link, staff check visitors
// with it — through a cut connection — and the task force sees every check, counted once.

const OFFICE = "DISDUKCAPIL-007";
/** The desk: no account, a phone, its own browser with its service worker, on the link. */
async function openDesk(browser: Browser, link: string) {
  const desk = await browser.newContext({
    ...devices["Pixel 7"],
    baseURL: test.info().project.use.baseURL,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    serviceWorkers: "allow",
  });
  const pos = await desk.newPage();
  await pos.goto(link);
  return { desk, pos };
}

test("[AGENCY_ADMIN → desk staff → TASKFORCE] checks at the desk reach the dashboard once, offline or not; a revoked link stops at once", async ({
  page,
  browser,
  signInAs,
}) => {
  test.setTimeout(120_000);
  await signInAs("AGENCY_ADMIN");
  await page.goto(`/offices/${OFFICE}`);
  const links = page.getByRole("region", { name: "Tautan pos pemeriksaan (tablet meja depan)" });
  await page.getByRole("button", { name: "Buat tautan pos" }).click();
  const link = await page.getByTestId("new-checkpoint-link").getAttribute("href");
  // The token is in the fragment: no server or proxy on the way logs it.
  expect(link).toContain(`/pos/${OFFICE}#t=`);
  await expect(page.getByRole("img", { name: /Kode QR tautan pos pemeriksaan/ })).toBeVisible();

  const { desk, pos } = await openDesk(browser, link!);
  await expect(pos.getByRole("heading", { level: 1 })).toContainText("Disdukcapil");
  const verdict = pos.getByTestId("verdict");
  const pending = pos.getByTestId("pending");
  const tally = pos.getByTestId("tally");
  // The status buttons, tapped for every visitor, are all on the phone's first screen (before: below it).
  for (const status of [/^Hijau/, /^Kuning/, /^Merah/, /^Hitam/, /^Tanpa bukti/])
    await expect(pos.getByRole("button", { name: status })).toBeInViewport({ ratio: 1 });
  await pos.getByRole("button", { name: "KTP-el" }).click();

  await pos.getByRole("button", { name: /^Hijau/ }).click();
  await expect(verdict).toContainText("LAYANI");
  await pos.getByRole("button", { name: /^Merah/ }).click();
  await expect(verdict).toContainText("RUJUK ke pos vaksinasi");
  await expect(verdict).toContainText("Sentra Vaksinasi Kecamatan");
  await pos.getByRole("button", { name: "0-11" }).click();
  await pos.getByRole("button", { name: /^Merah/ }).click();
  await expect(verdict).toContainText("LAYANI — pengecualian");

  // A mistaken tap, undone within its 30 seconds: never counted.
  await pos.getByRole("button", { name: /^Hitam/ }).click();
  await expect(verdict).toContainText("TOLAK");
  await pos.getByRole("button", { name: /^Batalkan pemeriksaan terakhir/ }).click();
  await expect(pos.getByText("Pemeriksaan terakhir dibatalkan")).toBeVisible();
  await expect(tally).toContainText("Dilayani1");
  await expect(tally).toContainText("Ditolak0");

  await expect(pending).toHaveText("Menunggu dikirim: 3");
  await pos.getByRole("button", { name: "Kirim sekarang" }).click();
  await expect(pending).toHaveText("Menunggu dikirim: 0");

  // Proof, exemption and booster sit behind one line that says what is chosen.
  const more = pos.getByTestId("more-choices");
  await expect(more).toContainText("Bukti & pengecualian: Aplikasi PeduliLindungi · tanpa pengecualian");
  await more.getByText("Bukti & pengecualian").click();
  await more.getByRole("button", { name: "Sertifikat QR cetak" }).click();
  await expect(more).toContainText("Bukti & pengecualian: Sertifikat QR cetak · tanpa pengecualian");

  // The connection drops: two more checks wait on the device, even after "send now".
  await desk.setOffline(true);
  await expect(pos.getByTestId("connection")).toContainText("Tidak tersambung");
  await pos.getByRole("button", { name: /^Hijau/ }).click();
  await expect(verdict).toContainText("LAYANI");
  await pos.getByRole("button", { name: /^Tanpa bukti/ }).click();
  await expect(verdict).toContainText("RUJUK");
  await pos.getByRole("button", { name: "Kirim sekarang" }).click();
  await expect(pending).toHaveText("Menunggu dikirim: 2");
  // Back online, but the server cannot be reached yet: the checks wait in IndexedDB, even
  // across a reload of the page, and go out once it can.
  await desk.route("**/api/v1/events", (route) => route.abort("internetdisconnected"));
  await desk.setOffline(false);
  await pos.reload();
  await expect(pending).toHaveText("Menunggu dikirim: 2");
  await desk.unroute("**/api/v1/events");
  await expect(pending).toHaveText("Menunggu dikirim: 0", { timeout: 20_000 });
  await expect(tally).toContainText("Dilayani2");
  await expect(tally).toContainText("Pengecualian1");
  await expect(tally).toContainText("Dirujuk2");

  // Reopened, the page keeps its tally, and its service worker has a copy to open offline.
  await pos.evaluate(() => navigator.serviceWorker.ready);
  await pos.reload();
  await expect(tally).toContainText("Dirujuk2");
  await expect(pending).toHaveText("Menunggu dikirim: 0");
  await expect.poll(() => pos.evaluate(async () => Boolean(await caches.match(location.href)))).toBe(true);
  // With no connection at all — for the page and for its service worker — it opens again.
  const cutWorker = (route: Route) =>
    route.request().serviceWorker() ? route.abort("internetdisconnected") : route.continue();
  await desk.route("**/*", cutWorker);
  await desk.setOffline(true);
  await pos.reload();
  await expect(pos.getByRole("heading", { level: 1 })).toContainText("Disdukcapil");
  await expect(tally).toContainText("Dirujuk2");
  await desk.setOffline(false);
  await desk.unroute("**/*", cutWorker);

  const axe = await new AxeBuilder({ page: pos }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // A new shift starts the device's tally from zero.
  await pos.getByRole("button", { name: "Mulai giliran baru" }).click();
  await confirmInDialog(pos, "Mulai giliran baru");
  await expect(tally).toContainText("Dilayani0");
  await expect(tally).toContainText("Dirujuk0");

  // The task force sees all five, each with its outcome, and no sixth.
  await signInAs("TASKFORCE");
  // The desk checked KTP-el only (other specs record other visits today, e.g. period.spec.ts).
  const today = await sigapToday(page.request);
  await page.goto(`/traffic?from=${today}&to=${today}&every=day&agency=DISDUKCAPIL&service=KTP_EL`);
  const overTime = page.getByRole("table", { name: "Kunjungan menurut hasil" });
  await openChartTable(page.getByText("Tabel data grafik").first(), overTime);
  const row = overTime.getByRole("row", { name: new RegExp(`^${formatDay(today)}`) });
  await expect(row.getByRole("cell")).toHaveText([formatDay(today), "2", "1", "0", "2", "0", "5"]);

  // Revoked: the link stops working at once, for the page and for sending.
  await signInAs("AGENCY_ADMIN");
  await page.goto(`/offices/${OFFICE}`);
  await links.getByRole("button", { name: "Cabut" }).first().click();
  await confirmInDialog(page, "Cabut");
  await expect(links).toContainText("Dicabut");
  await pos.reload();
  await expect(pos.getByRole("heading", { name: "Tautan pos pemeriksaan tidak berlaku" })).toBeVisible();
  const token = tokenOfFragment(new URL(link!, "http://x").hash);
  const refused = await desk.request.post("/api/v1/events", {
    headers: { Authorization: `Bearer ${token}` },
    data: { events: [] },
  });
  expect(refused.status()).toBe(401);
  await desk.close();
});

test("[desk staff] the desk opens offline after its first visit, with its status always in view", async ({
  page,
  browser,
  signInAs,
}) => {
  await signInAs("AGENCY_ADMIN");
  // Its own office: the other test revokes the newest link of DISDUKCAPIL-007.
  await page.goto("/offices/DISDUKCAPIL-008");
  await page.getByRole("button", { name: "Buat tautan pos" }).click();
  const link = await page.getByTestId("new-checkpoint-link").getAttribute("href");

  // Opened as an old link with the token in the query: it works, and moves the token to the fragment.
  const { desk, pos } = await openDesk(browser, link!.replace("#t=", "?t="));
  await expect(pos).toHaveURL(/\/pos\/DISDUKCAPIL-008#t=/);
  expect(new URL(pos.url()).search).toBe("");
  const status = pos.getByRole("status").filter({ hasText: "Menunggu dikirim" });
  await expect(status).toContainText("Siap dipakai tanpa koneksi", { timeout: 30_000 });

  // First visit only, then the connection goes: a reload still opens the desk, and it decides.
  await desk.setOffline(true);
  await pos.reload();
  await expect(pos.getByRole("heading", { level: 1 })).toContainText("Disdukcapil");
  await pos.getByRole("button", { name: "KTP-el" }).click();
  await pos.getByRole("button", { name: /^Hijau/ }).click();
  await expect(pos.getByTestId("verdict")).toContainText("LAYANI");
  // The verdict echoes what was tapped, so a wrong chip is seen before the visitor leaves.
  await expect(pos.getByTestId("verdict")).toContainText("Diperiksa: KTP-el · Hijau, 2 dosis");
  // Undone, so this check never reaches the counts the other test asserts.
  await pos.getByRole("button", { name: /^Batalkan pemeriksaan terakhir/ }).click();

  // The status bar stays in view while the staff scroll down the page.
  await pos.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(status).toBeInViewport();
  await desk.close();
});
