// `npm run test:fuzz [-- --full] [-- --seed N]`: the fuzz suite (test/fuzz) on its own.
// `npm test` runs it at 25 cases per target; --full runs 1 000 per target.
import { spawnSync } from "node:child_process";

const args = process.argv.slice(2);
const seedAt = args.indexOf("--seed");
const env = {
  ...process.env,
  FUZZ_RUNS: args.includes("--full") ? "1000" : (process.env.FUZZ_RUNS ?? "25"),
  ...(seedAt >= 0 ? { FUZZ_SEED: args[seedAt + 1] } : {}),
};
const result = spawnSync("node_modules/.bin/vitest", ["run", "--project", "integration", "test/fuzz"], {
  stdio: "inherit",
  env,
});
process.exit(result.status ?? 1);
