import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { demoActor, uniqueSuffix } from "@/test/actors";
import { sendWeeklyDigest } from "./digest";

describe("the weekly digest", () => {
  it("mails the task force the week's figures once, in each one's language, not to those who switched it off", async () => {
    const taskforce = await demoActor("TASKFORCE");
    const english = await prisma.user.create({
      data: {
        email: `satgas-en-${uniqueSuffix()}@bekasikota.go.id`.toLowerCase(),
        name: "Task Force Reader",
        role: "TASKFORCE",
        passwordHash: "x",
        locale: "en",
      },
    });
    const off = await prisma.user.create({
      data: {
        email: `satgas-off-${uniqueSuffix()}@bekasikota.go.id`.toLowerCase(),
        name: "Satgas Tanpa Ringkasan",
        role: "TASKFORCE",
        passwordHash: "x",
        mailOff: ["DIGEST"],
      },
    });
    const { to, messages } = await sendWeeklyDigest(prisma);
    expect(messages).toBeGreaterThanOrEqual(2);
    const mine = await prisma.mailMessage.findUniqueOrThrow({ where: { key: `digest:${to}:${taskforce.id}` } });
    expect(mine.subject).toMatch(/ringkasan mingguan/);
    expect(mine.text).toMatch(/Kantor memindai PeduliLindungi: [\d.]+ dari [\d.]+/);
    expect(mine.text).toMatch(/Tingkat pelaporan 7 hari: (\d+(,\d)?\s?%|–)/);
    expect(mine.text).toMatch(/Rilis data publik diterbitkan pekan ini: \d+/);
    const theirs = await prisma.mailMessage.findUniqueOrThrow({ where: { key: `digest:${to}:${english.id}` } });
    expect(theirs.subject).toMatch(/weekly summary/);
    expect(theirs.text).toContain("Dear Task Force Reader");
    expect(await prisma.mailMessage.count({ where: { userId: off.id } })).toBe(0);
    // Only the task force gets it.
    const all = await prisma.mailMessage.findMany({ where: { key: { startsWith: `digest:${to}:` } } });
    const roles = await prisma.user.findMany({
      where: { id: { in: all.map((m) => m.userId!) } },
      select: { role: true },
    });
    expect(new Set(roles.map((r) => r.role))).toEqual(new Set(["TASKFORCE"]));

    expect((await sendWeeklyDigest(prisma)).messages).toBe(0);
  });
});
