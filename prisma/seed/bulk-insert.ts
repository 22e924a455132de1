import type { Db } from "@/lib/db";
import { ageBandFromDb } from "@/lib/vocabulary";

// The demo's bulk rows (88 000 traffic rows, 96 000 visits) go in as one JSON parameter per
// batch, expanded by json_populate_recordset, instead of Prisma's createMany with a parameter
// per value: on the embedded database that took 31 s for the traffic rows alone, most of the
// first start's wait.

const BATCH = 10_000;

/** Prisma's name of an AgeBand (AGE_18_59) as the database spells it ("18-59"); other enums are spelt alike. */
const databaseValue = (column: string, value: unknown) =>
  column === "ageBand" ? ageBandFromDb(value as Parameters<typeof ageBandFromDb>[0]) : value;

/**
 * Inserts `rows` (model fields as keys, as createMany takes them) into `table`. Columns no row
 * sets keep their database default; a Prisma-side default (a cuid id) is not applied, so tables
 * with one are not for this.
 */
export async function insertRows(db: Db, table: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row).filter((key) => row[key] !== undefined)))];
  if (columns.length === 0) return;
  const list = columns.map((column) => `"${column}"`).join(", ");
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows
      .slice(start, start + BATCH)
      .map((row) => Object.fromEntries(columns.map((column) => [column, databaseValue(column, row[column]) ?? null])));
    // Inline, dollar-quoted: the embedded server's socket loses a bound JSON parameter of this
    // size ("unnamed prepared statement does not exist"); the seed's own rows hold no "$rows$".
    const json = JSON.stringify(batch);
    if (json.includes("$rows$")) throw new Error(`A row of ${table} holds "$rows$"`);
    await db.$executeRawUnsafe(
      `INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $rows$${json}$rows$)`,
    );
  }
}
