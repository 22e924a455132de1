import { describe, expect, it } from "vitest";
import { checkpointConfigSchema } from "@/lib/checkpoint/config";
import { prisma } from "@/lib/db";
import { createApiKey, revokeApiKey } from "@/lib/services/api-keys";
import { demoActor } from "@/test/actors";
import { POST as postEvents } from "../events/route";
import { GET } from "./route";

const get = (key: string) =>
  GET(new Request("http://localhost/api/v1/checkpoint", { headers: { Authorization: `Bearer ${key}` } }));

describe("checkpoint links", () => {
  it("give the desk its office, services, nearest post and rules, and record its checks as CHECKPOINT events", async () => {
    const admin = await demoActor("AGENCY_ADMIN");
    const link = await createApiKey(prisma, admin, {
      officeCode: "DISDUKCAPIL-004",
      label: "Tablet",
      kind: "CHECKPOINT",
    });
    const response = await get(link.key);
    expect(response.status).toBe(200);
    const config = checkpointConfigSchema.parse(await response.json());
    expect(config.office).toMatchObject({ code: "DISDUKCAPIL-004", agencyKind: "GOVERNMENT" });
    expect(config.office.services.map((s) => s.code)).toEqual(["ADMINDUK", "KTP_EL"]);
    const office = await prisma.office.findUniqueOrThrow({ where: { code: "DISDUKCAPIL-004" } });
    expect(config.post?.code).toBe(`VAKS-${office.kelurahanCode.slice(6, 8)}`);
    expect(config.rules.length).toBeGreaterThan(0);

    const id = `pos-test-${Date.now()}`;
    const sent = await postEvents(
      new Request("http://localhost/api/v1/events", {
        method: "POST",
        headers: { Authorization: `Bearer ${link.key}`, "Content-Type": "application/json" },
        body: JSON.stringify({
          events: [
            {
              id,
              occurredAt: "2022-02-14T09:00:00+07:00",
              service: "KTP_EL",
              outcome: "REFERRED",
              proof: "NONE",
              ageBand: "18-59",
              vaccinationPost: config.post!.code,
            },
          ],
        }),
      }),
    );
    expect(await sent.json()).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    expect(await prisma.visitEvent.findFirstOrThrow({ where: { externalId: id }, select: { source: true } })).toEqual({
      source: "CHECKPOINT",
    });

    await revokeApiKey(prisma, admin, link.id);
    expect((await get(link.key)).status).toBe(401);
  });

  it("refuse a scanner's key, and an agency admin cannot make a link for another agency's office", async () => {
    const admin = await demoActor("AGENCY_ADMIN");
    const scanner = await createApiKey(prisma, admin, { officeCode: "DISDUKCAPIL-004", label: "Pemindai" });
    expect((await get(scanner.key)).status).toBe(401);
    await expect(
      createApiKey(prisma, admin, { officeCode: "SAMSAT-001", label: "x", kind: "CHECKPOINT" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
