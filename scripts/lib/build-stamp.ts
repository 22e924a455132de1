import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

// `npm start` builds when the code changed since the last build, not only when there is no
// build: after a `git pull` the old build would otherwise be served (with new migrations under
// it). What counts is a hash of the files a build reads, written beside the build.

/** The folders and files `next build` reads; tests and generated code are left out. */
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "prisma",
  "public",
  "types",
  "proxy.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];
const LEFT_OUT = /(^|\/)(generated|node_modules)(\/|$)|\.(int\.)?test\.tsx?$/;

/** Where the hash of the sources of the build in `.next` is kept. */
export const STAMP_FILE = ".next/SIGAP_SOURCES";

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  const entries = readdirSync(full, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((file) => !LEFT_OUT.test(file));
}

/** A hash of every build input under `root`, by path and content (order-independent of the disk). */
export function sourceHash(root = "."): string {
  const hash = createHash("sha256");
  const files = BUILD_INPUTS.flatMap((input) =>
    existsSync(join(root, input)) && !readdirSafe(join(root, input)) ? [input] : filesUnder(root, input),
  ).sort();
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update("\0");
  return hash.digest("hex");
}

/** Whether `path` is a folder (readdir works); a file or nothing is false. */
function readdirSafe(path: string): boolean {
  try {
    readdirSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Why a build is needed before starting ("no build", "the code changed"), or null when the build is current. */
export function buildNeeded(root = "."): string | null {
  if (!existsSync(join(root, ".next/BUILD_ID"))) return "no build yet";
  const stamp = join(root, STAMP_FILE);
  if (!existsSync(stamp)) return "the build has no record of its sources";
  return readFileSync(stamp, "utf8").trim() === sourceHash(root) ? null : "the code changed since the last build";
}

/** Records that the build in `.next` was made from the sources as they are now. */
export function stampBuild(root = "."): void {
  writeFileSync(join(root, STAMP_FILE), `${sourceHash(root)}\n`);
}
