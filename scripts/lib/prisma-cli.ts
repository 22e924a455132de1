import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Runs the Prisma CLI (`prisma ARGS…`) against `databaseUrl`; resolves with its stdout. */
export function runPrismaCli(args: string[], databaseUrl: string, options: { quiet?: boolean } = {}): Promise<string> {
  const bin = require.resolve("prisma/build/index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) {
        if (!options.quiet) process.stderr.write(stderr);
        // The CLI announces its config file on stdout; it is not part of any output we use.
        resolve(stdout.replace(/^Loaded Prisma config from .*\n?/m, ""));
      } else {
        reject(new Error(`prisma ${args.join(" ")} failed (exit ${code}):\n${stderr}${stdout}`));
      }
    });
  });
}

/** Applies every migration under prisma/migrations. */
export async function migrateDeploy(databaseUrl: string): Promise<void> {
  await runPrismaCli(["migrate", "deploy"], databaseUrl, { quiet: true });
}
