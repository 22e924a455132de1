// What the benchmark measures over HTTP: latency of single requests, throughput under
// concurrent load (autocannon, as the issues' figures were taken), first-load JavaScript.
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";

export type Latency = { p50: number; p95: number; status: number };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Milliseconds of one whole response (body read to the end). */
async function timeRequest(url: string, cookie?: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

/** p50/p95 of `runs` sequential requests after one warm-up request (which may fill a cache). */
export async function latency(url: string, cookie: string | undefined, runs: number): Promise<Latency> {
  const warm = await timeRequest(url, cookie);
  if (warm.status !== 200) throw new Error(`${url} answered ${warm.status}`);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timeRequest(url, cookie)).ms);
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), status: warm.status };
}

/** Milliseconds of a function: median of `runs`. */
export async function medianMs(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

export type Load = { requestsPerSecond: number; non2xx: number; errors: number };

/** Requests per second under `connections` concurrent clients for `seconds` (2xx only). */
export async function load(url: string, connections: number, seconds: number): Promise<Load> {
  const result = await autocannon({ url, connections, duration: seconds });
  const ok = result["2xx"];
  return { requestsPerSecond: ok / seconds, non2xx: result.non2xx, errors: result.errors + result.timeouts };
}

/** Gzipped KB of the scripts a page loads first (every <script src> except noModule polyfills). */
export async function firstLoadJsKb(baseUrl: string, path: string, cookie?: string): Promise<number> {
  const html = await (await fetch(`${baseUrl}${path}`, { headers: cookie ? { Cookie: cookie } : {} })).text();
  const sources = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1])
    .filter((attributes) => !/\bnoModule\b/i.test(attributes))
    .map((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1])
    .filter((src): src is string => Boolean(src));
  let bytes = 0;
  for (const src of new Set(sources))
    bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer())).length;
  return bytes / 1024;
}
