// `npm run build`: the production build, stamped with the hash of the sources it was made
// from (scripts/lib/build-stamp.ts), so that `npm start` knows when it is out of date.
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { stampBuild } from "./lib/build-stamp";

const require = createRequire(import.meta.url);

/** `next build` as a child of this process, with its environment as it is now and its output on ours. */
const nextBuild = () =>
  [
    process.execPath,
    [require.resolve("next/dist/bin/next"), "build"],
    { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } },
  ] as const;

/** Runs `next build` and records what it was built from; throws when the build fails. */
export function buildApp(): void {
  if (spawnSync(...nextBuild()).status !== 0) throw new Error("next build failed");
  stampBuild();
}

/**
 * The same, in the background: `npm start` builds while the database is migrated and seeded (the
 * build reads no data — public pages are rendered on their first visit), so a first start waits
 * for the longer of the two, not their sum. Resolves once the build is stamped.
 */
export function buildAppInBackground(): Promise<void> {
  return new Promise((resolve, reject) => {
    const build = spawn(...nextBuild());
    build.on("error", reject);
    build.on("exit", (code) => {
      if (code !== 0) return reject(new Error("next build failed"));
      stampBuild();
      resolve();
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    buildApp();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
