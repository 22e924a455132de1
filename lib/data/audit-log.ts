import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { auditActionName, auditChanges, auditSentence, type AuditChange } from "@/lib/audit-sentences";
import { prisma } from "@/lib/db";
import { addDays, dayOfDate, wibDayStart } from "@/lib/day";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/dictionaries";
import { type Page, pageOf } from "@/lib/validations/list-params";
import type { AuditParams } from "@/lib/validations/audit";

export type AuditRow = {
  id: string;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  /** The object in words ("Kantor Kecamatan Jatiasih (KECAMATAN-009)"), and its page when it has one. */
  object: string;
  href: string | null;
  sentence: string;
  /** The action's short name ("Masuk"); `action` keeps the code for the CSV and IT. */
  actionName: string;
  changes: AuditChange[];
};

type Named = { label: string; href: string | null };

/** The names and pages of the objects of a page of entries, read with one query per kind of object. */
async function namesOf(entries: { entity: string; entityId: string }[]): Promise<Map<string, Named>> {
  const ids = (entity: string) => [...new Set(entries.filter((e) => e.entity === entity).map((e) => e.entityId))];
  const [users, offices, circulars, rules, versions, cases, keys, reports, inspections, announcements] =
    await Promise.all([
      prisma.user.findMany({ where: { id: { in: ids("User") } }, select: { id: true, name: true, email: true } }),
      prisma.office.findMany({ where: { id: { in: ids("Office") } }, select: { id: true, code: true, name: true } }),
      prisma.circular.findMany({
        where: { id: { in: ids("Circular") } },
        select: { id: true, number: true, slug: true },
      }),
      prisma.rule.findMany({ where: { id: { in: ids("Rule") } }, select: { id: true, code: true } }),
      prisma.ruleVersion.findMany({
        where: { id: { in: ids("RuleVersion") } },
        select: { id: true, version: true, rule: { select: { code: true } } },
      }),
      prisma.ruleTestCase.findMany({
        where: { id: { in: ids("RuleTestCase") } },
        select: { id: true, name: true, ruleVersion: { select: { version: true, rule: { select: { code: true } } } } },
      }),
      prisma.apiKey.findMany({
        where: { id: { in: ids("ApiKey") } },
        select: { id: true, label: true, prefix: true, office: { select: { code: true } } },
      }),
      prisma.complianceReport.findMany({
        where: { id: { in: ids("ComplianceReport") } },
        select: { id: true, day: true, office: { select: { code: true } } },
      }),
      prisma.inspection.findMany({
        where: { id: { in: ids("Inspection") } },
        select: { id: true, visitedOn: true, office: { select: { code: true } } },
      }),
      prisma.announcement.findMany({ where: { id: { in: ids("Announcement") } }, select: { id: true, titleId: true } }),
    ]);
  const names = new Map<string, Named>();
  const put = (entity: string, id: string, label: string, href: string | null) =>
    names.set(`${entity}|${id}`, { label, href });
  for (const u of users) put("User", u.id, `${u.name} (${u.email})`, `/admin/users/${u.id}`);
  for (const o of offices) put("Office", o.id, `${o.name} (${o.code})`, `/offices/${o.code}`);
  for (const c of circulars) put("Circular", c.id, c.number, `/circulars/${c.slug}`);
  for (const r of rules) put("Rule", r.id, r.code, `/rules/${r.code}`);
  for (const v of versions)
    put("RuleVersion", v.id, `${v.rule.code} v${v.version}`, `/rules/${v.rule.code}/v/${v.version}`);
  for (const c of cases) {
    const { version, rule } = c.ruleVersion;
    put("RuleTestCase", c.id, `"${c.name}" (${rule.code} v${version})`, `/rules/${rule.code}/v/${version}`);
  }
  for (const k of keys) put("ApiKey", k.id, `${k.label} (${k.prefix}, ${k.office.code})`, `/offices/${k.office.code}`);
  for (const r of reports)
    put("ComplianceReport", r.id, `${r.office.code} ${dayOfDate(r.day)}`, `/offices/${r.office.code}`);
  for (const i of inspections)
    put("Inspection", i.id, `${i.office.code} ${dayOfDate(i.visitedOn)}`, `/offices/${i.office.code}`);
  for (const a of announcements) put("Announcement", a.id, `"${a.titleId}"`, "/announcements");
  return names;
}

/** The where clause of the log's filters; dates are WIB days, inclusive. */
function whereOf(params: AuditParams): Prisma.AuditLogWhereInput {
  const q = params.q.trim();
  return {
    ...(params.action ? { action: params.action } : {}),
    ...(params.entity ? { entity: params.entity } : {}),
    ...(params.actor ? { actorLabel: { contains: params.actor, mode: "insensitive" } } : {}),
    ...(params.from || params.to
      ? {
          at: {
            ...(params.from ? { gte: wibDayStart(params.from) } : {}),
            ...(params.to ? { lt: wibDayStart(addDays(params.to, 1)) } : {}),
          },
        }
      : {}),
    ...(q
      ? {
          OR: [
            { action: { contains: q, mode: "insensitive" } },
            { entityId: q },
            { actorLabel: { contains: q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
}

/** Entries in words, with their objects named and what changed. */
async function describe(entries: Awaited<ReturnType<typeof prisma.auditLog.findMany>>, locale: Locale) {
  const names = await namesOf(entries);
  return entries.map((e): AuditRow => {
    const named = names.get(`${e.entity}|${e.entityId}`);
    const object = named?.label ?? (e.entityId === "-" ? "–" : `${e.entity} ${e.entityId}`);
    return {
      id: e.id.toString(),
      at: e.at.toISOString(),
      actor: e.actorLabel,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      object,
      href: named?.href ?? null,
      sentence: auditSentence(e.action, e.actorLabel, object, locale),
      actionName: auditActionName(e.action, locale),
      changes: auditChanges(e.before, e.after),
    };
  });
}

function assertReader(actor: Actor) {
  if (!can(actor, "audit.read")) throw new AppError("FORBIDDEN", "Anda tidak berwenang membaca log audit.");
}

/** A page of the audit log, newest first by default; only for those holding audit.read. */
export async function findAuditLog(actor: Actor, params: AuditParams, locale: Locale = "id"): Promise<Page<AuditRow>> {
  assertReader(actor);
  const where = whereOf(params);
  const [total, entries] = await prisma.$transaction([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      orderBy: [{ [params.sort.id]: params.sort.desc ? "desc" : "asc" }, { id: "desc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
    }),
  ]);
  return pageOf(params, total, await describe(entries, locale));
}

/** Every entry the filters find (at most `limit`, newest first), for the CSV. */
export async function findAuditLogForExport(actor: Actor, params: AuditParams, limit = 50_000): Promise<AuditRow[]> {
  assertReader(actor);
  const entries = await prisma.auditLog.findMany({ where: whereOf(params), orderBy: { id: "desc" }, take: limit });
  return describe(entries, "id");
}

/** The kinds of object the log holds, for the filter. */
export async function findAuditEntities(): Promise<string[]> {
  const rows = await prisma.auditLog.findMany({
    distinct: ["entity"],
    select: { entity: true },
    orderBy: { entity: "asc" },
  });
  return rows.map((r) => r.entity);
}
