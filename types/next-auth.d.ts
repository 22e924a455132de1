import type { RoleCode } from "@/lib/vocabulary";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; role: RoleCode; agencyId: string | null };
  }
  interface User {
    role: RoleCode;
    agencyId: string | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: RoleCode;
    agencyId?: string | null;
  }
}
