import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import type { RoleCode } from "@/lib/vocabulary";
import { DEMO_USERS } from "@/prisma/seed/demo-users";

/** The seeded demo user of `role` as an Actor, for calling data functions directly. */
export async function demoActor(role: RoleCode): Promise<Actor> {
  const user = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_USERS[role].email } });
  return { id: user.id, role: user.role, agencyId: user.agencyId, name: user.name, email: user.email };
}

/** A suffix that keeps records made by one test apart from every other run's. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`.toUpperCase();
}
