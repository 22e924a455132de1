// Times GET /api/health every 100 ms until SIGTERM, then prints {p95, max, samples} (ms) as
// JSON. Its own process, at normal priority, so the load test's attacking loops (niced, on the
// same two cores) delay only the server, never the clock that measures it.
import { Agent, get } from "node:http";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

const url = `${process.argv[2]}/api/health`;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const times = [];
let running = true;

const once = () =>
  new Promise((resolve) => {
    const start = performance.now();
    get(url, { agent }, (response) => {
      response.resume();
      response.on("end", () => resolve(performance.now() - start));
    }).on("error", () => resolve(performance.now() - start));
  });

process.on("SIGTERM", () => (running = false));
while (running) {
  times.push(await once());
  await sleep(100);
}
times.sort((a, b) => a - b);
const at = (q) => Math.round(times[Math.min(times.length - 1, Math.floor(times.length * q))] ?? 0);
process.stdout.write(JSON.stringify({ p95: at(0.95), max: Math.round(times.at(-1) ?? 0), samples: times.length }));
agent.destroy();
