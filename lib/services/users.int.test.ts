import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import { openSession, actorOfSession } from "@/lib/auth/sessions";
import { demoActor, uniqueSuffix } from "@/test/actors";
import { DEMO_USERS } from "@/prisma/seed/demo-users";
import {
  activateUserByEmail,
  changeOwnPassword,
  createUser,
  inviteUser,
  setMailPreferences,
  setUserActive,
  updateUser,
} from "./users";

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
    expect(stored.passwordHash!).not.toContain("kata-sandi-panjang");
    expect(await verifyPassword("kata-sandi-panjang", stored.passwordHash!)).toBe(true);
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

/** A new account of `role` (an agency admin of SAMSAT), signed in twice: two browsers. */
async function accountWithTwoSessions(
  role: "HUMAS" | "AGENCY_ADMIN" | "ADMIN" = "HUMAS",
  password = "kata-sandi-panjang",
) {
  const email = `akun-${uniqueSuffix()}@bekasikota.go.id`.toLowerCase();
  const user = await createUser(prisma, CLI, {
    email,
    name: "Akun Uji",
    role,
    password,
    ...(role === "AGENCY_ADMIN" ? { agencyCode: "SAMSAT" } : {}),
  });
  const actor = { id: user.id, role: user.role, agencyId: user.agencyId, name: user.name, email };
  const [first, second] = [await openSession(actor, 1), await openSession(actor, 1)];
  return { user, actor: { ...actor, sessionId: first }, sessions: [first, second] as const };
}

const live = async (sessionId: string, userId: string) => Boolean(await actorOfSession(sessionId, userId));

describe("managing accounts (ADMIN)", () => {
  it("creates an invited account with no password, audited without any secret", async () => {
    const admin = await demoActor("ADMIN");
    const email = `baru-${uniqueSuffix()}@bekasikota.go.id`.toLowerCase();
    const { user, expiresAt } = await inviteUser(prisma, admin, {
      email,
      name: "Petugas Baru",
      role: "AGENCY_ADMIN",
      agencyCode: "SAMSAT",
    });
    expect(Object.keys(user)).not.toContain("password");
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash!).toBeNull();
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: user.id, action: "user.create" } });
    expect(audit.after).toMatchObject({ email, invitedUntil: expiresAt.toISOString() });
    expect(await prisma.mailMessage.count({ where: { userId: user.id, kind: "INVITATION" } })).toBe(1);
  });

  it("changes role and agency together, audited with before and after; refuses an agency admin without an agency", async () => {
    const admin = await demoActor("ADMIN");
    const { user } = await accountWithTwoSessions("AGENCY_ADMIN");
    await expect(updateUser(prisma, admin, user.id, { name: "Akun Uji", role: "AGENCY_ADMIN" })).rejects.toMatchObject({
      fieldErrors: { agencyCode: expect.any(Array) },
    });
    const after = await updateUser(prisma, admin, user.id, { name: "Akun Humas", role: "HUMAS" });
    expect(after).toMatchObject({ role: "HUMAS", agencyId: null, name: "Akun Humas" });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: user.id, action: "user.update" } });
    expect(audit.before).toMatchObject({ role: "AGENCY_ADMIN" });
    expect(audit.after).toMatchObject({ role: "HUMAS", agencyId: null });
  });

  it("deactivation ends every session at once; reactivation lets the account sign in again", async () => {
    const admin = await demoActor("ADMIN");
    const { user, sessions } = await accountWithTwoSessions();
    await setUserActive(prisma, admin, user.id, false);
    for (const s of sessions) expect(await live(s, user.id)).toBe(false);
    await setUserActive(prisma, admin, user.id, true);
    const fresh = await openSession({ ...user, email: user.email }, 1);
    expect(await live(fresh, user.id)).toBe(true);
  });

  it("never deactivates or demotes one's own account, nor the last active admin", async () => {
    const admin = await demoActor("ADMIN");
    await expect(setUserActive(prisma, admin, admin.id, false)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(updateUser(prisma, admin, admin.id, { name: admin.name, role: "HUMAS" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // A second admin may not take the demo admin's place away while it is the only other one…
    const { user: other } = await accountWithTwoSessions("ADMIN");
    await setUserActive(prisma, admin, other.id, false);
    const otherAdmin = { ...other, email: other.email };
    // …and, once alone, the demo admin cannot be deactivated by anyone.
    await prisma.user.update({ where: { id: other.id }, data: { active: true } });
    await setUserActive(prisma, otherAdmin, admin.id, false);
    await expect(setUserActive(prisma, admin, other.id, false)).rejects.toMatchObject({ code: "CONFLICT" });
    await prisma.user.update({ where: { id: admin.id }, data: { active: true } });
  });

  it("keeps one active admin when two admins remove each other at the same moment", async () => {
    const others = await prisma.user.findMany({ where: { role: "ADMIN", active: true }, select: { id: true } });
    const [{ user: a }, { user: b }] = [await accountWithTwoSessions("ADMIN"), await accountWithTwoSessions("ADMIN")];
    const [actorA, actorB] = [a, b].map((u) => ({ ...u, email: u.email }));
    // Only A and B manage accounts: each tries to take the other away, deactivating or demoting.
    const othersWhere = { id: { in: others.map((o) => o.id) } };
    await prisma.user.updateMany({ where: othersWhere, data: { active: false } });
    try {
      const managers = () => prisma.user.count({ where: { role: "ADMIN", active: true } });
      const outcomes = await Promise.allSettled([
        setUserActive(prisma, actorA, b.id, false),
        setUserActive(prisma, actorB, a.id, false),
      ]);
      // Before: both counted the other as the remaining admin, and none was left.
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
      expect(await managers()).toBe(1);
      // The survivor is the last: the same race through a role change leaves one as well.
      await activateUserByEmail(prisma, { label: "cli" }, a.email);
      await activateUserByEmail(prisma, { label: "cli" }, b.email);
      const demotions = await Promise.allSettled([
        updateUser(prisma, actorA, b.id, { name: b.name, role: "HUMAS" }),
        setUserActive(prisma, actorB, a.id, false),
      ]);
      expect(demotions.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      expect(await managers()).toBe(1);
    } finally {
      await prisma.user.updateMany({ where: othersWhere, data: { active: true } });
    }
  });

  it("reactivates an account by email (the CLI's user:activate), audited", async () => {
    const { user } = await accountWithTwoSessions("ADMIN");
    await prisma.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await activateUserByEmail(prisma, { label: "cli" }, user.email.toUpperCase())).toMatchObject({
      active: true,
    });
    expect(
      await prisma.auditLog.count({ where: { entityId: user.id, action: "user.activate", actorLabel: "cli" } }),
    ).toBe(1);
    await expect(activateUserByEmail(prisma, { label: "cli" }, "tidak-ada@x.go.id")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("changing one's own password", () => {
  it("needs the current password, keeps this browser signed in and signs the others out", async () => {
    const { user, actor, sessions } = await accountWithTwoSessions();
    await expect(
      changeOwnPassword(prisma, actor, {
        current: "salah-sekali-ini",
        next: "kuda-laut-berenang-7",
        confirm: "kuda-laut-berenang-7",
      }),
    ).rejects.toMatchObject({ fieldErrors: { current: expect.any(Array) } });
    await expect(
      changeOwnPassword(prisma, actor, {
        current: "kata-sandi-panjang",
        next: "kuda-laut-berenang-7",
        confirm: "kuda-laut",
      }),
    ).rejects.toMatchObject({ fieldErrors: { confirm: expect.any(Array) } });
    await expect(
      changeOwnPassword(prisma, actor, { current: "kata-sandi-panjang", next: "password", confirm: "password" }),
    ).rejects.toMatchObject({ fieldErrors: { next: expect.any(Array) } });
    expect(await live(sessions[1], user.id)).toBe(true);

    const { revokedSessions } = await changeOwnPassword(prisma, actor, {
      current: "kata-sandi-panjang",
      next: "kuda-laut-berenang-7",
      confirm: "kuda-laut-berenang-7",
    });
    expect(revokedSessions).toBe(1);
    expect(await live(sessions[0], user.id)).toBe(true);
    expect(await live(sessions[1], user.id)).toBe(false);
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("kuda-laut-berenang-7", stored.passwordHash!)).toBe(true);
  });
});

describe("an official's mail choices", () => {
  it("keep the language and switch off exactly the optional messages unticked, audited", async () => {
    const { user, actor } = await accountWithTwoSessions("AGENCY_ADMIN");
    expect(await setMailPreferences(prisma, actor, { locale: "en", reminders: false, digest: true })).toEqual({
      locale: "en",
      mailOff: ["REMINDER"],
    });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      locale: "en",
      mailOff: ["REMINDER"],
    });
    await setMailPreferences(prisma, actor, { locale: "id", reminders: true, digest: false });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      locale: "id",
      mailOff: ["DIGEST"],
    });
    expect(await prisma.auditLog.count({ where: { entityId: user.id, action: "user.mailPreferences" } })).toBe(2);
    await expect(
      setMailPreferences(prisma, actor, { locale: "fr" as "id", reminders: true, digest: true }),
    ).rejects.toMatchObject({ fieldErrors: { locale: expect.any(Array) } });
  });
});
