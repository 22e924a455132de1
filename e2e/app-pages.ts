import { readFileSync } from "node:fs";
import { routeFiles, routeOfFile } from "@/lib/app-routes.mjs";
import type { Permission } from "@/lib/auth/permissions";

// Every page of the app, found on disk (each page.tsx under app/), with what it demands and an
// address to open it by: the page matrix, the titles test and the phone-width test walk it.

export type Page = {
  route: string;
  file: string;
  permission: Permission | null;
  signedIn: boolean;
  sendsSignedInAway: boolean;
  /** The page sends an agency-bound official on to their own agency's page (307). */
  sendsToOwnAgency: boolean;
};

export const PAGES: Page[] = routeFiles()
  .filter((file) => file.endsWith("page.tsx"))
  .map((file) => {
    const source = readFileSync(file, "utf8");
    const permission = /requirePagePermission\("([a-zA-Z.]+)"\)/.exec(source)?.[1] as Permission | undefined;
    return {
      route: routeOfFile(file),
      file,
      permission: permission ?? null,
      signedIn: Boolean(permission) || /requireUser\(\)/.test(source) || file.includes("(dashboard)"),
      // The sign-in page sends an official who is signed in already on to the dashboard.
      sendsSignedInAway: /if \(await currentActor\(\)\) redirect\(/.test(source),
      sendsToOwnAgency: /if \(own\) redirect\(`\/agencies\//.test(source),
    };
  });

/** Sample values of dynamic segments: own agency of the demo agency admin (DISDUKCAPIL) where it matters. */
export const SAMPLES: Record<string, string> = {
  "/agencies/[code]": "/agencies/DISDUKCAPIL",
  "/offices/[code]": "/offices/DISDUKCAPIL-001",
  "/offices/[code]/poster": "/offices/DISDUKCAPIL-001/poster",
  "/rules/[code]": "/rules/SE1395-ADMINDUK",
  "/rules/[code]/new": "/rules/SE1395-ADMINDUK/new",
  "/rules/[code]/v/[version]": "/rules/SE1395-ADMINDUK/v/1",
  "/kantor/[code]": "/kantor/DISDUKCAPIL-001",
  "/transparansi/[month]": "/transparansi/2022-01",
  // A link no one was sent: the page says it is not known (and how to get one).
  "/set-password/[token]": `/set-password/${"A".repeat(43)}`,
};
/** Pages whose sample may not exist for every role that may open it (a draft to edit, a circular id read at run time). */
export const MAY_BE_MISSING = new Set([
  "/rules/[code]/v/[version]/edit",
  "/circulars/[id]",
  "/circulars/[id]/edit",
  "/admin/users/[id]",
]);
/** Pages with their own access rule, tested in their own spec. */
export const OWN_RULE: Record<string, string> = {
  "/pos/[officeCode]": "opened by a checkpoint link's token, not a session (checkpoint.mobile.spec.ts)",
};

export async function addressOf(page: Page, ids: { circular: string; user: string }): Promise<string | null> {
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
