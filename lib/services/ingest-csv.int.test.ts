import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { demoActor, testOffice, uniqueSuffix } from "@/test/actors";
import { importEventsCsv } from "./ingest-csv";

const header = "office_code,id,occurred_at,service,outcome,proof,age_band,pl_status,doses,exemption";

describe("visit events by CSV", () => {
  it("stores good rows once, names each bad row, and refuses another agency's office", async () => {
    const admin = await demoActor("AGENCY_ADMIN");
    const id = uniqueSuffix();
    const csv = [
      header,
      `DISDUKCAPIL-001,${id}-1,2022-02-15T09:00:00+07:00,KTP_EL,SERVED_VACCINATED,PEDULILINDUNGI_APP,18-59,HIJAU,2,`,
      `DISDUKCAPIL-001,${id}-2,2022-02-15T09:05:00+07:00,KTP_EL,REFERRED,NONE,99-120,MERAH,0,`,
      `SAMSAT-001,${id}-3,2022-02-15T09:10:00+07:00,SAMSAT,SERVED_VACCINATED,PEDULILINDUNGI_APP,18-59,,,`,
      `DISDUKCAPIL-001,${id}-4,2022-02-15T09:15:00+07:00,ADMINDUK,SERVED_EXEMPT,NONE,0-11,MERAH,0,`,
    ].join("\n");
    const result = await importEventsCsv(prisma, admin, csv);
    expect(result.accepted).toBe(2);
    expect(result.errors).toEqual([
      { row: 3, column: "age_band", message: expect.stringContaining("Pilihan tidak valid") },
      { row: 4, column: "office_code", message: "Kantor SAMSAT-001 tidak ditemukan di instansi Anda" },
    ]);
    const again = await importEventsCsv(prisma, admin, csv, 2);
    expect(again).toMatchObject({ accepted: 0, duplicates: 2 });
    expect(await prisma.visitEvent.count({ where: { externalId: { startsWith: id } } })).toBe(2);
  });

  it("numbers rows by their line in the whole file when sent in chunks", async () => {
    const admin = await demoActor("AGENCY_ADMIN");
    const csv = `${header}\nDISDUKCAPIL-001,${uniqueSuffix()},bukan-waktu,KTP_EL,SERVED_VACCINATED,PEDULILINDUNGI_APP,18-59,,,\n`;
    expect((await importEventsCsv(prisma, admin, csv, 2002)).errors).toEqual([
      { row: 2002, column: "occurred_at", message: expect.stringContaining("occurredAt") },
    ]);
  });

  it("takes visits from before an office joined only as a backfill with a reason, written to the audit log", async () => {
    const { office, admin } = await testOffice("Loket Uji Susulan", ["KTP_EL"], {
      joinedAt: new Date("2022-03-01T09:00:00+07:00"),
    });
    const id = uniqueSuffix();
    const csv = [
      header,
      `${office.code},${id}-1,2022-02-16T09:00:00+07:00,KTP_EL,SERVED_VACCINATED,PEDULILINDUNGI_APP,18-59,HIJAU,2,`,
      `${office.code},${id}-2,2022-03-01T09:30:00+07:00,KTP_EL,SERVED_VACCINATED,PEDULILINDUNGI_APP,18-59,HIJAU,2,`,
    ].join("\n");
    const plain = await importEventsCsv(prisma, admin, csv);
    expect(plain).toMatchObject({ accepted: 1, duplicates: 0 });
    expect(plain.errors).toEqual([
      {
        row: 2,
        column: "occurred_at",
        message: expect.stringContaining("sebelum kantor bergabung dengan SIGAP (2022-03-01)"),
      },
    ]);
    expect(await prisma.auditLog.count({ where: { action: "events.backfill", entityId: office.code } })).toBe(0);

    const reason = "Buku tamu kertas loket, 16 Februari 2022";
    const backfill = await importEventsCsv(prisma, admin, csv, 2, reason);
    expect(backfill).toEqual({ accepted: 1, duplicates: 1, errors: [] });
    expect(await prisma.visitEvent.count({ where: { officeId: office.id } })).toBe(2);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "events.backfill", entityId: office.code },
    });
    expect(audit).toMatchObject({ actorId: admin.id, after: expect.objectContaining({ reason, accepted: 1 }) });
  });
});
