import type { RoleCode } from "@/lib/vocabulary";

// The one table of who may do what (PRODUCT.md "Who uses it"). Pure: used by the
// server guard, by navigation, and by the authorisation matrix test.
export const PERMISSIONS = [
  "dashboard.view",
  "traffic.read",
  "agencies.read",
  "agencies.readAll",
  "offices.write",
  "reports.write",
  "events.upload",
  "apikeys.manage",
  "circulars.read",
  "circulars.write",
  "rules.publish",
  "inspections.write",
  "rollout.read",
  "compliance.read",
  "announcements.write",
  "releases.publish",
  "users.manage",
  "settings.manage",
  "audit.read",
  "jobs.read",
  "mail.read",
  "account.manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const DASHBOARDS: Permission[] = [
  "account.manage",
  "dashboard.view",
  "traffic.read",
  "agencies.read",
  "agencies.readAll",
  "rollout.read",
  "compliance.read",
  "circulars.read",
];

export const ROLE_PERMISSIONS: Record<RoleCode, readonly Permission[]> = {
  ADMIN: [
    "account.manage",
    "dashboard.view",
    "traffic.read",
    "agencies.read",
    "agencies.readAll",
    "apikeys.manage",
    "users.manage",
    "settings.manage",
    "audit.read",
    "jobs.read",
    "mail.read",
  ],
  TASKFORCE: [
    ...DASHBOARDS,
    "circulars.write",
    "rules.publish",
    "inspections.write",
    "releases.publish",
    "announcements.write",
  ],
  HUMAS: [...DASHBOARDS, "announcements.write", "releases.publish"],
  // An agency admin's reads and writes are further scoped to its own agency in lib/data.
  AGENCY_ADMIN: [
    "account.manage",
    "dashboard.view",
    "traffic.read",
    "agencies.read",
    "offices.write",
    "reports.write",
    "events.upload",
    "apikeys.manage",
  ],
};

export type Actor = {
  id: string;
  role: RoleCode;
  agencyId: string | null;
  name: string;
  email: string;
  /** The signed-in browser's session (UserSession), when the actor came from one. */
  sessionId?: string;
  /** Whether the account has a second factor (TOTP) turned on (lib/auth/totp.ts). */
  secondFactor?: boolean;
};

/** Whether `actor` holds `permission` by its role. */
export function can(actor: Pick<Actor, "role"> | null | undefined, permission: Permission): boolean {
  return Boolean(actor && ROLE_PERMISSIONS[actor.role].includes(permission));
}

/** Whether a role works for one agency (and must be bound to one); the others see the whole city. */
export function bindsToAgency(role: RoleCode): boolean {
  return !can({ role }, "agencies.readAll");
}

/** The roles that hold `permission` (for a query such as "the accounts that can manage users"). */
export function rolesWith(permission: Permission): RoleCode[] {
  return (Object.keys(ROLE_PERMISSIONS) as RoleCode[]).filter((role) => ROLE_PERMISSIONS[role].includes(permission));
}

/** The optional messages, by the /account form's field, and the mail kind each is stored as when off. */
export const OPTIONAL_MAIL_KINDS = { reminders: "REMINDER", digest: "DIGEST" } as const;
export type OptionalMail = keyof typeof OPTIONAL_MAIL_KINDS;

/** The optional messages each role is mailed (switched off on /account): only what it can act on. */
export const OPTIONAL_MAIL: Record<RoleCode, readonly OptionalMail[]> = {
  ADMIN: [],
  TASKFORCE: ["digest"],
  HUMAS: [],
  AGENCY_ADMIN: ["reminders"],
};

/** The roles mailed the optional message `kind`. */
export function rolesMailed(kind: OptionalMail): RoleCode[] {
  return (Object.keys(OPTIONAL_MAIL) as RoleCode[]).filter((role) => OPTIONAL_MAIL[role].includes(kind));
}
