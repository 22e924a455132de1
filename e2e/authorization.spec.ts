import type { RoleCode } from "@/lib/vocabulary";
import { expect, test } from "./fixtures";

// Route handlers check on the server, per role: the matrix of statuses.
const ROUTES: { path: string; allowed: (RoleCode | "public")[] }[] = [
  { path: "/agencies/export.csv", allowed: ["ADMIN", "TASKFORCE", "HUMAS", "AGENCY_ADMIN"] },
  { path: "/dashboard/visits-per-day.csv", allowed: ["ADMIN", "TASKFORCE", "HUMAS", "AGENCY_ADMIN"] },
  { path: "/api/health", allowed: ["public", "ADMIN", "TASKFORCE", "HUMAS", "AGENCY_ADMIN"] },
  { path: "/rollout/overdue.csv", allowed: ["TASKFORCE", "HUMAS"] },
  { path: "/compliance/scores.csv", allowed: ["TASKFORCE", "HUMAS"] },
  { path: "/traffic/export.csv?dimension=posts", allowed: ["ADMIN", "TASKFORCE", "HUMAS", "AGENCY_ADMIN"] },
  { path: "/traffic/export.csv?dimension=referralTrend", allowed: ["ADMIN", "TASKFORCE", "HUMAS", "AGENCY_ADMIN"] },
];

for (const who of ["public", "ADMIN", "TASKFORCE", "HUMAS", "AGENCY_ADMIN"] as const) {
  test(`[${who}] route handler statuses follow the permission matrix`, async ({ page, signInAs }) => {
    if (who !== "public") await signInAs(who);
    for (const route of ROUTES) {
      const response = await page.request.get(route.path);
      const expected = route.allowed.includes(who) ? 200 : who === "public" ? 401 : 403;
      expect(response.status(), `${who} GET ${route.path}`).toBe(expected);
    }
    // The desk's configuration answers only a checkpoint link's token, never a session.
    expect((await page.request.get("/api/v1/checkpoint")).status(), `${who} GET /api/v1/checkpoint`).toBe(401);
  });
}
