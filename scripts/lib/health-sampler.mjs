// Times GET /api/health every 100 ms between a "start" and a "stop" line on stdin, and after
// each "stop" prints {p95, max, samples} (ms) as one JSON line. Its own process, started before
// the load test lowers its own priority, so the attacking loops (niced, on the same two cores)
// delay only the server, never the clock that measures it.
import { Agent, get } from "node:http";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";

const url = `${process.argv[2]}/api/health`;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
let times = null;

const once = () =>
  new Promise((resolve) => {
    const start = performance.now();
    get(url, { agent }, (response) => {
      response.resume();
      response.on("end", () => resolve(performance.now() - start));
    }).on("error", () => resolve(performance.now() - start));
  });

async function sample(into) {
  while (times === into) {
    into.push(await once());
    await sleep(100);
  }
}

for await (const line of createInterface({ input: process.stdin })) {
  if (line === "start") void sample((times = []));
  if (line === "stop" && times) {
    const sorted = [...times].sort((a, b) => a - b);
    times = null;
    const p95 = Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0);
    process.stdout.write(`${JSON.stringify({ p95, max: Math.round(sorted.at(-1) ?? 0), samples: sorted.length })}\n`);
  }
}
agent.destroy();
