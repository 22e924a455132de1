import { can } from "@/lib/auth/permissions";
import { addressOf, MAY_BE_MISSING, PAGES } from "./app-pages";
import { expect, test } from "./fixtures";

test("[TASKFORCE] the dashboard works on a phone, its navigation behind one menu button", async ({
  page,
  signInAs,
}) => {
  await signInAs("TASKFORCE");
  await page.goto("/agencies");
  const nav = page.getByRole("navigation", { name: "Navigasi utama" });
  const menu = nav.getByRole("button", { name: "Menu · Instansi" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Dasbor" })).toBeHidden();
  await menu.click();
  // Every section is reachable, none cut off at the screen's edge.
  for (const link of await nav.getByRole("link").all()) await expect(link).toBeInViewport();
  await expect(nav.getByRole("link")).toHaveCount(9);
  await nav.getByRole("link", { name: "Kepatuhan" }).click();
  await expect(page).toHaveURL(/\/compliance$/);
  await expect(nav.getByRole("button", { name: "Menu · Kepatuhan" })).toHaveAttribute("aria-expanded", "false");
  await page.goto("/agencies");
  await expect(page.getByRole("table", { name: "Instansi" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});

test("[public] on a phone every public tab is on the screen, the office search among them", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Navigasi publik" });
  await expect(nav.getByRole("link")).toHaveCount(5);
  // Whole tabs, not one cut at the screen's edge ("Cek syarat lay…").
  for (const link of await nav.getByRole("link").all()) await expect(link).toBeInViewport({ ratio: 1 });
  await nav.getByRole("link", { name: "Cari kantor" }).click();
  await expect(page).toHaveURL(/\/kantor$/);
});

test("[public] on a phone the checker's answer scrolls into view and takes the focus", async ({ page }) => {
  await page.goto("/cek");
  await page.getByRole("button", { name: "Periksa" }).click();
  const heading = page.getByRole("region", { name: "Hasil pemeriksaan" }).getByRole("heading", { level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});

test("[TASKFORCE] on a phone the period control fits and its presets work", async ({ page, signInAs }) => {
  await signInAs("TASKFORCE");
  await page.goto("/compliance");
  const control = page.getByRole("region", { name: "Periode" });
  // The last 28 days up to the demo's today, 3 Mar 2022.
  await control.getByRole("link", { name: "28 hari terakhir" }).click();
  await expect(page).toHaveURL(/from=2022-02-04&to=2022-03-03/);
  await expect(page.getByTestId("period-line")).toContainText("Menampilkan 4 Feb – 3 Mar 2022");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});

test("[public] on a phone a chart keeps its axis titles and legend", async ({ page }) => {
  await page.goto("/transparansi");
  const chart = page.getByRole("figure", { name: /^Kunjungan per minggu/ });
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.getByText("Kunjungan (jumlah)")).toBeVisible();
  // The legend (the cut week, and gaps when a week is hidden) stays on the phone's screen.
  await expect(chart.getByRole("listitem").filter({ hasText: "periode tidak lengkap" })).toBeInViewport();
  const box = await chart.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
});

test("[ADMIN] on a phone an official changes their own password; a wrong current one is named", async ({
  page,
  signInAs,
}) => {
  await signInAs("ADMIN");
  await page.goto("/account");
  await page.getByLabel("Kata sandi sekarang").fill("bukan-yang-sekarang");
  await page.getByLabel("Kata sandi baru", { exact: true }).fill("kuda-laut-berenang-7");
  await page.getByLabel("Ulangi kata sandi baru").fill("kuda-laut-berenang-7");
  await page.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(page.getByText("Kata sandi sekarang salah", { exact: true })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});

test.describe("at 360 px, the narrowest phone in use", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("[every page] no page scrolls sideways; a wide table scrolls inside its own box", async ({ page, signInAs }) => {
    test.setTimeout(600_000);
    await signInAs("TASKFORCE");
    const ids = {
      circular: /href="\/circulars\/(\d[\w.-]*)"/.exec(await (await page.request.get("/circulars")).text())?.[1] ?? "",
      user:
        /href="\/admin\/users\/([a-z0-9]{20,})"/.exec(await (await page.request.get("/admin/users")).text())?.[1] ?? "",
    };
    const tooWide: string[] = [];
    const opened = new Set<string>();
    // Each page once per language (English words are longer), as the first of these roles that may open it.
    for (const role of ["TASKFORCE", "ADMIN", "AGENCY_ADMIN", "HUMAS"] as const) {
      await signInAs(role);
      if (role === "ADMIN")
        ids.user =
          /href="\/admin\/users\/([a-z0-9]{20,})"/.exec(await (await page.request.get("/admin/users")).text())?.[1] ??
          "";
      for (const locale of ["id", "en"]) {
        await page.request.post("/api/locale", { form: { locale }, maxRedirects: 0 });
        for (const entry of PAGES) {
          const address = await addressOf(entry, ids);
          const key = `${locale} ${entry.route}`;
          if (!address || opened.has(key) || entry.sendsSignedInAway) continue;
          if (entry.permission && !can({ role }, entry.permission)) continue;
          opened.add(key);
          const response = await page.goto(address);
          if (MAY_BE_MISSING.has(entry.route) && response?.status() === 404) continue;
          expect(response?.status(), address).toBe(200);
          // goto waits for "load": the streamed sections are in by then (the response ends with the last one).
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > 360) tooWide.push(`${address} (${locale}): ${width} px`);
        }
      }
    }
    expect(tooWide).toEqual([]);
    expect(opened.size).toBeGreaterThan(60);
  });

  test("[TASKFORCE] a table keeps its priority columns on a phone, the rest on a wide screen", async ({
    page,
    signInAs,
  }) => {
    await signInAs("TASKFORCE");
    await page.goto("/agencies");
    const table = page.getByRole("table", { name: "Instansi" });
    await expect(table.getByRole("columnheader", { name: /Nama/ })).toBeVisible();
    await expect(table.getByRole("columnheader", { name: /Kemajuan/ })).toBeVisible();
    await expect(table.getByRole("columnheader", { name: /Kode/ })).toBeHidden();
    await page.setViewportSize({ width: 1024, height: 740 });
    await expect(table.getByRole("columnheader", { name: /Kode/ })).toBeVisible();
  });

  test("[TASKFORCE] a checkbox is a 24 px touch target", async ({ page, signInAs }) => {
    await signInAs("TASKFORCE");
    await page.goto("/offices/DISDUKCAPIL-001");
    const box = await page.getByRole("checkbox").first().boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(box!.height).toBeGreaterThanOrEqual(24);
  });
});
