// A scanner's server-side ingestion in its own process, killed with SIGKILL by
// test/kill/kill-ingestion.int.test.ts at a random moment. Sends its batches in order and
// prints the index of each batch the database confirmed.
import { ingestEvents } from "@/lib/services/ingest";
import { prisma } from "@/lib/db";
import { batchesFor } from "./batches";

const [officeId, services] = [process.argv[2], process.argv[3].split(",")];
const { createdAt: joinedAt } = await prisma.office.findUniqueOrThrow({ where: { id: officeId } });
for (const [index, batch] of batchesFor(officeId).entries()) {
  await ingestEvents(prisma, { id: officeId, services, joinedAt }, batch, "API");
  process.stdout.write(`${index}\n`);
}
process.exit(0);
