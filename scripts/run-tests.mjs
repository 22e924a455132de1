// `npm test`: every test — unit and integration (Vitest, against a fresh Postgres: the
// server of DATABASE_URL, else embedded PGlite), then the production build, then
// Playwright in Chromium against it. Prints one closing line adding the runners up.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { summarise } from "./test-summary.mjs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(
    `Chromium not found at ${chromium}: run \`apt-get install -y chromium\` or set CHROMIUM_PATH to a Chromium binary.`,
  );
  process.exit(1);
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
rmSync("reports", { recursive: true, force: true });
mkdirSync("reports", { recursive: true });

function step(title, command, args) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  return result.status === 0;
}

const bin = (name) => `node_modules/.bin/${name}`;
const vitestOk = step("Vitest: unit + integration", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile=reports/vitest.json",
]);
const buildOk = step("next build", process.execPath, ["--import", "tsx", "scripts/build.ts"]);
const playwrightOk = buildOk && step("Playwright (Chromium)", bin("playwright"), ["test"]);

const { passed, failed } = summarise(["reports/vitest.json", "reports/playwright.json"]);
const buildFailed = buildOk ? 0 : 1;
console.log(`\ntests: ${passed} passed, ${failed + buildFailed} failed`);
process.exit(vitestOk && buildOk && playwrightOk && failed === 0 ? 0 : 1);
