import { describe, expect, it } from "vitest";
import { sampleEvent } from "@/test/sample-events";
import type { CheckEvent } from "./check";
import { clockOffset } from "./clock";
import { MemoryStore, Outbox, UNDO_WINDOW_MS, type SendAnswer } from "./outbox";

describe("clockOffset", () => {
  it("reads a tablet 10 minutes fast as -10 minutes (within the Date header's second)", () => {
    const server = Date.parse("2026-11-27T02:00:00Z");
    const device = server + 10 * 60_000;
    const offset = clockOffset(new Date(server).toUTCString(), device - 40, device + 40)!;
    expect(Math.abs(offset + 10 * 60_000)).toBeLessThanOrEqual(1000);
  });
  it("gives null without a usable Date header", () => {
    expect(clockOffset(null, 0, 1)).toBeNull();
    expect(clockOffset("yesterday-ish", 0, 1)).toBeNull();
  });
});

describe("a desk whose clock runs fast", () => {
  const check = (id: string, occurredAt: string): CheckEvent => sampleEvent(id, { occurredAt });

  it("sends a check tapped before the offset was known with the server's time, and one tapped after unchanged", async () => {
    let offset: number | null = null;
    let now = Date.parse("2026-11-27T02:10:00Z"); // the device: 10 minutes fast
    const sent: CheckEvent[] = [];
    const send = async (events: CheckEvent[]): Promise<SendAnswer> => {
      sent.push(...events);
      return { kind: "stored", rejected: [] };
    };
    const outbox = new Outbox(
      new MemoryStore(),
      send,
      () => now,
      () => offset,
    );
    await outbox.add(check("offline", new Date(now).toISOString()), { clockKnown: false });
    offset = -10 * 60_000; // the first answer from the server arrives
    await outbox.add(check("online", new Date(now + offset).toISOString()), { clockKnown: true });
    now += UNDO_WINDOW_MS;
    await outbox.flush();
    expect(sent.map((e) => [e.id, e.occurredAt])).toEqual([
      ["offline", "2026-11-27T02:00:00.000Z"],
      ["online", "2026-11-27T02:00:00.000Z"],
    ]);
  });
});
