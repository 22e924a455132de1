import { request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import pg from "pg";
import { confirmInDialog, expect, signInAsDemo, signInWithCredentials, test } from "../../e2e/fixtures";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/demo-users";
import { waitForHealth } from "../../scripts/lib/wait-for-health";
import { METRICS_TOKEN, PORTS, readState, startInstance, urls, writeState } from "./cluster";

// SIGAP as two instances behind nginx, sharing Redis, writing to a PostgreSQL primary and
// reading from a streaming replica that replays 3 s behind (test/scale/cluster.ts). Each test
// is a promise a second instance must not break. Cookies are per host, not per port: a
// session made through one address is sent to the others on 127.0.0.1 too.
test.describe.configure({ mode: "serial" });

let apiKey = "";
const stamp = Date.now().toString(36);

async function primaryQuery<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: urls.primary });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Requests an instance has answered for a route pattern and status, from its own /api/metrics. */
async function answered(instance: string, route: string, status: number): Promise<number> {
  const text = await (
    await fetch(`${instance}/api/metrics`, { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } })
  ).text();
  const line = text
    .split("\n")
    .find(
      (l) =>
        l.startsWith("sigap_http_request_duration_seconds_count{") &&
        l.includes(`route="${route}"`) &&
        l.includes(`status="${status}"`),
    );
  return Number(line?.split(" ").at(-1) ?? 0);
}

function visit(n: number, prefix: string, day = "2022-02-25") {
  return {
    id: `${prefix}-${n}`,
    occurredAt: `${day}T${String(8 + (n % 8)).padStart(2, "0")}:${String(n % 60).padStart(2, "0")}:00+07:00`,
    service: "KTP_EL",
    outcome: "SERVED_VACCINATED",
    proof: "PEDULILINDUNGI_QR",
    ageBand: "18-59",
  };
}

async function sendBatch(instance: string, events: unknown[]): Promise<Response> {
  return fetch(`${instance}/api/v1/events`, {
    method: "POST",
    headers: { Authorization: `Bearer ${apiKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({ events }),
  });
}

async function signedIn(baseURL: string, role: keyof typeof DEMO_USERS): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  await signInAsDemo(context, role);
  return context;
}

test("both instances report the primary, the replica and Redis up, on one clock", async () => {
  const answers = [];
  for (const instance of [urls.a, urls.b]) answers.push(await (await fetch(`${instance}/api/health`)).json());
  for (const health of answers)
    expect(health).toEqual({
      status: "ok",
      db: "up",
      replica: "up",
      redis: "up",
      clock: "set",
      now: expect.any(String),
    });
  // The demo's clock, the same on both (they answered within a second of each other).
  expect(answers[0].now.slice(0, 10)).toBe("2022-03-03");
  expect(Math.abs(Date.parse(answers[0].now) - Date.parse(answers[1].now))).toBeLessThan(1_000);
});

test("a session signed in on one instance is valid on the other", async () => {
  const onA = await signedIn(urls.a, "TASKFORCE");
  const session = await (await onA.get(`${urls.b}/api/auth/session`)).json();
  expect(session.user?.email).toBe(DEMO_USERS.TASKFORCE.email);
  expect((await onA.get(`${urls.b}/dashboard`, { maxRedirects: 0 })).status()).toBe(200);
  // Without the cookie, the same page on the other instance asks to sign in.
  const stranger = await playwrightRequest.newContext();
  expect((await stranger.get(`${urls.b}/dashboard`, { maxRedirects: 0 })).status()).toBe(307);
});

test("a rate limit of 120 a minute holds across both instances", async () => {
  const before = { a: await answered(urls.a, "/api/v1/rules", 200), b: await answered(urls.b, "/api/v1/rules", 200) };
  const statuses: number[] = [];
  for (let i = 0; i < 130; i++) statuses.push((await fetch(`${urls.nginx}/api/v1/rules`)).status);
  expect(statuses.filter((s) => s === 200)).toHaveLength(120);
  expect(statuses.filter((s) => s === 429)).toHaveLength(10);
  // nginx alternated: each instance answered about half of the allowed requests.
  const served = {
    a: (await answered(urls.a, "/api/v1/rules", 200)) - before.a,
    b: (await answered(urls.b, "/api/v1/rules", 200)) - before.b,
  };
  expect(served.a + served.b).toBe(120);
  expect(Math.min(served.a, served.b)).toBeGreaterThanOrEqual(40);
});

test("open data served from memory stays within the same limit across both instances", async () => {
  // Most of these are answered from each server's memory (lib/public-page-memo.mjs), yet they
  // count in the route's own counter in Redis: 120 a minute in all, whichever instance answers.
  const path = "/api/v1/open-data/traffic.json?by=kecamatan&from=2022-02-01&to=2022-02-28";
  const answers: { status: number; memo: boolean }[] = [];
  for (let i = 0; i < 130; i++) {
    const response = await fetch(`${urls.nginx}${path}`);
    answers.push({ status: response.status, memo: response.headers.get("x-sigap-memo") === "hit" });
  }
  expect(answers.filter((a) => a.status === 200)).toHaveLength(120);
  expect(answers.filter((a) => a.status === 429)).toHaveLength(10);
  expect(answers.filter((a) => a.memo).length).toBeGreaterThanOrEqual(100);
  expect(answers.filter((a) => a.status === 429 && a.memo)).toEqual([]);
});

test("the same event batch sent to both instances at once is stored once", async ({ page }) => {
  // An API key, made in the browser by the agency's admin (through nginx).
  await signInWithCredentials(page.request, DEMO_USERS.AGENCY_ADMIN.email, DEMO_PASSWORD);
  await page.goto("/offices/DISDUKCAPIL-001");
  await page.getByRole("button", { name: "Buat kunci API" }).click();
  apiKey = await page.getByTestId("new-api-key").innerText();

  const batch = Array.from({ length: 20 }, (_, n) => visit(n, `scale-twice-${stamp}`));
  const answers = await Promise.all([sendBatch(urls.a, batch), sendBatch(urls.b, batch)]);
  const bodies = (await Promise.all(answers.map((a) => a.json()))) as { accepted: number; duplicates: number }[];
  expect(answers.map((a) => a.status)).toEqual([200, 200]);
  expect(bodies[0]!.accepted + bodies[1]!.accepted).toBe(20);
  expect(bodies[0]!.duplicates + bodies[1]!.duplicates).toBe(20);
  const [stored] = await primaryQuery<{ n: number }>(
    `SELECT count(*)::int AS n FROM "VisitEvent" WHERE "externalId" LIKE $1`,
    [`scale-twice-${stamp}-%`],
  );
  expect(stored!.n).toBe(20);
});

/** Saves a draft announcement through the editor of one instance, as HUMAS (signed in on `page`). */
async function draftAnnouncement(page: Page, instance: string, title: string): Promise<void> {
  await page.goto(`${instance}/announcements`);
  const form = page.getByRole("form", { name: "Pengumuman baru" });
  await form.getByLabel("Judul (Indonesia)").fill(title);
  await form.getByLabel("Judul (Inggris)").fill(`${title} (en)`);
  await form.getByLabel("Isi (Indonesia)").fill("Uji beberapa instans.");
  await form.getByLabel("Isi (Inggris)").fill("A test of several instances.");
  await form.getByRole("button", { name: "Simpan draf" }).click();
}

async function lateVisitsOfFebruary(page: Page, instance: string): Promise<number> {
  await page.goto(`${instance}/dashboard`);
  const february = page.getByRole("table", { name: "Rilis data publik" }).getByRole("row", { name: /^Feb 2022/ });
  // Cells after the month: version, published, status, late visits.
  return Number((await february.getByRole("cell").nth(3).innerText()).replace(/\./g, ""));
}

test("late visits leave the published release alone and show as pending on both instances", async ({ page }) => {
  await signInWithCredentials(page.request, DEMO_USERS.HUMAS.email, DEMO_PASSWORD);
  const published = async (instance: string) =>
    (await fetch(`${instance}/api/v1/open-data/traffic.json?by=day&from=2022-02-01&to=2022-02-28`)).text();
  const before = { a: await published(urls.a), b: await published(urls.b) };
  expect(before.a).toBe(before.b);

  const late = Array.from({ length: 7 }, (_, n) => visit(n, `scale-late-${stamp}`, "2022-02-24"));
  expect((await (await sendBatch(urls.nginx, late)).json()).accepted).toBe(7);
  // February 2022 is released: every visit of it these tests sent is late (the demo has none pending).
  const [sent] = await primaryQuery<{ n: number }>(
    `SELECT count(*)::int AS n FROM "VisitEvent" WHERE "externalId" LIKE 'scale-%' AND "occurredAt" < '2022-03-01'`,
  );
  expect(sent!.n).toBeGreaterThanOrEqual(7);
  // Both instances count them pending once the replica has them (3 s); neither changes what it publishes.
  for (const instance of [urls.a, urls.b])
    await expect.poll(() => lateVisitsOfFebruary(page, instance), { timeout: 20_000 }).toBe(sent!.n);
  expect(await published(urls.a)).toBe(before.a);
  expect(await published(urls.b)).toBe(before.b);
});

test("an official sees their own write at once although the replica is behind; others once it has replayed", async ({
  page,
  browser,
}) => {
  await signInWithCredentials(page.request, DEMO_USERS.HUMAS.email, DEMO_PASSWORD);
  const title = `Skala ${stamp} draf`;
  await draftAnnouncement(page, urls.a, title);
  // The page the action made again, and the same page on the other instance, read the primary.
  await expect(page.getByRole("listitem", { name: title })).toBeVisible();
  await page.goto(`${urls.b}/announcements`);
  await expect(page.getByRole("listitem", { name: title })).toBeVisible();

  // Another official's reads go to the replica, which replays 3 s late: not there yet, then there.
  const colleague = await (await browser.newContext()).newPage();
  await signInWithCredentials(colleague.request, DEMO_USERS.HUMAS.email, DEMO_PASSWORD);
  const colleagueSees = async () => (await colleague.request.get(`${urls.b}/announcements`)).text();
  expect(await colleagueSees()).not.toContain(title);
  await expect.poll(async () => (await colleagueSees()).includes(title), { timeout: 15_000 }).toBe(true);
});

test("an announcement published on one instance shows on the other's cached public pages", async ({ page }) => {
  const title = `Skala ${stamp} terbit`;
  const home = async (instance: string) => (await fetch(`${instance}/`)).text();
  // Both instances have made and cached their home page before the announcement exists.
  for (const instance of [urls.a, urls.b]) expect(await home(instance)).not.toContain(title);

  await signInWithCredentials(page.request, DEMO_USERS.HUMAS.email, DEMO_PASSWORD);
  await draftAnnouncement(page, urls.a, title);
  const item = page.getByRole("listitem", { name: title });
  await item.getByRole("button", { name: "Terbitkan" }).click();
  await confirmInDialog(page, "Terbitkan");
  await expect(item.getByRole("button", { name: "Tarik" })).toBeVisible();

  // Instance B heard it on Redis and made its page again once the replica had the change (not
  // from the replica before it: that page would be kept for 5 minutes without the announcement).
  for (const instance of [urls.b, urls.a])
    await expect.poll(async () => (await home(instance)).includes(title), { timeout: 20_000 }).toBe(true);
});

test("compliance scores kept by both instances show an office renamed in the database at their next request", async () => {
  // Each instance keeps the scores in its own memory, by the data's version read from the
  // replica (lib/data/versioned-cache.ts): a change made anyhow reaches both once replayed.
  const [office] = await primaryQuery<{ name: string }>(`SELECT name FROM "Office" WHERE code = 'DISDUKCAPIL-002'`);
  const renamed = `${office!.name} ${stamp}`;
  const instances = await Promise.all([urls.a, urls.b].map((url) => signedIn(url, "TASKFORCE")));
  const scores = async (instance: APIRequestContext) => (await instance.get("/compliance?q=DISDUKCAPIL-002")).text();
  try {
    for (const instance of instances) {
      expect(await scores(instance)).toContain(office!.name);
      expect(await scores(instance)).not.toContain(renamed);
    }
    await primaryQuery(`UPDATE "Office" SET name = $1 WHERE code = 'DISDUKCAPIL-002'`, [renamed]);
    for (const instance of instances)
      await expect.poll(async () => (await scores(instance)).includes(renamed), { timeout: 20_000 }).toBe(true);
  } finally {
    await primaryQuery(`UPDATE "Office" SET name = $1 WHERE code = 'DISDUKCAPIL-002'`, [office!.name]);
    await Promise.all(instances.map((instance) => instance.dispose()));
  }
});

test("killing an instance under load loses no acknowledged event", async () => {
  const acknowledged: string[] = [];
  let refused = 0;
  const batches = Array.from({ length: 40 }, (_, b) =>
    Array.from({ length: 25 }, (_, n) => visit(n, `scale-load-${stamp}-${b}`, "2022-02-23")),
  );
  // Acknowledged: a 200 whose body was read whole and counts every event of the batch.
  const send = async (events: ReturnType<typeof visit>[]) => {
    const body = await sendBatch(urls.nginx, events)
      .then((response) => (response.ok ? (response.json() as Promise<{ accepted: number; duplicates: number }>) : null))
      .catch(() => null);
    if (body && body.accepted + body.duplicates === events.length) acknowledged.push(...events.map((e) => e.id));
    else refused++;
  };
  const state = readState();
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const index = next++;
      // A quarter of the way in, instance B dies at once (no graceful shutdown).
      if (index === 10) process.kill(-state.instances.b, "SIGKILL");
      await send(batches[index]!);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);

  const stored = await primaryQuery<{ id: string }>(
    `SELECT "externalId" AS id FROM "VisitEvent" WHERE "externalId" LIKE $1`,
    [`scale-load-${stamp}-%`],
  );
  const kept = new Set(stored.map((r) => r.id));
  expect(acknowledged.filter((id) => !kept.has(id))).toEqual([]);
  // nginx sent the rest to the instance left: at most the batches in flight at the kill failed.
  expect(refused).toBeLessThanOrEqual(4);
  expect(acknowledged.length).toBeGreaterThanOrEqual((batches.length - 4) * 25);

  // The killed instance comes back and serves again.
  writeState({ instances: { ...state.instances, b: startInstance("b") } });
  await waitForHealth(urls.b, 120);
  expect((await fetch(`http://127.0.0.1:${PORTS.b}/api/health`)).status).toBe(200);
});
