import { databaseIsUp } from "@/lib/data/health";

export const dynamic = "force-dynamic";

/** GET /api/health → { status, db }: 200 when the database answers, 503 when not. */
export async function GET() {
  const db = await databaseIsUp();
  return Response.json(
    { status: db ? "ok" : "degraded", db: db ? "up" : "down" },
    { status: db ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
