import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";

// `npm start` records where its embedded database listens, so that the CLI and the seed
// can use the same database while the app runs (PGlite allows one process per data dir).
type EmbeddedState = { port: number; pid: number };

function stateFile(dataDir: string): string {
  return path.join(dataDir, "embedded.json");
}

/** Records the running embedded server of this data dir. */
export function writeEmbeddedState(dataDir: string, state: EmbeddedState): void {
  writeFileSync(stateFile(dataDir), JSON.stringify(state));
}

/** Forgets the running embedded server (on shutdown). */
export function clearEmbeddedState(dataDir: string): void {
  rmSync(stateFile(dataDir), { force: true });
}

/** The port of an embedded server already serving this data dir, if one answers. */
export async function runningEmbeddedPort(dataDir: string): Promise<number | undefined> {
  if (!existsSync(stateFile(dataDir))) return undefined;
  const state = JSON.parse(readFileSync(stateFile(dataDir), "utf8")) as EmbeddedState;
  return (await portAnswers(state.port)) ? state.port : undefined;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** The connection URL of an embedded server on `port`. */
export function embeddedUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}
