import { writeAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db";
import { seededRandom } from "@/lib/random";
import { SERVICE_CATEGORIES } from "@/lib/vocabulary";
import { AGENCIES, type AgencySeed } from "./agencies";
import { officeReportRows, seedInspections, type ReportQuirk } from "./compliance";
import { bekasiKecamatan, bekasiKelurahan, type Area } from "./areas";
import { SE_1395, SE_1395_RULES, se1395EngineRules } from "./circular";
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD, DEMO_USERS } from "./demo-users";
import { DEMO_STAGE_NOTES, liveSince, rolloutHistory } from "./rollout";
import { officeTrafficRows, type TrafficRow } from "./traffic";
import { nearestPost } from "@/lib/referrals/nearest-post";
import { rebuildTrafficCubes } from "@/lib/services/traffic-cubes";
import { releaseFirst } from "@/lib/services/public-releases";
import { remindAgencies } from "@/lib/services/reminders";
import { now } from "@/lib/clock";
import { circularSlug } from "@/lib/rules/circular-slug";
import { wibDayStart } from "@/lib/day";
import { firstReleaseOn } from "@/lib/stats/release-calendar";
import { MONTH_CLOSE_HOUR_WIB } from "@/lib/jobs/schedule";
import { vaccinationPosts } from "./vaccination-posts";
import { insertRows } from "./bulk-insert";
import {
  EVENTS_FROM,
  EVENTS_TO,
  officeVisitEvents,
  rollupEvents,
  rollupReferrals,
  type SeedEvent,
} from "./visit-events";

const SEED = 20210909;
/** Offices whose demo reports misbehave, for the mismatch flags (see compliance.ts). */
const REPORT_QUIRKS: Record<string, ReportQuirk> = {
  "BANK-BNI-002": "inflated",
  "PEGADAIAN-001": "inflated",
  "KELURAHAN-010": "never-turns-away",
  "KELURAHAN-030": "never-turns-away",
};
const INSERT_BATCH = 4000;

/** True when the database already holds SIGAP data (the demo seed then does nothing). */
export async function isSeeded(db: Db): Promise<boolean> {
  return (await db.kecamatan.count()) > 0;
}

/** Reference data every deployment needs: Bekasi's kecamatan and kelurahan, service categories. */
export async function seedReference(db: Db, log: (line: string) => void = () => {}): Promise<void> {
  const kecamatan = bekasiKecamatan();
  const kelurahan = bekasiKelurahan();
  await db.kecamatan.createMany({ data: kecamatan.map((k) => ({ code: k.code, name: k.name })) });
  await db.kelurahan.createMany({
    data: kelurahan.map((k) => ({ code: k.code, name: k.name, kecamatanCode: k.parentCode })),
  });
  await db.serviceCategory.createMany({
    data: SERVICE_CATEGORIES.map((s) => ({ code: s.code, nameId: s.id, nameEn: s.en })),
  });
  log(`wilayah: ${kecamatan.length} kecamatan, ${kelurahan.length} kelurahan`);
}

/** Fills an empty database with the reference data and the deterministic Kota Bekasi demo. */
export async function seedDemo(db: Db, log: (line: string) => void = () => {}): Promise<void> {
  const random = seededRandom(SEED);
  await seedReference(db, log);
  const [kecamatan, kelurahan] = [bekasiKecamatan(), bekasiKelurahan()];
  const posts = await db.vaccinationPost.createManyAndReturn({ data: vaccinationPosts(kecamatan, kelurahan) });

  const traffic: TrafficRow[] = [];
  const events: SeedEvent[] = [];
  const rules = se1395EngineRules();
  const eventsFrom = new Date(`${EVENTS_FROM}T00:00:00Z`);
  const reports: ReturnType<typeof officeReportRows> = [];
  let officeCount = 0;
  for (const agencySeed of AGENCIES) {
    const agency = await db.agency.create({
      data: {
        code: agencySeed.code,
        name: agencySeed.name,
        kind: agencySeed.kind,
        rolloutDeadline: new Date(`${agencySeed.deadline}T00:00:00Z`),
      },
    });
    for (const [index, place] of officePlaces(agencySeed, kecamatan, kelurahan, random).entries()) {
      const code = `${agencySeed.code}-${String(index + 1).padStart(3, "0")}`;
      // The offices with report quirks are live, so the mismatch flags have something to show.
      const history = rolloutHistory(random, {
        late: agencySeed.kind === "PRIVATE" && random() < 0.3,
        live: code in REPORT_QUIRKS,
      });
      const last = history[history.length - 1];
      const office = await db.office.create({
        data: {
          code,
          agencyId: agency.id,
          kelurahanCode: place.kelurahanCode,
          name: place.name,
          address: `Jl. ${place.streetName} No. ${1 + Math.floor(random() * 200)}, ${place.kelurahanName}`,
          openingHours:
            agencySeed.kind === "PRIVATE" || agencySeed.services.includes("KESEHATAN")
              ? "Senin–Jumat 08.00–15.00, Sabtu 08.00–12.00"
              : "Senin–Jumat 08.00–15.00",
          stage: last.stage,
          stageChangedAt: last.at,
          // It joined SIGAP when it was registered: visits before that day are refused (provenance).
          createdAt: history[0].at,
          services: { create: agencySeed.services.map((serviceCode) => ({ serviceCode })) },
          rolloutEvents: {
            create: history.map((step, i) => ({
              fromStage: i === 0 ? null : history[i - 1].stage,
              toStage: step.stage,
              at: step.at,
              note: DEMO_STAGE_NOTES[step.stage][officeCount % DEMO_STAGE_NOTES[step.stage].length],
            })),
          },
        },
      });
      officeCount++;
      const since = liveSince(history);
      if (since) {
        const window = {
          liveFrom: new Date(since.toISOString().slice(0, 10) + "T00:00:00Z"),
          liveUntil: last.stage === "SUSPENDED" ? last.at : undefined,
        };
        const opensSaturday = agencySeed.kind === "PRIVATE" || agencySeed.services.includes("KESEHATAN");
        const sized = { services: agencySeed.services, visitsPerDay: agencySeed.visitsPerDay, opensSaturday };
        traffic.push(
          ...officeTrafficRows(
            { officeId: office.id, agencyKind: agencySeed.kind, ...sized, ...window, until: eventsFrom },
            rules,
            random,
          ),
        );
        const postId = nearestPost(place.kelurahanCode, posts)?.id ?? null;
        const officeEvents = officeVisitEvents(
          { officeId: office.id, officeCode: code, agencyKind: agencySeed.kind, postId, ...sized },
          rules,
          window,
          random,
        );
        events.push(...officeEvents);
        reports.push(...officeReportRows(office.id, officeEvents, REPORT_QUIRKS[code] ?? "honest", random));
      }
      await seedInspections(db, office.id, history, random);
    }
  }
  log(`instansi: ${AGENCIES.length} instansi, ${officeCount} kantor; ${posts.length} pos vaksinasi`);

  traffic.push(...rollupEvents(events));
  await insertRows(db, "DailyTraffic", traffic);
  await insertRows(db, "VisitEvent", events);
  await insertRows(db, "DailyReferral", rollupReferrals(events));
  await inBatches(reports, (data) => db.complianceReport.createMany({ data }));
  await rebuildTrafficCubes(db);
  log(
    `lalu lintas harian: ${traffic.length} baris; kunjungan ${EVENTS_FROM}–${EVENTS_TO}: ${events.length} kejadian; ${reports.length} laporan`,
  );

  await seedCircular(db);
  await seedUsers(db);
  await writeAudit(
    db,
    { label: "seed" },
    {
      action: "seed.demo",
      entity: "Database",
      entityId: "demo",
      after: { agencies: AGENCIES.length, offices: officeCount },
    },
  );
  log("surat edaran, aturan dan pengguna demo dibuat");
  const released = await releaseAsScheduled(db);
  log(`rilis data publik: ${released.length} bulan, diperiksa pemecah (HiGHS), masing-masing pada hari rilisnya`);
  // This morning's reminders, as the 07.00 job would have left them on the demo's today.
  const { reminders } = await remindAgencies(db, now());
  log(`pengingat hari ini: ${reminders}`);
}

/**
 * Releases each month of the demo whose release day has come on SIGAP's clock, dated as the
 * month-close job would have made it that day: the demo's history reads as if SIGAP had run.
 */
async function releaseAsScheduled(db: Db): Promise<string[]> {
  const months = (await db.trafficMonth.findMany({ select: { month: true }, orderBy: { month: "asc" } })).map(
    (m) => m.month,
  );
  const released: string[] = [];
  for (const month of months) {
    const at = new Date(wibDayStart(firstReleaseOn(month)).getTime() + MONTH_CLOSE_HOUR_WIB * 3_600_000);
    if (at > now()) continue;
    await releaseFirst(db, month, at);
    released.push(month);
  }
  return released;
}

/** Inserts rows a few thousand at a time (a statement holds at most 65 535 parameters). */
async function inBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_BATCH) await insert(rows.slice(start, start + INSERT_BATCH));
}

type OfficePlace = { name: string; kelurahanCode: string; kelurahanName: string; streetName: string };

const STREETS = [
  "Ahmad Yani",
  "Ir. H. Juanda",
  "Chairil Anwar",
  "Pramuka",
  "Kalimalang",
  "Cut Mutia",
  "Sultan Agung",
  "Pekayon Raya",
  "Narogong",
  "Raya Jatiasih",
  "Hankam",
  "Agus Salim",
];

function officePlaces(agency: AgencySeed, kecamatan: Area[], kelurahan: Area[], random: () => number): OfficePlace[] {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const place = (name: string, k: Area): OfficePlace => ({
    name,
    kelurahanCode: k.code,
    kelurahanName: k.name,
    streetName: pick(STREETS),
  });
  const firstKelurahanOf = (kec: Area) => kelurahan.find((k) => k.parentCode === kec.code)!;
  switch (agency.offices.placement) {
    case "each-kecamatan": {
      const { namePrefix, main } = agency.offices;
      const perKecamatan = kecamatan.map((kec) => place(`${namePrefix} ${kec.name}`, firstKelurahanOf(kec)));
      return main ? [place(main, pick(kelurahan)), ...perKecamatan] : perKecamatan;
    }
    case "each-kelurahan": {
      const { namePrefix } = agency.offices;
      return kelurahan.map((k) => place(`${namePrefix} ${k.name}`, k));
    }
    case "spread":
      // The random pick is drawn even when the name places the office, so the demo's other
      // random choices stay as they were.
      return agency.offices.names.map((name) => {
        const drawn = pick(kelurahan);
        return place(name, placeNamedIn(name, kecamatan, kelurahan) ?? drawn);
      });
  }
}

const squeezed = (name: string) => name.toLowerCase().replace(/[^a-z]/g, "");

/**
 * The kelurahan an office's name places it in: a kelurahan it names ("Puskesmas Bintara"),
 * else the first kelurahan of a kecamatan it names ("Gerai Perizinan Jatiasih"), the longest
 * name winning; spaces do not count ("Pondok Melati" is Pondokmelati). Undefined when it names none.
 */
export function placeNamedIn(name: string, kecamatan: Area[], kelurahan: Area[]): Area | undefined {
  const named = (areas: Area[]) =>
    areas
      .filter((area) => squeezed(name).includes(squeezed(area.name)))
      .sort((a, b) => b.name.length - a.name.length)[0];
  const inKecamatan = named(kecamatan);
  const village = named(kelurahan);
  if (village && (!inKecamatan || village.parentCode === inKecamatan.code)) return village;
  return inKecamatan && kelurahan.find((k) => k.parentCode === inKecamatan.code);
}

async function seedCircular(db: Db): Promise<void> {
  const circular = await db.circular.create({
    data: {
      number: SE_1395.number,
      slug: circularSlug(SE_1395.number),
      issuedOn: new Date(`${SE_1395.issuedOn}T00:00:00Z`),
      issuer: SE_1395.issuer,
      title: SE_1395.title,
      body: SE_1395.body,
      status: "ACTIVE",
      effectiveFrom: new Date(SE_1395.effectiveFrom),
      clauses: { create: SE_1395.clauses },
    },
    include: { clauses: true },
  });
  for (const rule of SE_1395_RULES) {
    await db.rule.create({
      data: {
        code: rule.code,
        title: rule.title,
        circularId: circular.id,
        versions: {
          create: rule.versions.map((v) => ({
            version: v.version,
            status: "ACTIVE",
            strength: v.strength,
            clauseId: circular.clauses.find((c) => c.number === v.clause)?.id,
            validFrom: new Date(v.validFrom),
            validTo: v.validTo ? new Date(v.validTo) : null,
            definition: v.definition,
            descriptionId: v.descriptionId,
            descriptionEn: v.descriptionEn,
            activatedAt: new Date(v.validFrom),
            testCases: { create: v.cases.map((c) => ({ name: c.name, input: c.input, expectedOutcome: c.expected })) },
          })),
        },
      },
    });
  }
}

async function seedUsers(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const [role, user] of Object.entries(DEMO_USERS)) {
    const agency = user.agencyCode ? await db.agency.findUniqueOrThrow({ where: { code: user.agencyCode } }) : null;
    await db.user.create({
      data: {
        email: user.email,
        name: user.name,
        role: role as keyof typeof DEMO_USERS,
        passwordHash,
        agencyId: agency?.id,
        ...(role === "ADMIN" ? { totpSecret: DEMO_ADMIN_TOTP_SECRET, totpEnabledAt: new Date() } : {}),
      },
    });
  }
}
