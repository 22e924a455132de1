import { wibDay, type Day, type Month } from "@/lib/day";
import { env } from "@/lib/env";

// SIGAP's one clock. The business day — visits, reports, releases, rollout, presets, what
// "today" means on every page — follows `now()`, which SIGAP_CLOCK_START may set to another
// instant (the demo runs in March 2022; a rehearsal runs next month) and which then runs
// forward in real time. What guards access — session and token lifetimes, lockouts, rate
// windows, one-time codes — follows `realNow()`: a set clock must never extend a session or
// replay a second-factor code. Nothing else reads the time (test/architecture.test.ts).

const realMs = () => Date.now();

/** Business time minus real time (ms): 0 unless the clock was set. */
let offsetMs: number | undefined;

function offset(): number {
  if (offsetMs === undefined) {
    const { SIGAP_CLOCK_START: start, SIGAP_CLOCK_ANCHOR: anchor } = env();
    offsetMs = start ? Date.parse(start) - (anchor ? Date.parse(anchor) : realMs()) : 0;
  }
  return offsetMs;
}

/** The instant SIGAP believes it is: the business clock. */
export function now(): Date {
  return new Date(nowMs());
}

/** `now()` in milliseconds since the epoch. */
export function nowMs(): number {
  return realMs() + offset();
}

/** Today in Bekasi (WIB) on the business clock. */
export function today(): Day {
  return wibDay(now());
}

/** This month in Bekasi (WIB), YYYY-MM, on the business clock. */
export function thisMonth(): Month {
  return today().slice(0, 7);
}

/** Whether the business clock was set away from the real time. */
export function clockIsSet(): boolean {
  return offset() !== 0;
}

/** The real time: for what guards access (sessions, lockouts, rate windows, one-time codes). */
export function realNow(): Date {
  return new Date(realMs());
}

/** `realNow()` in milliseconds since the epoch. */
export function realNowMs(): number {
  return realMs();
}

/**
 * Sets the business clock to `at` from this moment on (it runs forward from there): for tests
 * and the month-in-the-life simulation, which move a process through days.
 */
export function setClock(at: Date): void {
  offsetMs = at.getTime() - realMs();
}
