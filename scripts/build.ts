// `npm run build`: the production build, stamped with the hash of the sources it was made
// from (scripts/lib/build-stamp.ts), so that `npm start` knows when it is out of date.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { stampBuild } from "./lib/build-stamp";

const require = createRequire(import.meta.url);

/** Runs `next build` and records what it was built from; throws when the build fails. */
export function buildApp(): void {
  const built = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (built.status !== 0) throw new Error("next build failed");
  stampBuild();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    buildApp();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
