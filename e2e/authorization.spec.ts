import type { RoleCode } from "@/lib/vocabulary";
import { expect, test } from "./fixtures";

// Route handlers check on the server, per role: the matrix of statuses.
const ROUTES: { path: string; allowed: (RoleCode | "public")[] }[] = [
  { path: "/agencies/export.csv", allowed: ["ADMIN", "TASKFORCE", "HUMAS", "AGENCY_ADMIN"] },
  { path: "/dashboard/visits-per-day.csv", allowed: ["ADMIN", "TASKFORCE", "HUMAS", "AGENCY_ADMIN"] },
  { path: "/api/health", allowed: ["public", "ADMIN", "TASKFORCE", "HUMAS", "AGENCY_ADMIN"] },
  { path: "/rollout/overdue.csv", allowed: ["TASKFORCE", "HUMAS"] },
  { path: "/compliance/scores.csv", allowed: ["TASKFORCE", "HUMAS"] },
];

for (const who of ["public", "ADMIN", "TASKFORCE", "HUMAS", "AGENCY_ADMIN"] as const) {
  test(`[${who}] route handler statuses follow the permission matrix`, async ({ page, signInAs }) => {
    if (who !== "public") await signInAs(who);
    for (const route of ROUTES) {
      const response = await page.request.get(route.path);
      const expected = route.allowed.includes(who) ? 200 : who === "public" ? 401 : 403;
      expect(response.status(), `${who} GET ${route.path}`).toBe(expected);
    }
  });
}
