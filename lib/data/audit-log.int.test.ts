import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { realNow } from "@/lib/clock";
import { addDays, wibDay } from "@/lib/day";
import { inviteUser, updateUser } from "@/lib/services/users";
import { auditParamsSchema } from "@/lib/validations/audit";
import { demoActor, uniqueSuffix } from "@/test/actors";
import { findAuditLog, findAuditLogForExport } from "./audit-log";

const params = (raw: Record<string, string>) => auditParamsSchema.parse(raw);

describe("the audit log in words", () => {
  it("names the object, links it, says what changed, and filters by action, object, actor and day", async () => {
    const admin = await demoActor("ADMIN");
    const email = `audit-${uniqueSuffix()}@bekasikota.go.id`.toLowerCase();
    const { user } = await inviteUser(prisma, admin, {
      email,
      name: "Petugas Audit",
      role: "HUMAS",
    });
    await updateUser(prisma, admin, user.id, { name: "Petugas Audit", role: "TASKFORCE" });

    const updates = await findAuditLog(admin, params({ action: "user.update", entity: "User", actor: admin.email }));
    const row = updates.rows.find((r) => r.entityId === user.id)!;
    expect(row.sentence).toBe(`${admin.email} mengubah akun Petugas Audit (${email})`);
    expect(row.href).toBe(`/admin/users/${user.id}`);
    expect(row.changes[0]).toEqual({ field: "role", before: "HUMAS", after: "TASKFORCE", changed: true });
    expect(updates.rows.every((r) => r.action === "user.update")).toBe(true);

    const english = await findAuditLog(admin, params({ action: "user.create" }), "en");
    expect(english.rows.find((r) => r.entityId === user.id)?.sentence).toBe(
      `${admin.email} created the account Petugas Audit (${email})`,
    );

    // The audit log is a guard record: dated on the real clock, whatever the business clock says.
    const today = wibDay(realNow());
    expect(
      (await findAuditLog(admin, params({ action: "user.update", from: today, to: today }))).total,
    ).toBeGreaterThan(0);
    const tomorrow = addDays(today, 1);
    expect((await findAuditLog(admin, params({ action: "user.update", from: tomorrow }))).total).toBe(0);

    const csv = await findAuditLogForExport(admin, params({ action: "user.update" }));
    expect(csv.map((r) => r.entityId)).toContain(user.id);
  });

  it("is for ADMIN only", async () => {
    await expect(findAuditLog(await demoActor("TASKFORCE"), params({}))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
