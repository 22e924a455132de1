import { bindsToAgency, can } from "@/lib/auth/permissions";
import { ROLES, type RoleCode } from "@/lib/vocabulary";
import type { APIRequestContext } from "@playwright/test";
import { addressOf, MAY_BE_MISSING, OWN_RULE, PAGES, SAMPLES } from "./app-pages";
import { expect, signInAsDemo, test } from "./fixtures";

// The authorisation matrix of every page, derived from the code: each page.tsx under app/
// is found on disk, the permission it demands is read from its requirePagePermission(…)
// call, and the expected answer for each role follows from lib/auth/permissions.ts. A page
// the matrix cannot visit (a new dynamic segment without a sample value) fails the test.

test("[matrix] every page under app/ has a sample address or its own rule", async () => {
  for (const page of PAGES) {
    if (OWN_RULE[page.route] || !page.route.includes("[") || MAY_BE_MISSING.has(page.route)) continue;
    expect(SAMPLES[page.route], `sample address for ${page.route}`).toBeTruthy();
  }
  expect(PAGES.length).toBeGreaterThan(25);
});

for (const who of [null, ...ROLES] as (RoleCode | null)[]) {
  test(`[matrix] ${who ?? "signed out"}: every page answers as the permission table says`, async ({
    page,
    signInAs,
  }) => {
    test.setTimeout(180_000);
    if (who) await signInAs(who);
    // A real circular id where the role may list them; otherwise any id (the permission is checked first).
    const list = await page.request.get("/circulars", { maxRedirects: 0 });
    const circularId =
      /href="\/circulars\/(\d[\w.-]*)"/.exec(list.ok() ? await list.text() : "")?.[1] ?? "c".padEnd(25, "0");
    const users = await page.request.get("/admin/users", { maxRedirects: 0 });
    const userId =
      /href="\/admin\/users\/([a-z0-9]{20,})"/.exec(users.ok() ? await users.text() : "")?.[1] ?? "c".padEnd(25, "0");
    for (const entry of PAGES) {
      const address = await addressOf(entry, { circular: circularId, user: userId });
      if (!address) continue;
      const response = await page.request.get(address, { maxRedirects: 0 });
      const status = response.status();
      const label = `${who ?? "signed out"} GET ${address}`;
      if (entry.sendsSignedInAway && who) expect(status, label).toBe(307);
      else if (entry.sendsToOwnAgency && who && bindsToAgency(who)) expect(status, label).toBe(307);
      else if (!entry.signedIn) expect(status, label).toBe(200);
      else if (!who) expect([307, 303], label).toContain(status);
      else if (entry.permission && !can({ role: who }, entry.permission)) expect(status, label).toBe(403);
      else if (MAY_BE_MISSING.has(entry.route)) expect([200, 404], label).toContain(status);
      else expect(status, label).toBe(200);
    }
  });
}

test("[matrix] an agency admin cannot open another agency's agency, office or poster page", async ({
  page,
  signInAs,
}) => {
  await signInAs("AGENCY_ADMIN");
  for (const address of ["/agencies/SAMSAT", "/offices/SAMSAT-001", "/offices/SAMSAT-001/poster"]) {
    expect((await page.request.get(address)).status(), address).toBe(404);
  }
  for (const address of ["/agencies/DISDUKCAPIL", "/offices/DISDUKCAPIL-001"])
    expect((await page.request.get(address)).status(), address).toBe(200);
});

test("[titles] every page has its own <title>, in Indonesian and in English", async ({ playwright, baseURL }) => {
  test.setTimeout(300_000);
  const contexts = new Map<RoleCode | null, APIRequestContext>();
  /** A client signed in as `who` (null: signed out), one per role. */
  const clientOf = async (who: RoleCode | null) => {
    if (!contexts.has(who)) {
      const client = await playwright.request.newContext({ baseURL });
      if (who) await signInAsDemo(client, who);
      contexts.set(who, client);
    }
    return contexts.get(who)!;
  };
  const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1]?.replaceAll("&amp;", "&");
  const idIn = async (who: RoleCode, list: string, pattern: RegExp) =>
    pattern.exec(await (await (await clientOf(who)).get(list)).text())?.[1] ?? "";
  const ids = {
    circular: await idIn("TASKFORCE", "/circulars", /href="\/circulars\/(\d[\w.-]*)"/),
    user: await idIn("ADMIN", "/admin/users", /href="\/admin\/users\/([a-z0-9]{20,})"/),
  };
  const seen = new Set<string>();
  for (const entry of PAGES) {
    const address = await addressOf(entry, ids);
    if (!address) continue;
    // A visitor who may open the page: signed out for public pages, else the first role allowed.
    const who = entry.signedIn ? ROLES.find((role) => !entry.permission || can({ role }, entry.permission))! : null;
    const client = await clientOf(who);
    const titles: string[] = [];
    for (const locale of ["id", "en"]) {
      await client.post("/api/locale", { form: { locale }, maxRedirects: 0 });
      const response = await client.get(address);
      // A sample that may not exist (an active circular has no edit page): its 404 has no page title to check.
      if (MAY_BE_MISSING.has(entry.route) && response.status() === 404) break;
      expect(response.status(), `${who ?? "signed out"} GET ${address} (${locale})`).toBe(200);
      const title = titleOf(await response.text());
      expect(title, `title of ${address} (${locale})`).toBeTruthy();
      expect(title, `title of ${address} (${locale}) is the page's own`).not.toBe("SIGAP — Kota Bekasi");
      titles.push(title!);
    }
    if (titles.length < 2) continue;
    expect(titles[1], `English title of ${address} differs from the Indonesian "${titles[0]}"`).not.toBe(titles[0]);
    expect(seen.has(titles[0]!), `"${titles[0]}" (${address}) is used by one page only`).toBe(false);
    seen.add(titles[0]!);
  }
  for (const client of contexts.values()) await client.dispose();
});
