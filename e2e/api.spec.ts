import { METRICS_TOKEN } from "./ops-token";
import { expect, test } from "./fixtures";

test("[public] POST /api/v1/decisions judges a visit by the rule in force at its time", async ({ request }) => {
  const body = {
    service: "KTP_EL",
    agencyKind: "GOVERNMENT",
    visitor: { status: "KUNING", doses: 1, age: 30, exemptions: [] },
  };
  const october = await request.post("/api/v1/decisions", { data: { ...body, at: "2021-10-04T09:00:00+07:00" } });
  expect(october.status()).toBe(200);
  expect(await october.json()).toMatchObject({
    outcome: "SERVED_VACCINATED",
    rules: [{ id: "SE1395-ADMINDUK", version: 1 }],
    reason: { id: expect.any(String), en: expect.any(String) },
  });
  const january = await (
    await request.post("/api/v1/decisions", { data: { ...body, at: "2022-01-10T09:00:00+07:00" } })
  ).json();
  expect(january).toMatchObject({ outcome: "REFERRED", rules: [{ id: "SE1395-ADMINDUK", version: 2 }] });
});

test("[public] POST /api/v1/decisions refuses bad input and personal data with 422 naming the fields", async ({
  request,
}) => {
  const response = await request.post("/api/v1/decisions", {
    data: { service: "KTP", nik: "3275010101010001", visitor: { status: "HIJAU", doses: -1, age: 30 } },
  });
  expect(response.status()).toBe(422);
  const { error } = await response.json();
  expect(Object.keys(error.fieldErrors).sort()).toEqual(["nik", "service", "visitor.doses"]);
  const notJson = await request.post("/api/v1/decisions", {
    headers: { "Content-Type": "application/json" },
    data: "{not json",
  });
  expect(notJson.status()).toBe(422);
});

test("[public] GET /api/v1/rules lists the versions in force, or at ?at=", async ({ request }) => {
  const past = await (await request.get("/api/v1/rules?at=2021-10-01T09:00:00%2B07:00")).json();
  expect(past.rules.map((r: { id: string; version: number }) => `${r.id}@${r.version}`).sort()).toEqual([
    "SE1395-ADMINDUK@1",
    "SE1395-LAYANAN-UMUM@1",
    "SE1395-PERIZINAN@1",
    "SE1395-SIM@1",
  ]);
  expect(past.rules[0]).toMatchObject({
    circular: "440/1395/SET.COVID-19",
    clause: { number: expect.any(String) },
    definition: { scope: expect.any(Object) },
  });
  expect((await request.get("/api/v1/rules?at=kemarin")).status()).toBe(422);
});

test("[public] the API reference lists every endpoint, read from the OpenAPI document", async ({ page, request }) => {
  const spec = await (await request.get("/api/v1/openapi.json")).json();
  expect(spec.openapi).toBe("3.1.0");
  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { level: 1, name: "SIGAP API" })).toBeVisible();
  for (const [path, operations] of Object.entries(spec.paths as Record<string, object>))
    for (const method of Object.keys(operations))
      await expect(page.getByRole("heading", { level: 2, name: `${method.toUpperCase()} ${path}` })).toBeVisible();
  // In Indonesian first (the page of an Indonesian site), the answer's fields included.
  const events = page.getByRole("region", { name: "POST /api/v1/events" });
  await expect(events).toContainText("Kirim kejadian kunjungan (pemindai)");
  await expect(events.getByRole("table", { name: "Setiap butir events" })).toContainText("occurredAt");
  await expect(events.getByRole("table", { name: "Jawaban 200 (JSON)" })).toContainText("duplicates");
  await expect(events).toContainText("Authorization: Bearer <kunci API kantor>");
  await expect(page.getByRole("main")).not.toContainText("Required");
  // And in English behind the switch.
  await page.getByRole("button", { name: "English" }).click();
  await expect(events).toContainText("Send visit events (scanners)");
  await expect(events.getByRole("table", { name: "Each item of events" })).toContainText("occurredAt");
  await expect(events).toContainText("Authorization: Bearer <office API key>");
});

test("[ops] /api/metrics answers Prometheus with the token only, with routes as patterns and nothing personal", async ({
  request,
}) => {
  expect((await request.get("/api/metrics")).status()).toBe(401);
  expect(
    (await request.get("/api/metrics", { headers: { Authorization: "Bearer wrong-token-0123456789" } })).status(),
  ).toBe(401);
  await request.get("/kantor/DISDUKCAPIL-001");
  await request.get("/api/health");
  const response = await request.get("/api/metrics", { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/plain");
  const text = await response.text();
  expect(text).toMatch(
    /sigap_http_request_duration_seconds_count\{method="GET",route="\/kantor\/\[code\]",status="200"\} \d+/,
  );
  expect(text).toMatch(
    /sigap_http_request_duration_seconds_count\{method="GET",route="\/api\/health",status="200"\} \d+/,
  );
  expect(text).toMatch(/^sigap_db_pool_connections\{state="total"\} \d+/m);
  expect(text).toMatch(/^sigap_process_process_resident_memory_bytes \d+/m);
  expect(text).not.toContain("DISDUKCAPIL-001");
  expect(text).not.toMatch(/\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|@sigap/);
});

test("[ops] every answer carries a request id (a proxy's own kept, a hostile one replaced); the internal route is hidden", async ({
  request,
}) => {
  const made = (await request.get("/api/health")).headers()["x-request-id"];
  expect(made).toMatch(/^[0-9a-f-]{36}$/);
  const kept = await request.get("/api/health", { headers: { "X-Request-Id": "nginx-0123456789abcdef" } });
  expect(kept.headers()["x-request-id"]).toBe("nginx-0123456789abcdef");
  const hostile = await request.get("/api/health", { headers: { "X-Request-Id": "<script>\u00e9" } });
  expect(hostile.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  // Only an instance's own server (scripts/serve.mjs) knows the token of the internal route.
  const attempts: Record<string, string>[] = [{}, { Authorization: "Bearer 0123456789abcdef" }];
  for (const headers of attempts)
    expect((await request.post("/api/internal/public-pages", { headers, data: { position: null } })).status()).toBe(
      404,
    );
});
