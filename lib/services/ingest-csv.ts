import "server-only";
import { writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/permissions";
import { columnOfField, readCsvRecords, type CsvRowError } from "@/lib/csv";
import type { Db } from "@/lib/db";
import { AppError, msg } from "@/lib/errors";
import { ingestEvents } from "./ingest";
import { getScopedOffice } from "@/lib/data/scoped-office";
import { EVENT_CSV_OPTIONAL, EVENT_CSV_REQUIRED } from "@/lib/event-csv-columns";

/**
 * Visit events uploaded as CSV by an agency admin for its offices, through the same
 * ingestion as the API: valid rows are stored (once, by office and id), each bad row is
 * named with its column. `firstRow` is the file line of the first record (for chunks).
 * With a `backfillReason` the file may hold visits from before an office joined SIGAP (kept
 * on paper, say); each office's backfill is written to the audit log with the reason.
 */
export async function importEventsCsv(
  db: Db,
  actor: Actor,
  csv: string,
  firstRow = 2,
  backfillReason?: string,
): Promise<{ accepted: number; duplicates: number; errors: CsvRowError[] }> {
  const { records, errors } = readCsvRecords(csv, { required: EVENT_CSV_REQUIRED, optional: EVENT_CSV_OPTIONAL });
  const shift = firstRow - 2;
  const byOffice = new Map<string, { row: number; event: Record<string, unknown> }[]>();
  for (const { row, values } of records) {
    const event: Record<string, unknown> = {
      id: values.id,
      occurredAt: values.occurred_at,
      service: values.service,
      outcome: values.outcome,
      proof: values.proof,
      ageBand: values.age_band,
    };
    if (values.pl_status) event.plStatus = values.pl_status;
    // Digits become a number; anything else ("0x10", "1e3") goes as text, which the schema refuses by name.
    if (values.doses) event.doses = /^\d+$/.test(values.doses) ? Number(values.doses) : values.doses;
    if (values.exemption) event.exemption = values.exemption;
    if (values.vaccination_post) event.vaccinationPost = values.vaccination_post;
    byOffice.set(values.office_code, [...(byOffice.get(values.office_code) ?? []), { row: row + shift, event }]);
  }
  let accepted = 0;
  let duplicates = 0;
  for (const [code, rows] of byOffice) {
    let office;
    try {
      office = await getScopedOffice(db, actor, code);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      errors.push(
        ...rows.map(({ row }) => ({
          row,
          column: "office_code",
          message: `Kantor ${code || msg("(kosong)")} tidak ditemukan di instansi Anda`,
        })),
      );
      continue;
    }
    const services = (await db.officeService.findMany({ where: { officeId: office.id } })).map((s) => s.serviceCode);
    const result = await ingestEvents(
      db,
      { id: office.id, services, joinedAt: office.createdAt },
      rows.map((r) => r.event),
      "CSV",
      { backfill: backfillReason !== undefined },
    );
    if (backfillReason !== undefined && result.accepted > 0)
      await writeAudit(db, actor, {
        action: "events.backfill",
        entity: "Office",
        entityId: office.code,
        after: { reason: backfillReason, accepted: result.accepted, firstRow, joinedAt: office.createdAt },
      });
    accepted += result.accepted;
    duplicates += result.duplicates;
    for (const { index, errors: fieldErrors } of result.rejected) {
      for (const [field, messages] of Object.entries(fieldErrors))
        errors.push({ row: rows[index].row, column: columnOfField(field), message: messages.join("; ") });
    }
  }
  return { accepted, duplicates, errors: errors.sort((a, b) => a.row - b.row) };
}
