import type { Actor } from "@/lib/auth/permissions";
import { createOffice } from "@/lib/services/offices";
import type { ServiceCode } from "@/lib/vocabulary";
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

/** When a test's office joined SIGAP, unless it says otherwise: before every month of demo data. */
export const TEST_OFFICE_JOINED = new Date("2021-09-01T08:00:00+07:00");

/**
 * A new office of the demo agency admin's agency, named for the test that makes it, and that
 * admin. It joined SIGAP at `joinedAt` (it is registered on SIGAP's today, then dated back),
 * so a test can send it visits of the demo's months.
 */
export async function testOffice(
  name: string,
  services: ServiceCode[],
  { kelurahanCode = "32.75.01.1001", joinedAt = TEST_OFFICE_JOINED } = {},
) {
  const admin = await demoActor("AGENCY_ADMIN");
  const created = await createOffice(prisma, admin, {
    code: `UJI-${uniqueSuffix()}`,
    name,
    address: "Jl. Uji No. 1",
    kelurahanCode,
    services,
  });
  const office = await prisma.office.update({ where: { id: created.id }, data: { createdAt: joinedAt } });
  return { office, admin };
}
