import { afterEach, describe, expect, it, vi } from "vitest";

// The clock module keeps its offset in module state: each case loads a fresh copy.
async function freshClock(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return import("./clock");
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe("SIGAP's clock", () => {
  it("is the real time when nothing sets it", async () => {
    const clock = await freshClock({ SIGAP_CLOCK_START: undefined });
    expect(Math.abs(clock.nowMs() - Date.now())).toBeLessThan(1000);
    expect(clock.clockIsSet()).toBe(false);
  });

  it("starts at SIGAP_CLOCK_START and runs forward in real time; the real clock stays real", async () => {
    vi.useFakeTimers({ now: Date.parse("2026-12-06T03:00:00Z"), toFake: ["Date"] });
    const clock = await freshClock({ SIGAP_CLOCK_START: "2022-03-07T09:00:00+07:00" });
    expect(clock.now().toISOString()).toBe("2022-03-07T02:00:00.000Z");
    vi.setSystemTime(Date.parse("2026-12-06T03:00:00Z") + 90 * 60_000);
    expect(clock.now().toISOString()).toBe("2022-03-07T03:30:00.000Z");
    expect(clock.realNow().toISOString()).toBe("2026-12-06T04:30:00.000Z");
    expect(clock.clockIsSet()).toBe(true);
  });

  it("agrees across instances given the same anchor, whenever each started", async () => {
    vi.useFakeTimers({ now: Date.parse("2026-12-06T05:00:00Z"), toFake: ["Date"] });
    const clock = await freshClock({
      SIGAP_CLOCK_START: "2022-03-07T09:00:00+07:00",
      SIGAP_CLOCK_ANCHOR: "2026-12-06T03:00:00Z",
    });
    // Started two hours after the anchor: two hours after the set instant.
    expect(clock.now().toISOString()).toBe("2022-03-07T04:00:00.000Z");
  });

  it("says today in WIB: 05.59 WIB on 6 Dec is 6 Dec, though UTC still says 5 Dec", async () => {
    const clock = await freshClock({});
    clock.setClock(new Date("2026-12-05T22:59:00Z"));
    expect(clock.today()).toBe("2026-12-06");
    expect(clock.thisMonth()).toBe("2026-12");
    clock.setClock(new Date("2026-11-30T17:00:00Z"));
    expect(clock.thisMonth()).toBe("2026-12");
  });

  it("refuses a starting instant it cannot read, naming the variable", async () => {
    const clock = await freshClock({ SIGAP_CLOCK_START: "7 Maret 2022" });
    expect(() => clock.now()).toThrow(/SIGAP_CLOCK_START/);
  });
});
