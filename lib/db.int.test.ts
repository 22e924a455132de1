import { describe, expect, it } from "vitest";
import { uniqueSuffix } from "@/test/actors";
import { prisma } from "./db";

// Prisma client 6.19.3 with @prisma/adapter-pg 7.10 is a pairing the notes verified by
// hand (shared/notes/prisma-offline.md); this keeps it verified on every run.
describe("Prisma client over the pg driver adapter", () => {
  it("creates, updates many in an interactive transaction, aggregates and runs raw SQL", async () => {
    const code = `T-${uniqueSuffix()}`;
    const agency = await prisma.agency.create({ data: { code, name: "Instansi Uji Adapter", kind: "PRIVATE" } });
    const kelurahan = await prisma.kelurahan.findFirstOrThrow();
    await prisma.office.createMany({
      data: [1, 2, 3].map((n) => ({
        code: `${code}-${n}`,
        agencyId: agency.id,
        kelurahanCode: kelurahan.code,
        name: `Kantor ${n}`,
        address: "Jl. Uji",
      })),
    });

    const updated = await prisma.$transaction(async (tx) => {
      const result = await tx.office.updateMany({ where: { agencyId: agency.id }, data: { stage: "LIVE" } });
      return result.count;
    });
    expect(updated).toBe(3);

    const live = await prisma.office.aggregate({
      where: { agencyId: agency.id, stage: "LIVE" },
      _count: { _all: true },
    });
    expect(live._count._all).toBe(3);

    const rows = await prisma.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM "Office" WHERE "agencyId" = ${agency.id}`;
    expect(Number(rows[0].n)).toBe(3);
  });

  it("rolls back every write of a transaction that fails", async () => {
    const code = `T-${uniqueSuffix()}`;
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.agency.create({ data: { code, name: "Dibatalkan", kind: "GOVERNMENT" } });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await prisma.agency.findUnique({ where: { code } })).toBeNull();
  });

  it("reads and writes the age-band codes of PRODUCT.md through the mapped enum", async () => {
    const rows = await prisma.$queryRaw<
      { band: string }[]
    >`SELECT DISTINCT "ageBand"::text AS band FROM "DailyTraffic" ORDER BY 1`;
    expect(rows.map((r) => r.band)).toEqual(["0-11", "12-17", "18-59", "60+"]);
  });
});
