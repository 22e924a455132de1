// Adds up the JSON reports of Vitest and Playwright: `node scripts/test-summary.mjs FILES…`
// prints "tests: N passed, M failed". A missing report counts as one failure: a runner
// that crashed before reporting must not read as green.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

function countReport(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, "utf8"));
  if ("numPassedTests" in report) return { passed: report.numPassedTests, failed: report.numFailedTests };
  // The benchmark's smoke run (npm run bench -- --smoke): one check, that it ran to the end.
  if ("bench" in report) return report.completed ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  // Playwright: a flaky test passed on retry; unexpected ones failed.
  const stats = report.stats ?? {};
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0 };
}

/** Sums passed and failed tests over report files. */
export function summarise(files) {
  return files
    .map(countReport)
    .reduce((sum, c) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed }), { passed: 0, failed: 0 });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { passed, failed } = summarise(process.argv.slice(2));
  console.log(`tests: ${passed} passed, ${failed} failed`);
}
