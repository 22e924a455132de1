import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/vocabulary";
import { bindsToAgency, can, PERMISSIONS, type Permission } from "./permissions";

// The authorisation matrix, written out: a change to ROLE_PERMISSIONS must change this too.
const MATRIX: Record<Permission, string[]> = {
  "dashboard.view": ["ADMIN", "TASKFORCE", "HUMAS", "AGENCY_ADMIN"],
  "traffic.read": ["ADMIN", "TASKFORCE", "HUMAS", "AGENCY_ADMIN"],
  "agencies.read": ["ADMIN", "TASKFORCE", "HUMAS", "AGENCY_ADMIN"],
  "agencies.readAll": ["ADMIN", "TASKFORCE", "HUMAS"],
  "offices.write": ["AGENCY_ADMIN"],
  "reports.write": ["AGENCY_ADMIN"],
  "events.upload": ["AGENCY_ADMIN"],
  "apikeys.manage": ["ADMIN", "AGENCY_ADMIN"],
  "circulars.read": ["TASKFORCE", "HUMAS"],
  "circulars.write": ["TASKFORCE"],
  "rules.publish": ["TASKFORCE"],
  "inspections.write": ["TASKFORCE"],
  "rollout.read": ["TASKFORCE", "HUMAS"],
  "compliance.read": ["TASKFORCE", "HUMAS"],
  "announcements.write": ["TASKFORCE", "HUMAS"],
  "releases.publish": ["TASKFORCE", "HUMAS"],
  "users.manage": ["ADMIN"],
  "settings.manage": ["ADMIN"],
  "audit.read": ["ADMIN"],
  "jobs.read": ["ADMIN"],
  "mail.read": ["ADMIN"],
  "account.manage": ["ADMIN", "TASKFORCE", "HUMAS", "AGENCY_ADMIN"],
};

describe("ROLE_PERMISSIONS", () => {
  it.each(PERMISSIONS.flatMap((permission) => ROLES.map((role) => [role, permission] as const)))(
    "%s × %s follows the matrix",
    (role, permission) => {
      expect(can({ role }, permission)).toBe(MATRIX[permission].includes(role));
    },
  );

  it("grants nothing to a missing user", () => {
    expect(PERMISSIONS.some((p) => can(null, p))).toBe(false);
    expect(PERMISSIONS.some((p) => can(undefined, p))).toBe(false);
  });

  it("grants every permission to some role (none is dead weight)", () => {
    expect(PERMISSIONS.filter((p) => !ROLES.some((role) => can({ role }, p)))).toEqual([]);
  });
});

describe("bindsToAgency", () => {
  it("binds agency admins, and no city-wide role, to an agency", () => {
    expect(ROLES.filter(bindsToAgency)).toEqual(["AGENCY_ADMIN"]);
  });
});
