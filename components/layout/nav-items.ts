import { can, type Actor, type Permission } from "@/lib/auth/permissions";
import type { Dictionary } from "@/lib/i18n/dictionaries";

export type NavItem = { href: string; label: string; /** Other paths that belong to this section. */ also?: string[] };

type NavSpec = {
  href: string;
  permission: Permission;
  label: (t: Dictionary, actor: Actor) => string;
  also?: string[];
};

// Which sections each role sees; the pages check the same permissions on the server.
const NAV: NavSpec[] = [
  { href: "/dashboard", permission: "dashboard.view", label: (t) => t.nav.dashboard },
  {
    href: "/agencies",
    permission: "agencies.read",
    label: (t, actor) => (can(actor, "agencies.readAll") ? t.nav.agencies : t.nav.myAgency),
    also: ["/offices", "/reports"],
  },
  { href: "/traffic", permission: "traffic.read", label: (t) => t.nav.traffic },
  { href: "/rollout", permission: "rollout.read", label: (t) => t.nav.rollout },
  { href: "/compliance", permission: "compliance.read", label: (t) => t.nav.compliance },
  { href: "/circulars", permission: "circulars.read", label: (t) => t.nav.circulars, also: ["/rules"] },
  { href: "/simulator", permission: "circulars.read", label: (t) => t.nav.simulator },
  { href: "/announcements", permission: "announcements.write", label: (t) => t.nav.announcements },
  { href: "/admin/users", permission: "users.manage", label: (t) => t.nav.users },
  { href: "/admin/audit", permission: "audit.read", label: (t) => t.nav.audit },
  { href: "/admin/jobs", permission: "jobs.read", label: (t) => t.nav.jobs },
  { href: "/admin/outbox", permission: "mail.read", label: (t) => t.nav.outbox },
  { href: "/account", permission: "account.manage", label: (t) => t.nav.account },
];

/** The navigation entries `actor` may open, in its language. */
export function navItemsFor(actor: Actor, t: Dictionary): NavItem[] {
  return NAV.filter((item) => can(actor, item.permission)).map((item) => ({
    href: item.href,
    label: item.label(t, actor),
    also: item.also,
  }));
}
