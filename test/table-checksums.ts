import type pg from "pg";
import { appTables } from "@/scripts/lib/backup";

/** Every app table's row count and a digest of its rows (order-independent): equal digests, equal data. */
export async function tableChecksums(db: pg.Pool | pg.Client): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const name of await appTables(db)) {
    const { rows } = await db.query<{ n: string; digest: string | null }>(
      `SELECT count(*) AS n, md5(string_agg(row_to_json(t)::text, '|' ORDER BY row_to_json(t)::text)) AS digest FROM "${name}" t`,
    );
    sums[name] = `${rows[0].n}:${rows[0].digest ?? "-"}`;
  }
  return sums;
}
