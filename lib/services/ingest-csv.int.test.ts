import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { demoActor, uniqueSuffix } from "@/test/actors";
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
});
