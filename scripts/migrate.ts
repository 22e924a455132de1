// `npm run db:migrate`: applies every pending migration (DATABASE_URL or the embedded database).
import { migrateDeploy } from "./lib/prisma-cli";
import { withDatabase } from "./lib/with-database";

await withDatabase(async (url) => {
  await migrateDeploy(url);
  console.log("Migrations applied.");
});
