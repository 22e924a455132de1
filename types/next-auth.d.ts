import type { RoleCode } from "@/lib/vocabulary";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; role: RoleCode; agencyId: string | null };
    /** The UserSession row of this browser (revoked on sign-out). */
    sid: string;
  }
  interface User {
    role: RoleCode;
    agencyId: string | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sid?: string;
    role?: RoleCode;
    agencyId?: string | null;
  }
}
