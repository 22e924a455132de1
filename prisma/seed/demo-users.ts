import type { RoleCode } from "@/lib/vocabulary";

/** One demo login per role; printed by `npm start`, listed in the README, used by e2e. */
export const DEMO_PASSWORD = "sigap-demo-2021";

/**
 * The demo admin's second factor (admins must have one): this base32 key in any authenticator
 * app gives its codes. Public, like the demo password: a real admin enrols a secret of their own.
 */
export const DEMO_ADMIN_TOTP_SECRET = "SIGAPDEMOKOTABEKASIADMINTOTPDEMO";

export const DEMO_USERS: Record<RoleCode, { email: string; name: string; agencyCode?: string }> = {
  ADMIN: { email: "admin@sigap.demo", name: "Admin TI Kota" },
  TASKFORCE: { email: "satgas@sigap.demo", name: "Petugas Satgas Covid-19" },
  HUMAS: { email: "humas@sigap.demo", name: "Staf Humas Setda" },
  AGENCY_ADMIN: { email: "disdukcapil@sigap.demo", name: "Admin Disdukcapil", agencyCode: "DISDUKCAPIL" },
};
