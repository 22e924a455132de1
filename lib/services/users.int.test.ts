import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import { uniqueSuffix } from "@/test/actors";
import { DEMO_USERS } from "@/prisma/seed/demo-users";
import { createUser } from "./users";

const CLI = { label: "cli" };

describe("createUser", () => {
  it("stores a hashed password and writes the audit log without the hash", async () => {
    const email = `petugas-${uniqueSuffix()}@bekasikota.go.id`.toLowerCase();
    const user = await createUser(prisma, CLI, {
      email,
      name: "Petugas Baru",
      role: "TASKFORCE",
      password: "kata-sandi-panjang",
    });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).not.toContain("kata-sandi-panjang");
    expect(await verifyPassword("kata-sandi-panjang", stored.passwordHash)).toBe(true);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: "User", entityId: user.id } });
    expect(audit).toMatchObject({ action: "user.create", actorLabel: "cli" });
    expect(JSON.stringify(audit.after)).toContain(email);
    expect(JSON.stringify(audit.after)).not.toContain("scrypt");
  });

  it("binds an agency admin to its agency", async () => {
    const email = `admin-${uniqueSuffix()}@samsat.go.id`.toLowerCase();
    const user = await createUser(prisma, CLI, {
      email,
      name: "Admin Samsat",
      role: "AGENCY_ADMIN",
      agencyCode: "SAMSAT",
      password: "kata-sandi-panjang",
    });
    const agency = await prisma.agency.findUniqueOrThrow({ where: { code: "SAMSAT" } });
    expect(user.agencyId).toBe(agency.id);
  });

  it.each([
    [{ role: "AGENCY_ADMIN" }, "agencyCode"],
    [{ role: "HUMAS", agencyCode: "SAMSAT" }, "agencyCode"],
    [{ role: "AGENCY_ADMIN", agencyCode: "TIDAK-ADA" }, "agencyCode"],
    [{ role: "SUPERUSER" }, "role"],
    [{ role: "HUMAS", password: "pendek" }, "password"],
    [{ role: "HUMAS", email: "bukan-email" }, "email"],
  ])("refuses %o naming the field %s, and creates nothing", async (override, field) => {
    const email = `salah-${uniqueSuffix()}@bekasikota.go.id`.toLowerCase();
    const before = await prisma.user.count();
    await expect(
      createUser(prisma, CLI, { email, name: "Salah", password: "kata-sandi-panjang", ...override } as never),
    ).rejects.toMatchObject({
      fieldErrors: { [field]: expect.any(Array) },
    });
    expect(await prisma.user.count()).toBe(before);
  });

  it("refuses a second account with the same email", async () => {
    await expect(
      createUser(prisma, CLI, {
        email: DEMO_USERS.HUMAS.email,
        name: "Dua",
        role: "HUMAS",
        password: "kata-sandi-panjang",
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});
