// `npm run open-data:utility`: the share of numbers shown in every published version of every
// month of the database (DATABASE_URL, else the embedded one), table by table. Exits 1 when a
// month with at least 10 000 visits shows less than 85 % of its numbers.
import { prisma } from "@/lib/db";
import { meetsGoal } from "./bench/report";
import { measureUtility, utilityRow, utilityTable } from "./lib/open-data-utility";

const utility = await measureUtility(prisma);
console.log(utilityTable(utility));
const row = utilityRow(utility);
console.log(`\n${row.what}: ${row.value.toFixed(1)} % (goal ≥ ${row.goal.valueAtLeast} %)`);
await prisma.$disconnect();
process.exit(meetsGoal(row) ? 0 : 1);
