import { describe, expect, it } from "vitest";
import { hashApiKey } from "@/lib/auth/api-key";
import { prisma } from "@/lib/db";
import { demoActor } from "@/test/actors";
import { createApiKey, revokeApiKey } from "./api-keys";

describe("createApiKey", () => {
  it("returns the key once and stores only its hash and prefix", async () => {
    const created = await createApiKey(prisma, { label: "cli" }, { officeCode: "SAMSAT-001", label: "Pemindai pintu" });
    expect(created.key).toMatch(/^sgp_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const stored = await prisma.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.hash).toBe(hashApiKey(created.key));
    expect(JSON.stringify(stored)).not.toContain(created.key);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: "ApiKey", entityId: created.id } });
    expect(JSON.stringify({ before: audit.before, after: audit.after })).not.toContain(created.key);
  });

  it("logs a checkpoint link as a checkpoint link, and a scanner key as an API key", async () => {
    const link = await createApiKey(prisma, { label: "cli" }, { officeCode: "SAMSAT-001", kind: "CHECKPOINT" });
    const key = await createApiKey(prisma, { label: "cli" }, { officeCode: "SAMSAT-001" });
    const actionOf = async (id: string) =>
      (await prisma.auditLog.findFirstOrThrow({ where: { entity: "ApiKey", entityId: id } })).action;
    expect(await actionOf(link.id)).toBe("checkpoint.create");
    expect(await actionOf(key.id)).toBe("apikey.create");
    await revokeApiKey(prisma, { label: "cli" }, link.id);
    const revoked = await prisma.auditLog.findFirstOrThrow({
      where: { entity: "ApiKey", entityId: link.id, action: { not: "checkpoint.create" } },
    });
    expect(revoked.action).toBe("checkpoint.revoke");
  });

  it("[AGENCY_ADMIN] cannot create a key for another agency's office", async () => {
    const actor = await demoActor("AGENCY_ADMIN");
    const before = await prisma.apiKey.count();
    await expect(createApiKey(prisma, actor, { officeCode: "SAMSAT-001", label: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await prisma.apiKey.count()).toBe(before);
    const own = await createApiKey(prisma, actor, { officeCode: "DISDUKCAPIL-001", label: "Loket 1" });
    expect(own.officeCode).toBe("DISDUKCAPIL-001");
  });

  it("names the office field when the office does not exist", async () => {
    await expect(createApiKey(prisma, { label: "cli" }, { officeCode: "TIDAK-ADA", label: "x" })).rejects.toMatchObject(
      {
        fieldErrors: { officeCode: expect.any(Array) },
      },
    );
  });
});
