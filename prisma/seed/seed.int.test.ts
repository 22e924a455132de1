import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { bekasiKecamatan } from "./areas";
import { DEMO_USERS } from "./demo-users";
import { DEMO_STAGE_NOTES } from "./rollout";

// The run's database was seeded once by test/global-setup.ts with seedDemo().
describe("demo seed", () => {
  it("holds Bekasi's 12 kecamatan and 56 kelurahan with their Kemendagri codes", async () => {
    const kecamatan = await prisma.kecamatan.findMany({ orderBy: { code: "asc" } });
    expect(kecamatan).toHaveLength(12);
    expect(kecamatan[0]).toEqual({ code: "32.75.01", name: "Bekasi Timur" });
    expect(kecamatan.map((k) => k.code)).toEqual(
      Array.from({ length: 12 }, (_, i) => `32.75.${String(i + 1).padStart(2, "0")}`),
    );
    const kelurahan = await prisma.kelurahan.findMany();
    expect(kelurahan).toHaveLength(56);
    expect(kelurahan.every((k) => /^32\.75\.\d{2}\.1\d{3}$/.test(k.code) && k.code.startsWith(k.kecamatanCode))).toBe(
      true,
    );
  });

  it("has about 25 agencies and 150 offices spread over every kecamatan", async () => {
    const agencies = await prisma.agency.count({
      where: {
        code: { in: ["DISDUKCAPIL", "DPMPTSP", "SATPAS-POLRES", "SAMSAT", "BPJS-KES", "BANK-BJB", "RSUD-CAM"] },
      },
    });
    expect(agencies).toBe(7);
    const seeded = await prisma.office.findMany({
      where: { rolloutEvents: { some: { note: { in: [...DEMO_STAGE_NOTES.REGISTERED] } } } },
      include: { kelurahan: true, services: true },
    });
    expect(seeded.length).toBeGreaterThanOrEqual(140);
    expect(seeded.length).toBeLessThanOrEqual(170);
    expect(new Set(seeded.map((o) => o.kelurahan.kecamatanCode)).size).toBe(12);
    expect(seeded.every((o) => o.services.length > 0)).toBe(true);
  });

  it("places each office in the kecamatan its name names, and has it join before its first visit", async () => {
    const squeezed = (name: string) => name.toLowerCase().replace(/[^a-z]/g, "");
    const offices = await prisma.office.findMany({
      where: { rolloutEvents: { some: { note: { in: [...DEMO_STAGE_NOTES.REGISTERED] } } } },
      include: { kelurahan: { include: { kecamatan: true } } },
    });
    const misplaced = offices.flatMap((office) =>
      bekasiKecamatan()
        .filter((k) => squeezed(office.name).includes(squeezed(k.name)) && k.code !== office.kelurahan.kecamatanCode)
        .map((k) => `${office.name} (named ${k.name}) is in ${office.kelurahan.kecamatan.name}`),
    );
    expect(misplaced).toEqual([]);
    expect(offices.find((o) => o.name === "Puskesmas Jatiasih")?.kelurahan.kecamatan.name).toBe("Jatiasih");

    const early = await prisma.$queryRaw<{ code: string }[]>`
      SELECT o.code FROM "Office" o
      WHERE EXISTS (SELECT 1 FROM "VisitEvent" e WHERE e."officeId" = o.id
        AND (e."occurredAt" + interval '7 hours')::date < (o."createdAt" + interval '7 hours')::date)`;
    expect(early).toEqual([]);
  });

  it("gives every office a dated rollout history that ends at its current stage", async () => {
    const offices = await prisma.office.findMany({
      where: { rolloutEvents: { some: { note: { in: [...DEMO_STAGE_NOTES.REGISTERED] } } } },
      include: { rolloutEvents: { orderBy: { at: "asc" } } },
    });
    for (const office of offices) {
      const events = office.rolloutEvents;
      expect(events[0].toStage).toBe("REGISTERED");
      expect(events[events.length - 1].toStage).toBe(office.stage);
      for (let i = 1; i < events.length; i++) expect(events[i].fromStage).toBe(events[i - 1].toStage);
    }
    const stages = new Set(offices.map((o) => o.stage));
    expect(stages.has("LIVE")).toBe(true);
    expect(stages.has("REGISTERED")).toBe(true);
  });

  it("has six months of daily traffic from September 2021", async () => {
    const range = await prisma.dailyTraffic.aggregate({
      _min: { day: true },
      _max: { day: true },
      _sum: { count: true },
    });
    expect(range._min.day!.toISOString().slice(0, 7)).toBe("2021-09");
    expect(range._max.day!.toISOString().slice(0, 10)).toBe("2022-02-28");
    expect(range._sum.count).toBeGreaterThan(300_000);
  });

  it("holds SE 440/1395/SET.COVID-19 with rules for permits, KTP-el and SIM, each with test cases", async () => {
    const circular = await prisma.circular.findUniqueOrThrow({
      where: { number: "440/1395/SET.COVID-19" },
      include: { rules: { include: { versions: { include: { testCases: true, clause: true } } } } },
    });
    expect(circular.issuedOn.toISOString().slice(0, 10)).toBe("2021-09-09");
    expect(circular.status).toBe("ACTIVE");
    const services = circular.rules.flatMap((r) =>
      r.versions.flatMap((v) => (v.definition as { scope: { services: string[] } }).scope.services),
    );
    for (const service of ["PERIZINAN", "KTP_EL", "SIM"]) expect(services).toContain(service);
    for (const version of circular.rules.flatMap((r) => r.versions)) {
      expect(version.testCases.length).toBeGreaterThan(0);
      expect(version.clause).not.toBeNull();
    }
  });

  it("has one demo user per role, the agency admin belonging to Disdukcapil", async () => {
    for (const [role, demo] of Object.entries(DEMO_USERS)) {
      const user = await prisma.user.findUniqueOrThrow({ where: { email: demo.email }, include: { agency: true } });
      expect(user.role).toBe(role);
      expect(user.passwordHash).toMatch(/^scrypt\$/);
      expect(user.agency?.code ?? null).toBe(role === "AGENCY_ADMIN" ? "DISDUKCAPIL" : null);
    }
  });
});
