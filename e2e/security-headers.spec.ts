import { expect, test } from "./fixtures";

// What a browser is told about SIGAP's pages, checked in the browser that obeys it.

test("[security] a signed-in page carries a fresh CSP nonce and the fixed headers, and still works", async ({
  page,
  signInAs,
}) => {
  await signInAs("TASKFORCE");
  const first = await page.goto("/dashboard");
  const second = await page.request.get("/dashboard");
  const policy = first!.headers()["content-security-policy"];
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  // A nonce is good for one response only.
  const nonceOf = (p: string) => /'nonce-([^']+)'/.exec(p)?.[1];
  expect(nonceOf(second.headers()["content-security-policy"])).not.toBe(nonceOf(policy));
  expect(first!.headers()).toMatchObject({
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "strict-origin-when-cross-origin",
  });
  expect(first!.headers()["permissions-policy"]).toContain("camera=()");
  // The page is interactive under the policy: the language switch and the navigation work.
  await page.getByRole("link", { name: "Lalu lintas" }).first().click();
  await expect(page).toHaveURL(/\/traffic/);
});

test("[security] the cached public pages and the APIs carry their fixed policies", async ({ request }) => {
  for (const path of ["/", "/transparansi"]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
  const api = await request.get("/api/v1/rules");
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
});

test("[security] a public page served from the server's memory is the page Next made, headers and all", async ({
  playwright,
}) => {
  const fixed = ["content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy"];
  for (const [path, language] of [
    ["/transparansi", "id"],
    ["/transparansi", "en"],
    ["/transparansi/2022-02", "id"],
  ]) {
    // A fresh client each time: no cookie but the language's.
    const client = await playwright.request.newContext({
      baseURL: test.info().project.use.baseURL,
      extraHTTPHeaders: { Cookie: `sigap-lang=${language}` },
    });
    const first = await client.get(path);
    const second = await client.get(path);
    expect(second.headers()["x-sigap-memo"], path).toBe("hit");
    expect(await second.text()).toBe(await first.text());
    expect(await second.text()).toContain(`<html lang="${language}"`);
    for (const name of fixed) expect(second.headers()[name], `${path} ${name}`).toBe(first.headers()[name]);
    // Its validator too: a client holding the page gets 304.
    const etag = second.headers().etag;
    expect((await client.get(path, { headers: { "If-None-Match": etag } })).status()).toBe(304);
    // A client navigation's request for the page's RSC payload is never answered with the document.
    const navigation = await client.get(path, { headers: { RSC: "1" } });
    expect(navigation.headers()["x-sigap-memo"]).toBeUndefined();
    expect(navigation.headers()["content-type"]).toContain("text/x-component");
    await client.dispose();
  }
});

test("[public] open data served from the server's memory is the route's answer, byte for byte", async ({
  playwright,
}) => {
  const client = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  for (const path of [
    "/api/v1/open-data/traffic.json?by=kecamatan&from=2022-01-01&to=2022-01-31",
    "/api/v1/open-data/traffic.csv?by=day&from=2022-01-01&to=2022-01-31",
  ]) {
    const first = await client.get(path);
    const second = await client.get(path);
    expect(second.headers()["x-sigap-memo"], path).toBe("hit");
    expect(await second.body()).toEqual(await first.body());
    for (const name of ["content-type", "etag", "cache-control", "access-control-allow-origin", "content-disposition"])
      expect(second.headers()[name], `${path} ${name}`).toBe(first.headers()[name]);
    expect((await client.get(path, { headers: { "If-None-Match": second.headers().etag } })).status()).toBe(304);
  }
  // A query the route refuses is never kept: it is answered by the route each time.
  const refused = await client.get("/api/v1/open-data/traffic.json?by=planet");
  expect(refused.status()).toBe(422);
  expect((await client.get("/api/v1/open-data/traffic.json?by=planet")).headers()["x-sigap-memo"]).toBeUndefined();
  await client.dispose();
});

test("[security] another site cannot frame a signed-in page", async ({ page, signInAs }) => {
  await signInAs("AGENCY_ADMIN");
  const baseURL = test.info().project.use.baseURL!;
  // A page of another origin (about:blank) that frames the office page, as an attacker's site would.
  await page.setContent(
    `<iframe id="victim" src="${baseURL}/offices/DISDUKCAPIL-001" width="800" height="600"></iframe>`,
  );
  await page.waitForTimeout(1500);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  const framedText = frame ? await frame.evaluate(() => document.body?.innerText ?? "").catch(() => "") : "";
  expect(framedText).not.toContain("DISDUKCAPIL-001");
});

test("[security] a wrong checkpoint link says so, an unknown record answers 404, a forbidden page 403", async ({
  request,
  page,
  signInAs,
}) => {
  // An old link with the token in the query is moved to the fragment before anything else.
  const legacy = await request.get("/pos/DISDUKCAPIL-001?t=bukan-token", { maxRedirects: 0 });
  expect(legacy.status()).toBe(307);
  expect(legacy.headers().location).toBe("/pos/DISDUKCAPIL-001#t=bukan-token");
  await page.goto("/pos/DISDUKCAPIL-001#t=bukan-token");
  await expect(page.getByRole("heading", { name: "Tautan pos pemeriksaan tidak berlaku" })).toBeVisible();
  expect((await request.get("/pos/%00")).status()).toBe(404);
  expect((await request.get("/kantor/%00")).status()).toBe(404);
  expect((await request.get("/kantor/%E0%A4%A")).status()).toBe(400);
  await signInAs("AGENCY_ADMIN");
  const forbidden = await page.goto("/compliance");
  expect(forbidden!.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
  // Inside the dashboard: the navigation is still there.
  await expect(page.getByRole("navigation", { name: "Navigasi utama" })).toBeVisible();
});

test("[security] a server action posted from another origin is refused with 403, on every path", async ({
  request,
}) => {
  // Also the paths the proxy never sees (the cached pages, a static-looking name), and with a
  // forged X-Forwarded-Host naming the other site (believed only behind a configured proxy).
  for (const path of ["/offices/new", "/id", "/transparansi", "/kantor.json"]) {
    const response = await request.post(path, {
      headers: {
        "Next-Action": "0".repeat(42),
        Origin: "http://evil.example",
        "X-Forwarded-Host": "evil.example",
        "Content-Type": "text/plain;charset=UTF-8",
      },
      data: "[]",
    });
    expect(response.status(), path).toBe(403);
  }
  // The form a page sends before its script loads ($ACTION_ID_…), from another site.
  const noScript = await request.post("/offices/new", {
    headers: { Origin: "http://evil.example" },
    multipart: { [`$ACTION_ID_${"0".repeat(42)}`]: "" },
  });
  expect(noScript.status()).toBe(403);
});
