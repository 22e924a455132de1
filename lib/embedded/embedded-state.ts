import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";

// `npm start` records where its embedded database listens, so that the CLI and the seed
// can use the same database while the app runs (PGlite allows one process per data dir).
type EmbeddedState = { socketDir: string; pid: number };

function stateFile(dataDir: string): string {
  return path.join(dataDir, "embedded.json");
}

/** Records the running embedded server of this data dir (readable by this OS user only). */
export function writeEmbeddedState(dataDir: string, state: EmbeddedState): void {
  writeFileSync(stateFile(dataDir), JSON.stringify(state), { mode: 0o600 });
}

/** Forgets the running embedded server (on shutdown). */
export function clearEmbeddedState(dataDir: string): void {
  rmSync(stateFile(dataDir), { force: true });
}

/** The socket directory of an embedded server already serving this data dir, if one answers. */
export async function runningEmbeddedSocket(dataDir: string): Promise<string | undefined> {
  if (!existsSync(stateFile(dataDir))) return undefined;
  const state = JSON.parse(readFileSync(stateFile(dataDir), "utf8")) as Partial<EmbeddedState>;
  if (typeof state.socketDir !== "string") return undefined; // written by an older SIGAP (TCP port)
  return (await socketAnswers(path.join(state.socketDir, ".s.PGSQL.5432"))) ? state.socketDir : undefined;
}

function socketAnswers(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ path: socketPath });
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** The connection URL of an embedded server whose socket is in `socketDir` (pg reads ?host= as the socket directory). */
export function embeddedUrl(socketDir: string): string {
  return `postgresql://postgres@localhost:5432/postgres?host=${encodeURIComponent(socketDir)}&sslmode=disable`;
}
