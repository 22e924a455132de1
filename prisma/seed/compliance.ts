import type { Db } from "@/lib/db";
import type { StageStep } from "./rollout";
import type { SeedEvent } from "./visit-events";

// Demo compliance data: daily reports for the event window (mostly on time, a few late,
// missing or corrected), two offices whose reports disagree with their scanner, two whose
// reports never show a referral or denial, and an inspection behind every VERIFIED or
// SUSPENDED stage.

export type ReportQuirk = "honest" | "inflated" | "never-turns-away";

type ReportRow = {
  officeId: string;
  day: Date;
  revision: number;
  isCurrent: boolean;
  checked: number;
  servedVaccinated: number;
  servedExempt: number;
  referred: number;
  denied: number;
  submittedAt: Date;
  note: string | null;
};

/** Report rows of one office from its events, per WIB day. */
export function officeReportRows(
  officeId: string,
  events: readonly SeedEvent[],
  quirk: ReportQuirk,
  random: () => number,
): ReportRow[] {
  const byDay = new Map<string, SeedEvent[]>();
  for (const e of events) {
    const day = new Date(e.occurredAt.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), e]);
  }
  const rows: ReportRow[] = [];
  for (const [day, dayEvents] of byDay) {
    if (random() < 0.08) continue; // some days are never reported
    const count = (outcome: SeedEvent["outcome"]) => dayEvents.filter((e) => e.outcome === outcome).length;
    let referred = count("REFERRED");
    let denied = count("DENIED");
    let servedVaccinated = count("SERVED_VACCINATED") + count("SERVED_NO_REQUIREMENT");
    if (quirk === "never-turns-away") {
      servedVaccinated += referred + denied;
      referred = 0;
      denied = 0;
    }
    const checked = quirk === "inflated" ? dayEvents.length * 8 : dayEvents.length;
    const late = random() < 0.12;
    const base = new Date(`${day}T00:00:00Z`);
    // On time: next morning 08:00 WIB; late: two days later 14:00 WIB.
    const submittedAt = new Date(base.getTime() + (late ? 2 * 86_400_000 + 7 * 3_600_000 : 86_400_000 + 1 * 3_600_000));
    const row = {
      officeId,
      day: base,
      revision: 1,
      isCurrent: true,
      checked,
      servedVaccinated,
      servedExempt: count("SERVED_EXEMPT"),
      referred,
      denied,
      submittedAt,
      note: null,
    };
    if (random() < 0.04) {
      rows.push({ ...row, isCurrent: false, checked: checked + 5, servedVaccinated: servedVaccinated + 5 });
      rows.push({
        ...row,
        revision: 2,
        submittedAt: new Date(submittedAt.getTime() + 6 * 3_600_000),
        note: "Koreksi: salah hitung",
      });
    } else rows.push(row);
  }
  return rows;
}

/** The inspection behind a VERIFIED or SUSPENDED stage in an office's history. */
export async function seedInspections(
  db: Db,
  officeId: string,
  history: readonly StageStep[],
  random: () => number,
): Promise<void> {
  for (const step of history) {
    if (step.stage !== "VERIFIED" && step.stage !== "SUSPENDED") continue;
    const passed = step.stage === "VERIFIED";
    const inspection = await db.inspection.create({
      data: {
        officeId,
        visitedOn: new Date(`${step.at.toISOString().slice(0, 10)}T00:00:00Z`),
        score: passed ? 75 + Math.floor(random() * 24) : 30 + Math.floor(random() * 20),
        findings: {
          scannerInUse: passed,
          staffTrained: true,
          posterDisplayed: passed || random() < 0.5,
          everyVisitorChecked: passed,
          referralsRecorded: passed,
        },
        notes: passed ? "Pemindaian berjalan baik." : "Pemindai tidak digunakan; pengunjung tidak diperiksa.",
        ...(passed
          ? {}
          : {
              sanctions: {
                create: {
                  officeId,
                  kind: "TEMPORARY_CLOSURE",
                  startsOn: new Date(`${step.at.toISOString().slice(0, 10)}T00:00:00Z`),
                },
              },
            }),
      },
    });
    await db.rolloutEvent.updateMany({
      where: { officeId, toStage: step.stage, at: step.at },
      data: { inspectionId: inspection.id },
    });
  }
}
