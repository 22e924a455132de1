import { describe, expect, it } from "vitest";
import { today } from "@/lib/clock";
import { wibDay } from "@/lib/day";
import { prisma } from "@/lib/db";
import { listPublishedAnnouncements } from "@/lib/data/announcements";
import { demoActor } from "@/test/actors";
import { createAnnouncement, publishErratum, setAnnouncementPublished, updateAnnouncement } from "./announcements";

const TEXT = {
  titleId: "Layanan Disdukcapil tutup 1 Maret",
  titleEn: "Disdukcapil services closed on 1 March",
  bodyId: "Seluruh kantor Disdukcapil tutup pada 1 Maret 2022.",
  bodyEn: "Every Disdukcapil office is closed on 1 March 2022.",
};

describe("announcements and errata", () => {
  it("keep a draft out of public view until it is published, and take it back when withdrawn", async () => {
    const humas = await demoActor("HUMAS");
    const draft = await createAnnouncement(prisma, humas, TEXT);
    expect((await listPublishedAnnouncements(50)).map((a) => a.id)).not.toContain(draft.id);
    await updateAnnouncement(prisma, humas, draft.id, { ...TEXT, titleEn: "Disdukcapil closed on 1 March" });
    await setAnnouncementPublished(prisma, humas, draft.id, true);
    const published = await listPublishedAnnouncements(50);
    expect(published.find((a) => a.id === draft.id)).toMatchObject({ titleEn: "Disdukcapil closed on 1 March" });
    // A published text is not edited in place: it is withdrawn first.
    await expect(updateAnnouncement(prisma, humas, draft.id, TEXT)).rejects.toMatchObject({ code: "CONFLICT" });
    await setAnnouncementPublished(prisma, humas, draft.id, false);
    expect((await listPublishedAnnouncements(50)).map((a) => a.id)).not.toContain(draft.id);
    const audit = await prisma.auditLog.findMany({ where: { entityId: draft.id }, orderBy: { id: "asc" } });
    expect(audit.map((e) => e.action)).toEqual([
      "announcement.create",
      "announcement.update",
      "announcement.publish",
      "announcement.withdraw",
    ]);
  });

  it("publish once when two officials press publish at the same moment (one audit row)", async () => {
    const [humas, taskforce] = [await demoActor("HUMAS"), await demoActor("TASKFORCE")];
    const draft = await createAnnouncement(prisma, humas, TEXT);
    const presses = await Promise.allSettled(
      Array.from({ length: 6 }, (_, n) => setAnnouncementPublished(prisma, n % 2 ? humas : taskforce, draft.id, true)),
    );
    expect(presses.filter((p) => p.status === "fulfilled")).toHaveLength(1);
    for (const press of presses)
      if (press.status === "rejected") expect(press.reason).toMatchObject({ code: "CONFLICT" });
    // Before: the "already published" check ran outside the transaction, and each press wrote its row.
    expect(await prisma.auditLog.count({ where: { entityId: draft.id, action: "announcement.publish" } })).toBe(1);
    await expect(setAnnouncementPublished(prisma, humas, "tidak-ada", true)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuse an announcement without its English text, naming the field, and store nothing", async () => {
    const before = await prisma.announcement.count();
    await expect(
      createAnnouncement(prisma, await demoActor("TASKFORCE"), { ...TEXT, bodyEn: "" }),
    ).rejects.toMatchObject({
      fieldErrors: { bodyEn: expect.any(Array) },
    });
    expect(await prisma.announcement.count()).toBe(before);
  });

  it("publish an erratum at once", async () => {
    const erratum = await publishErratum(prisma, await demoActor("HUMAS"), {
      affected: "Kunjungan Februari 2022, Jatiasih",
      descriptionId: "Laporan ganda dari satu kantor dihapus; jumlah turun 12.",
      descriptionEn: "A duplicate report of one office was removed; the total fell by 12.",
    });
    // Dated on SIGAP's clock, as announcements are: the demo's 3 Mar 2022, not the real day.
    expect(wibDay(erratum.publishedAt)).toBe(today());
  });
});
