import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { can, type Permission } from "@/lib/auth/permissions";
import { ROLES, type RoleCode } from "@/lib/vocabulary";
import type { APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/demo-users";
import { expect, signInWithCredentials, test } from "./fixtures";

// The authorisation matrix of every page, derived from the code: each page.tsx under app/
// is found on disk, the permission it demands is read from its requirePagePermission(…)
// call, and the expected answer for each role follows from lib/auth/permissions.ts. A page
// the matrix cannot visit (a new dynamic segment without a sample value) fails the test.

type Page = {
  route: string;
  file: string;
  permission: Permission | null;
  signedIn: boolean;
  sendsSignedInAway: boolean;
};

function pageFiles(dir = "app"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? pageFiles(full) : entry.name === "page.tsx" ? [full] : [];
  });
}

/** app/(dashboard)/offices/[code]/page.tsx → /offices/[code]; the cached pages' [lang] is the language rewrite. */
function routeOf(file: string): string {
  const segments = path
    .dirname(file)
    .split(path.sep)
    .slice(1)
    .filter((s) => !/^\(.*\)$/.test(s) && s !== "[lang]");
  return `/${segments.join("/")}`;
}

const PAGES: Page[] = pageFiles().map((file) => {
  const source = readFileSync(file, "utf8");
  const permission = /requirePagePermission\("([a-zA-Z.]+)"\)/.exec(source)?.[1] as Permission | undefined;
  return {
    route: routeOf(file),
    file,
    permission: permission ?? null,
    signedIn: Boolean(permission) || /requireUser\(\)/.test(source) || file.includes("(dashboard)"),
    // The sign-in page sends an official who is signed in already on to the dashboard.
    sendsSignedInAway: /if \(await currentActor\(\)\) redirect\(/.test(source),
  };
});

/** Sample values of dynamic segments: own agency of the demo agency admin (DISDUKCAPIL) where it matters. */
const SAMPLES: Record<string, string> = {
  "/agencies/[code]": "/agencies/DISDUKCAPIL",
  "/offices/[code]": "/offices/DISDUKCAPIL-001",
  "/offices/[code]/poster": "/offices/DISDUKCAPIL-001/poster",
  "/rules/[code]": "/rules/SE1395-ADMINDUK",
  "/rules/[code]/new": "/rules/SE1395-ADMINDUK/new",
  "/rules/[code]/v/[version]": "/rules/SE1395-ADMINDUK/v/1",
  "/kantor/[code]": "/kantor/DISDUKCAPIL-001",
  "/transparansi/[month]": "/transparansi/2022-01",
};
/** Pages whose sample may not exist for every role that may open it (a draft to edit, a circular id read at run time). */
const MAY_BE_MISSING = new Set([
  "/rules/[code]/v/[version]/edit",
  "/circulars/[id]",
  "/circulars/[id]/edit",
  "/admin/users/[id]",
]);
/** Pages with their own access rule, tested in their own spec. */
const OWN_RULE: Record<string, string> = {
  "/pos/[officeCode]": "opened by a checkpoint link's token, not a session (checkpoint.mobile.spec.ts)",
};

async function addressOf(page: Page, ids: { circular: string; user: string }): Promise<string | null> {
  if (OWN_RULE[page.route]) return null;
  if (!page.route.includes("[")) return page.route;
  if (page.route.startsWith("/circulars/[id]")) return page.route.replace("[id]", ids.circular);
  if (page.route === "/admin/users/[id]") return `/admin/users/${ids.user}`;
  if (page.route === "/rules/[code]/v/[version]/edit") return "/rules/SE1395-ADMINDUK/v/1/edit";
  const sample = SAMPLES[page.route];
  if (!sample)
    throw new Error(`The matrix has no sample address for ${page.route} (${page.file}): add one to SAMPLES.`);
  return sample;
}

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
      /href="\/circulars\/([a-z0-9]{20,})"/.exec(list.ok() ? await list.text() : "")?.[1] ?? "c".padEnd(25, "0");
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
      if (who) await signInWithCredentials(client, DEMO_USERS[who].email, DEMO_PASSWORD);
      contexts.set(who, client);
    }
    return contexts.get(who)!;
  };
  const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1]?.replaceAll("&amp;", "&");
  const idIn = async (who: RoleCode, list: string, pattern: RegExp) =>
    pattern.exec(await (await (await clientOf(who)).get(list)).text())?.[1] ?? "";
  const ids = {
    circular: await idIn("TASKFORCE", "/circulars", /href="\/circulars\/([a-z0-9]{20,})"/),
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
