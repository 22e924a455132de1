"use server";
import { prisma } from "@/lib/db";
import { importEventsCsv } from "@/lib/services/ingest-csv";
import { ARG, boundedCsv, csvText } from "./arguments";
import { defineAction } from "./define-action";

/** Stores one chunk of an uploaded visit-event CSV (the page sends a large file in chunks, with progress). */
export const importEventsChunkAction = defineAction({
  permission: "events.upload",
  args: [boundedCsv, ARG.firstRow, ARG.backfillReason],
  run: async (actor, file, firstRow, backfillReason) =>
    importEventsCsv(prisma, actor, await csvText(file), firstRow, backfillReason),
});
