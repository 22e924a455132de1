import { afterAll, describe, expect, it } from "vitest";
import * as clock from "@/lib/clock";
import { prisma } from "@/lib/db";
import { addDays, type Day } from "@/lib/day";
import { findReleasedMonths, findLatestRelease, latestPublicMonth } from "@/lib/data/public-releases";
import { findMissingReports } from "@/lib/data/reporting-rates";
import { findVersionsInForce } from "@/lib/data/rules";
import { findDailyVisits } from "@/lib/data/traffic";
import { JOB_HANDLERS } from "@/lib/jobs/handlers";
import type { JobName } from "@/lib/jobs/schedule";
import { createApiKey } from "@/lib/services/api-keys";
import { activateCircular, createCircular } from "@/lib/services/circulars";
import { ingestEvents, type IngestOffice } from "@/lib/services/ingest";
import { importEventsCsv } from "@/lib/services/ingest-csv";
import { changeStage, createOffice } from "@/lib/services/offices";
import { publishRevision } from "@/lib/services/public-releases";
import { addTestCase } from "@/lib/services/rule-test-cases";
import { submitReport } from "@/lib/services/reports";
import { activateVersion, createDraftVersion } from "@/lib/services/rule-versions";
import { createRule } from "@/lib/services/rules";
import { presetRanges } from "@/lib/validations/period";
import { demoActor, testOffice, uniqueSuffix } from "@/test/actors";

// SIGAP run as a city runs it: 46 days on its clock, from the demo's today (3 Mar 2022) to
// mid-April. Each day the night's jobs run at their hours, desks, a scanner and a CSV upload
// bring visits (some late), the agency admin files its report, an office joins, a rule version
// scheduled weeks ahead takes effect; and each afternoon the test reads what the task force,
// the agency admin and the public see. The jobs are called as the queue calls them (their
// handlers); that the queue runs each once across instances is test/jobs-queue.int.test.ts.

const FIRST_DAY: Day = "2022-03-03";
const DAYS = 46;
const at = (day: Day, time: string) => new Date(`${day}T${time}:00+07:00`);
const msAfter = (instant: Date | undefined, from: Date) => (instant ? instant.getTime() - from.getTime() : NaN);
const weekday = (day: Day) => new Date(`${day}T00:00:00Z`).getUTCDay();

const JOBS_AT: [JobName, string][] = [
  ["month-close", "01:00"],
  ["release-revisions", "02:00"],
  ["reminders", "07:00"],
];
const LATE_FEBRUARY: Record<Day, number> = { "2022-03-10": 12, "2022-04-05": 6 };
const C_JOINS: Day = "2022-03-14";
const RULE_FROM: Day = "2022-03-21";
const SCANNER_STOPS_AFTER: Day = "2022-03-31";
const FORGOTTEN_REPORT: Day = "2022-03-17";

afterAll(() => clock.setClock(new Date(process.env.SIGAP_CLOCK_START!)));

let serial = 0;
function visits(office: IngestOffice, day: Day, count: number, source: "API" | "CHECKPOINT" | "CSV", hour = "09") {
  return ingestEvents(
    prisma,
    office,
    Array.from({ length: count }, (_, n) => ({
      id: `life-${uniqueSuffix()}-${serial++}`,
      occurredAt: `${day}T${hour}:${String(n % 60).padStart(2, "0")}:00+07:00`,
      service: "KTP_EL",
      outcome: n % 5 === 4 ? "REFERRED" : "SERVED_VACCINATED",
      proof: n % 5 === 4 ? "NONE" : "PEDULILINDUNGI_APP",
      ageBand: "18-59",
    })),
    source,
  );
}

async function liveOffice(name: string, admin: Awaited<ReturnType<typeof demoActor>>) {
  const { office } = await testOffice(name, ["KTP_EL"]);
  for (const toStage of ["STAFF_TRAINED", "SCANNER_READY", "LIVE"])
    await changeStage(prisma, admin, office.code, { toStage });
  return { ...office, services: ["KTP_EL"], joinedAt: office.createdAt };
}

/** A rule for health services, its version 1 activated now to take effect on RULE_FROM. */
async function scheduledRuleVersion() {
  const taskforce = await demoActor("TASKFORCE");
  const circular = await createCircular(prisma, taskforce, {
    number: `UJI/${uniqueSuffix()}`,
    issuedOn: FIRST_DAY,
    issuer: "Satgas Covid-19 Kota Bekasi",
    title: "Syarat vaksin layanan kesehatan non-darurat",
    body: "Mulai 21 Maret 2022 layanan kesehatan non-darurat mensyaratkan dua dosis.",
    effectiveFrom: `${FIRST_DAY}T00:00:00+07:00`,
    clauses: [{ number: "1", text: "Layanan kesehatan non-darurat mensyaratkan dua dosis." }],
  });
  await activateCircular(prisma, taskforce, circular.id);
  const rule = await createRule(prisma, taskforce, {
    circularId: circular.id,
    code: `UJI-${uniqueSuffix()}`,
    title: "Dua dosis untuk layanan kesehatan",
  });
  const version = await createDraftVersion(prisma, taskforce, rule.code, {
    validFrom: `${RULE_FROM}T00:00:00+07:00`,
    clauseId: circular.clauses[0].id,
    strength: "WAJIB",
    descriptionId: "Layanan kesehatan: dua dosis.",
    descriptionEn: "Health services: two doses.",
    definition: {
      scope: { services: ["KESEHATAN"], agencyKinds: ["GOVERNMENT", "PRIVATE"] },
      requirement: { minDoses: 2 },
      exemptions: [{ class: "UNDER_12" }],
      onFail: "REFER",
    },
  });
  await addTestCase(prisma, taskforce, version.id, {
    name: "Satu dosis dirujuk",
    expectedOutcome: "REFERRED",
    input: {
      service: "KESEHATAN",
      agencyKind: "GOVERNMENT",
      at: `${RULE_FROM}T09:00:00+07:00`,
      visitor: { status: "KUNING", doses: 1, age: 40, exemptions: [] },
    },
  });
  await activateVersion(prisma, taskforce, version.id);
  return version.id;
}

describe("a month in the life of SIGAP, on its clock", () => {
  it(`keeps what everyone sees consistent over ${DAYS} days`, { timeout: 600_000 }, async () => {
    clock.setClock(at(FIRST_DAY, "08:00"));
    const admin = await demoActor("AGENCY_ADMIN");
    const taskforce = await demoActor("TASKFORCE");
    const desk = await liveOffice("Meja Uji Kehidupan", admin);
    const scanner = await liveOffice("Pemindai Uji Kehidupan", admin);
    const versionId = await scheduledRuleVersion();
    let joined: IngestOffice | null = null;
    const februaryTries: Day[] = [];

    for (let i = 0; i < DAYS; i++) {
      const day = addDays(FIRST_DAY, i);
      const open = weekday(day) !== 0;

      // The night and the early morning: the scheduled jobs, at their hours.
      for (const [job, time] of JOBS_AT) {
        clock.setClock(at(day, time));
        const output = await JOB_HANDLERS[job]();
        if (job === "release-revisions" && (output.months as { month: string }[]).some((m) => m.month === "2022-02"))
          februaryTries.push(day);
      }

      // Office hours: the desk checks visitors, the scanner sends its batch, Mondays bring a CSV.
      clock.setClock(at(day, "09:30"));
      let today = 0;
      if (open) {
        today += (await visits(desk, day, 8, "CHECKPOINT")).accepted;
        if (day <= SCANNER_STOPS_AFTER) today += (await visits(scanner, day, 6, "API", "08")).accepted;
      }
      if (weekday(day) === 1) {
        const saturday = addDays(day, -2);
        const csv = [
          "office_code,id,occurred_at,service,outcome,proof,age_band",
          ...[0, 1, 2].map(
            (n) =>
              `${desk.code},life-csv-${uniqueSuffix()}-${n},${saturday}T10:0${n}:00+07:00,KTP_EL,SERVED_VACCINATED,PEDULILINDUNGI_QR,18-59`,
          ),
        ].join("\n");
        const upload = await importEventsCsv(prisma, admin, csv);
        expect(upload, `CSV of ${saturday}`).toMatchObject({ accepted: 3, errors: [] });
      }
      if (LATE_FEBRUARY[day]) {
        const late = await visits(desk, "2022-02-22", LATE_FEBRUARY[day], "API", "10");
        expect(late.accepted).toBe(LATE_FEBRUARY[day]);
      }

      // An office joins mid-stream: its key cannot bring visits from before it joined.
      if (day === C_JOINS) {
        const office = await createOffice(prisma, admin, {
          code: `UJI-${uniqueSuffix()}`,
          name: "Loket Uji Baru",
          address: "Jl. Uji No. 2",
          kelurahanCode: "32.75.01.1001",
          services: ["KTP_EL"],
        });
        await createApiKey(prisma, admin, { officeCode: office.code, label: "Pemindai baru" });
        joined = { id: office.id, services: ["KTP_EL"], joinedAt: office.createdAt };
        const before = await visits(joined, "2022-03-01", 3, "API");
        expect(before.accepted).toBe(0);
        expect(before.rejected[0].errors.occurredAt[0]).toContain(`sebelum kantor bergabung dengan SIGAP (${C_JOINS})`);
      }
      if (joined && open) today += (await visits(joined, day, 2, "API")).accepted;

      // The agency admin files the day's report at closing time, except one forgotten day.
      clock.setClock(at(day, "15:30"));
      if (weekday(day) >= 1 && weekday(day) <= 5 && day !== FORGOTTEN_REPORT)
        for (const office of [desk, scanner])
          await submitReport(prisma, admin, {
            officeCode: office.code,
            day,
            checked: "8",
            servedVaccinated: "7",
            servedExempt: "0",
            referred: "1",
            denied: "0",
          });

      // The afternoon: what the task force, the agency admin and the public see.
      clock.setClock(at(day, "16:00"));
      expect(clock.today()).toBe(day);
      const week = presetRanges(clock.today()).last7;
      expect(week).toEqual({ from: addDays(day, -6), to: day });
      const series = await findDailyVisits(taskforce, week);
      expect(series.at(-1)?.day).toBe(day);
      expect(series.at(-1)!.visits, `today's visits on ${day}`).toBeGreaterThanOrEqual(today);

      const published = await latestPublicMonth();
      expect(published, `the public's latest month on ${day}`).toBe(day >= "2022-04-03" ? "2022-03" : "2022-02");
      const releases = await findReleasedMonths();
      const february = releases.find((r) => r.month === "2022-02")!;
      expect(february.status, `February on ${day}`).toBe(
        day >= "2022-04-03" ? "final" : february.version === 1 ? "preliminary" : "revised",
      );
      const march = await findLatestRelease("2022-03");
      if (day < "2022-04-03") expect(march, `March before its release day (${day})`).toBeNull();
      // The clock runs on in real time after each setClock: the job's instant is 01.00 plus
      // the milliseconds the day's work took, so the release is dated within its minute.
      else
        expect(msAfter(march?.publishedAt, at("2022-04-03", "01:00")), "March dated 01.00").toSatisfy(
          (ms: number) => ms >= 0 && ms < 60_000,
        );

      const inForce = (await findVersionsInForce(clock.now())).some((v) => v.id === versionId);
      expect(inForce, `the scheduled rule version on ${day}`).toBe(day >= RULE_FROM);

      const missing = await findMissingReports(admin);
      const ours = missing.offices.filter((o) => o.code === desk.code || o.code === scanner.code);
      const forgotten = day >= FORGOTTEN_REPORT && day <= addDays(FORGOTTEN_REPORT, 6);
      // Today's report is in by 16.00; the forgotten day shows from that afternoon for a week.
      expect(
        ours.flatMap((o) => o.days),
        `reports missing on ${day}`,
      ).toEqual(forgotten ? [FORGOTTEN_REPORT, FORGOTTEN_REPORT] : []);
    }

    // February's late visits: tried the night after they arrived, not every night, and after
    // it became final the later ones stay with the officials, said to be after final.
    expect(februaryTries).toEqual(["2022-03-11"]);
    const february = (await findReleasedMonths()).find((r) => r.month === "2022-02")!;
    expect(february.status).toBe("final");
    expect(february.lateEvents).toBeGreaterThanOrEqual(LATE_FEBRUARY["2022-04-05"]);
    await expect(publishRevision(prisma, taskforce, "2022-02")).rejects.toMatchObject({ code: "CONFLICT" });

    // The agency heard about the forgotten report and about the scanner that went quiet.
    const reminders = await prisma.reminder.findMany({ where: { agencyId: admin.agencyId! }, orderBy: { day: "asc" } });
    const naming = (kind: string, code: string) =>
      reminders
        .filter((r) => r.kind === kind && (r.offices as { code: string }[]).some((o) => o.code === code))
        .map((r) => r.day.toISOString().slice(0, 10));
    expect(naming("MISSING_REPORTS", desk.code)).toContain(addDays(FORGOTTEN_REPORT, 1));
    const quiet = naming("STOPPED_SCANNING", scanner.code);
    expect(quiet[0]).toBe("2022-04-04");
    expect(naming("STOPPED_SCANNING", desk.code)).toEqual([]);
  });
});
