import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { wibDay } from "@/lib/day";
import { getOfficeDetail } from "@/lib/data/offices";
import { demoActor, uniqueSuffix } from "@/test/actors";
import { createApiKey, revokeApiKey } from "./api-keys";
import { recordInspection } from "./inspections";
import { archiveOffice, changeStage, createOffice, updateOffice } from "./offices";
import { importOffices, previewOfficeImport } from "./offices-csv";
import { importReports, submitReport } from "./reports";

const office = (code: string) => ({
  code,
  name: `Loket Uji ${code}`,
  address: "Jl. Ahmad Yani No. 1",
  kelurahanCode: "32.75.01.1001",
  services: ["KTP_EL" as const],
});
const csvHeader = "code,name,address,kelurahan_code,services,opening_hours,contact_phone";

describe("[AGENCY_ADMIN] scoping of offices, reports and keys", () => {
  it("cannot read or write another agency's office, report or key", async () => {
    const admin = await demoActor("AGENCY_ADMIN");
    const other = "SAMSAT-001";
    await expect(getOfficeDetail(admin, other)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateOffice(prisma, admin, other, office(other))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(archiveOffice(prisma, admin, other)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(changeStage(prisma, admin, other, { toStage: "LIVE" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      submitReport(prisma, admin, {
        officeCode: other,
        day: "2022-02-10",
        checked: 1,
        servedVaccinated: 1,
        servedExempt: 0,
        referred: 0,
        denied: 0,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const key = await createApiKey(prisma, { label: "cli" }, { officeCode: other, label: "x" });
    await expect(revokeApiKey(prisma, admin, key.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } })).revokedAt).toBeNull();
    const csv = await importReports(
      prisma,
      admin,
      "office_code,day,checked,served_vaccinated,served_exempt,referred,denied\nSAMSAT-001,2022-02-10,5,5,0,0,0\n",
      { commit: true },
    );
    expect(csv.errors).toEqual([{ row: 2, column: "office_code", message: "Kantor SAMSAT-001 tidak ditemukan." }]);
  });

  it("creates offices only in its own agency, registered and audited", async () => {
    const admin = await demoActor("AGENCY_ADMIN");
    const code = `UJI-${uniqueSuffix()}`;
    const created = await createOffice(prisma, admin, office(code));
    expect(created.agencyId).toBe(admin.agencyId);
    expect(created.stage).toBe("REGISTERED");
    expect(await prisma.auditLog.count({ where: { entityId: created.id, action: "office.create" } })).toBe(1);
    await expect(
      createOffice(prisma, await demoActor("TASKFORCE"), office(`UJI-${uniqueSuffix()}`)),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("office CSV import", () => {
  it("names row, column and problem of each bad row, and saves nothing until the file is valid", async () => {
    const admin = await demoActor("AGENCY_ADMIN");
    const [a, b] = [`UJI-${uniqueSuffix()}A`, `UJI-${uniqueSuffix()}B`];
    const bad = [
      csvHeader,
      `${a},Loket A,Jl. Satu No. 1,32.75.01.1001,KTP_EL;ADMINDUK,,`,
      `${b},Loket B,Jl. Dua No. 2,32.75.99.1001,SULAP,,12`,
      `${a},Loket C,Jl. Tiga No. 3,32.75.02.1001,KTP_EL,,`,
    ].join("\n");
    const preview = await previewOfficeImport(prisma, bad);
    expect(preview.errors).toEqual([
      { row: 3, column: "services", message: expect.stringContaining("Pilihan tidak valid") },
      { row: 3, column: "contact_phone", message: "Nomor telepon kantor, mis. 021-8841234" },
      { row: 3, column: "kelurahan_code", message: "Kelurahan 32.75.99.1001 tidak ada di Kota Bekasi" },
      { row: 4, column: "code", message: `Kode ${a} sudah dipakai di baris 2` },
    ]);
    await expect(importOffices(prisma, admin, bad)).rejects.toThrow("4 kesalahan di berkas: tidak ada yang disimpan.");
    expect(await prisma.office.count({ where: { code: { in: [a, b] } } })).toBe(0);

    const good = [
      csvHeader,
      `${a},Loket A,"Jl. Satu No. 1, Bekasi",32.75.01.1001,KTP_EL;ADMINDUK,Senin–Jumat,021-8841234`,
      `${b},Loket B,Jl. Dua No. 2,32.75.02.1001,ADMINDUK,,`,
    ].join("\n");
    expect(await importOffices(prisma, admin, good)).toEqual({ created: 2 });
    const saved = await prisma.office.findUniqueOrThrow({ where: { code: a }, include: { services: true } });
    expect(saved).toMatchObject({ address: "Jl. Satu No. 1, Bekasi", agencyId: admin.agencyId });
    expect(saved.services.map((s) => s.serviceCode).sort()).toEqual(["ADMINDUK", "KTP_EL"]);
    expect((await previewOfficeImport(prisma, good)).errors.map((e) => e.message)).toEqual([
      `Kode ${a} sudah terdaftar di SIGAP`,
      `Kode ${b} sudah terdaftar di SIGAP`,
    ]);
  });
});

describe("rollout stages", () => {
  it("go on to the next stage in one step; a jump or a step back needs a reason, kept with the move", async () => {
    const admin = await demoActor("AGENCY_ADMIN");
    const code = `UJI-${uniqueSuffix()}`;
    await createOffice(prisma, admin, office(code));
    await changeStage(prisma, admin, code, { toStage: "STAFF_TRAINED" });
    await expect(changeStage(prisma, admin, code, { toStage: "LIVE" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { note: [expect.stringContaining("Alasan wajib")] },
    });
    await expect(changeStage(prisma, admin, code, { toStage: "REGISTERED" })).rejects.toMatchObject({
      code: "INVALID",
    });
    expect((await prisma.office.findUniqueOrThrow({ where: { code } })).stage).toBe("STAFF_TRAINED");
    await changeStage(prisma, admin, code, { toStage: "REGISTERED", note: "Petugas terlatih dipindahtugaskan" });
    const events = await prisma.rolloutEvent.findMany({ where: { office: { code } }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.toStage, e.note])).toEqual([
      ["REGISTERED", null],
      ["STAFF_TRAINED", null],
      ["REGISTERED", "Petugas terlatih dipindahtugaskan"],
    ]);
  });

  it("are dated and by whom; VERIFIED comes only from an inspection", async () => {
    const admin = await demoActor("AGENCY_ADMIN");
    const code = `UJI-${uniqueSuffix()}`;
    await createOffice(prisma, admin, office(code));
    await changeStage(prisma, admin, code, { toStage: "LIVE", note: "Pemindai terpasang" });
    await expect(changeStage(prisma, admin, code, { toStage: "VERIFIED" })).rejects.toMatchObject({
      fieldErrors: { toStage: ["Tahap ini hanya dapat ditetapkan oleh inspeksi Satgas"] },
    });
    const taskforce = await demoActor("TASKFORCE");
    await recordInspection(prisma, taskforce, {
      officeCode: code,
      visitedOn: "2022-02-20",
      findings: { scannerInUse: true },
      score: 90,
      verify: true,
    });
    const events = await prisma.rolloutEvent.findMany({ where: { office: { code } }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.fromStage, e.toStage])).toEqual([
      [null, "REGISTERED"],
      ["REGISTERED", "LIVE"],
      ["LIVE", "VERIFIED"],
    ]);
    expect(events[1]).toMatchObject({ byUserId: admin.id, note: "Pemindai terpasang" });
    expect(events[2].inspectionId).not.toBeNull();
    await expect(changeStage(prisma, admin, code, { toStage: "REGISTERED" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("a temporary closure suspends the office", async () => {
    const admin = await demoActor("AGENCY_ADMIN");
    const code = `UJI-${uniqueSuffix()}`;
    await createOffice(prisma, admin, office(code));
    await recordInspection(prisma, await demoActor("TASKFORCE"), {
      officeCode: code,
      visitedOn: "2022-02-20",
      findings: {},
      score: 20,
      verify: false,
      sanction: { kind: "TEMPORARY_CLOSURE", startsOn: "2022-02-21", endsOn: "2022-02-28" },
    });
    expect(await prisma.office.findUniqueOrThrow({ where: { code }, include: { sanctions: true } })).toMatchObject({
      stage: "SUSPENDED",
      sanctions: [{ kind: "TEMPORARY_CLOSURE" }],
    });
  });
});

describe("daily reports", () => {
  it("keep a correction as a new revision, the earlier one in the history", async () => {
    const admin = await demoActor("AGENCY_ADMIN");
    const code = `UJI-${uniqueSuffix()}`;
    await createOffice(prisma, admin, office(code));
    const report = {
      officeCode: code,
      day: "2022-02-10",
      checked: 40,
      servedVaccinated: 30,
      servedExempt: 2,
      referred: 6,
      denied: 2,
    };
    await submitReport(prisma, admin, report);
    await submitReport(prisma, admin, { ...report, checked: 42, servedVaccinated: 32, note: "Salah hitung" });
    const reports = await prisma.complianceReport.findMany({
      where: { office: { code } },
      orderBy: { revision: "asc" },
    });
    expect(reports.map((r) => [r.revision, r.isCurrent, r.checked])).toEqual([
      [1, false, 40],
      [2, true, 42],
    ]);
    expect(await prisma.auditLog.findFirst({ where: { entityId: reports[1].id } })).toMatchObject({
      action: "report.correct",
    });
  });

  it("refuse counts that do not add up, naming the field, and save nothing", async () => {
    const admin = await demoActor("AGENCY_ADMIN");
    const before = await prisma.complianceReport.count();
    await expect(
      submitReport(prisma, admin, {
        officeCode: "DISDUKCAPIL-001",
        day: "2022-02-10",
        checked: 5,
        servedVaccinated: 9,
        servedExempt: 0,
        referred: 0,
        denied: 0,
      }),
    ).rejects.toMatchObject({
      fieldErrors: { checked: ["Jumlah hasil (9) melebihi jumlah diperiksa (5)"] },
    });
    await expect(
      submitReport(prisma, admin, {
        officeCode: "DISDUKCAPIL-001",
        day: wibDay(new Date(Date.now() + 2 * 86_400_000)),
        checked: 1,
        servedVaccinated: 1,
        servedExempt: 0,
        referred: 0,
        denied: 0,
      }),
    ).rejects.toMatchObject({ fieldErrors: { day: ["Tanggal di masa depan"] } });
    expect(await prisma.complianceReport.count()).toBe(before);
  });

  it("CSV: rows are checked one by one and filed together only when all are valid", async () => {
    const admin = await demoActor("AGENCY_ADMIN");
    const code = `UJI-${uniqueSuffix()}`;
    await createOffice(prisma, admin, office(code));
    const header = "office_code,day,checked,served_vaccinated,served_exempt,referred,denied";
    const bad = `${header}\n${code},2022-02-11,10,8,0,2,0\n${code},11/02/2022,abc,1,0,0,0\n`;
    expect((await importReports(prisma, admin, bad, { commit: true })).errors).toEqual([
      { row: 3, column: "day", message: "Tanggal tidak valid (YYYY-MM-DD)" },
      { row: 3, column: "checked", message: "Diperiksa harus bilangan bulat (angka 0–9 saja)" },
    ]);
    expect(await prisma.complianceReport.count({ where: { office: { code } } })).toBe(0);
    expect(await importReports(prisma, admin, `${header}\n${code},2022-02-11,10,8,0,2,0\n`, { commit: true })).toEqual({
      reports: 1,
      errors: [],
    });
    expect(await prisma.complianceReport.count({ where: { office: { code } } })).toBe(1);
  });
});
