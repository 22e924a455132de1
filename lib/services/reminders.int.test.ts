import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { findRecentReminders } from "@/lib/data/reminders";
import { demoActor, testOffice, uniqueSuffix } from "@/test/actors";
import { ingestEvents } from "./ingest";
import { remindAgencies } from "./reminders";

// The daily reminders job against the seeded database, on days chosen by the test.

async function scanningOffice(name: string, days: string[]) {
  const { office, admin } = await testOffice(name, ["KTP_EL"]);
  await prisma.office.update({ where: { id: office.id }, data: { stage: "LIVE" } });
  const result = await ingestEvents(
    prisma,
    { id: office.id, services: ["KTP_EL"], joinedAt: office.createdAt },
    days.map((day, n) => ({
      id: `remind-${uniqueSuffix()}-${n}`,
      occurredAt: `${day}T09:00:00+07:00`,
      service: "KTP_EL",
      outcome: "SERVED_VACCINATED",
      proof: "PEDULILINDUNGI_APP",
      ageBand: "18-59",
    })),
    "API",
  );
  expect(result.accepted).toBe(days.length);
  return { office, admin };
}

describe("daily reminders", () => {
  it("name an office that went quiet, not one still scanning, once per day, to its own agency only", async () => {
    const quiet = await scanningOffice("Loket Uji Sepi", ["2022-02-18", "2022-02-21"]);
    const busy = await scanningOffice("Loket Uji Ramai", ["2022-02-18", "2022-03-02"]);
    // 07.00 WIB on 4 Mar: the last three days are 1–3 Mar.
    const at = new Date("2022-03-04T07:00:00+07:00");
    const first = await remindAgencies(prisma, at);
    expect(first.day).toBe("2022-03-04");
    expect(first.reminders).toBeGreaterThan(0);

    const stopped = await prisma.reminder.findUniqueOrThrow({
      where: {
        agencyId_day_kind: { agencyId: quiet.office.agencyId, day: new Date("2022-03-04"), kind: "STOPPED_SCANNING" },
      },
    });
    const codes = (stopped.offices as { code: string }[]).map((o) => o.code);
    expect(codes).toContain(quiet.office.code);
    expect(codes).not.toContain(busy.office.code);

    // The job run again (a retry, a second instance): nobody is reminded twice.
    expect((await remindAgencies(prisma, at)).reminders).toBe(0);

    // Reports missing look at the week up to yesterday: today's report is not due at 07.00.
    const reports = await prisma.reminder.findMany({ where: { day: new Date("2022-03-04"), kind: "MISSING_REPORTS" } });
    const days = reports.flatMap((r) => (r.offices as { days: string[] }[]).flatMap((o) => o.days));
    expect(days.length).toBeGreaterThan(0);
    expect(days.every((d) => d >= "2022-02-25" && d <= "2022-03-03")).toBe(true);

    // The agency admin sees its agency's reminders, and only those.
    const seen = await findRecentReminders(quiet.admin);
    expect(seen.some((r) => r.kind === "STOPPED_SCANNING" && r.offices.some((o) => o.code === quiet.office.code))).toBe(
      true,
    );
    const named = seen.flatMap((r) => r.offices.map((o) => o.code));
    const agencies = await prisma.office.findMany({ where: { code: { in: named } }, select: { agencyId: true } });
    expect(new Set(agencies.map((o) => o.agencyId))).toEqual(new Set([quiet.office.agencyId]));
    const taskforce = await findRecentReminders(await demoActor("TASKFORCE"));
    expect(taskforce.length).toBeGreaterThan(seen.length);
  });

  it("mail each agency admin of an agency with something to do, once a day, unless switched off", async () => {
    const quiet = await scanningOffice("Loket Uji Diam", ["2022-02-08", "2022-02-10"]);
    const agencyId = quiet.office.agencyId;
    const optedOut = await prisma.user.create({
      data: {
        email: `tanpa-pengingat-${uniqueSuffix()}@bekasikota.go.id`.toLowerCase(),
        name: "Admin Tanpa Pengingat",
        role: "AGENCY_ADMIN",
        agencyId,
        passwordHash: "x",
        mailOff: ["REMINDER"],
      },
    });
    const invited = await prisma.user.create({
      data: {
        email: `belum-aktif-${uniqueSuffix()}@bekasikota.go.id`.toLowerCase(),
        name: "Admin Diundang",
        role: "AGENCY_ADMIN",
        agencyId,
      },
    });
    // 07.00 WIB on 15 Feb: the office last scanned on 10 Feb.
    const at = new Date("2022-02-15T07:00:00+07:00");
    const first = await remindAgencies(prisma, at);
    expect(first.messages).toBeGreaterThan(0);
    const mine = await prisma.mailMessage.findUniqueOrThrow({
      where: { key: `reminder:2022-02-15:${quiet.admin.id}` },
    });
    expect(mine).toMatchObject({ kind: "REMINDER", to: quiet.admin.email, userId: quiet.admin.id });
    expect(mine.text).toContain("Loket Uji Diam");
    expect(mine.text).toMatch(/berhenti memindai/);
    expect(mine.text).toContain("/account");
    // Reports missing over the week to yesterday are named with their days.
    expect(mine.text).toMatch(/Laporan kepatuhan yang belum masuk/);
    // Only agency admins of the agencies named; not one who switched reminders off, nor one invited.
    const recipients = await prisma.mailMessage.findMany({
      where: { key: { startsWith: "reminder:2022-02-15:" } },
      select: { userId: true },
    });
    const users = await prisma.user.findMany({ where: { id: { in: recipients.map((r) => r.userId!) } } });
    expect(users.every((u) => u.role === "AGENCY_ADMIN")).toBe(true);
    expect(users.map((u) => u.id)).not.toContain(optedOut.id);
    expect(users.map((u) => u.id)).not.toContain(invited.id);

    // Run again (a retry, another instance): nobody is mailed twice.
    expect((await remindAgencies(prisma, at)).messages).toBe(0);
    expect(await prisma.mailMessage.count({ where: { key: `reminder:2022-02-15:${quiet.admin.id}` } })).toBe(1);
  });
});
