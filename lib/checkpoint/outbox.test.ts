import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import type { CheckEvent } from "./check";
import { sampleEvent } from "@/test/sample-events";
import { IdbOutboxStore } from "./idb-store";
import { MemoryStore, Outbox, UNDO_WINDOW_MS, type OutboxStore, type SendAnswer } from "./outbox";

const event = (id: string): CheckEvent => sampleEvent(id, { occurredAt: "2026-11-27T02:00:00.000Z" });

/** A server that stores each id once, like POST /api/v1/events, and can be cut off. */
function fakeServer() {
  const stored: string[] = [];
  const batches: string[][] = [];
  let mode: "up" | "down" | "lose-answer" | "revoked" = "up";
  const send = async (events: CheckEvent[]): Promise<SendAnswer> => {
    batches.push(events.map((e) => e.id));
    if (mode === "down") throw new TypeError("Failed to fetch");
    if (mode === "revoked") return { kind: "revoked" };
    for (const e of events) if (!stored.includes(e.id)) stored.push(e.id);
    if (mode === "lose-answer") throw new TypeError("connection reset");
    return { kind: "stored", rejected: [] };
  };
  return { stored, batches, send, set: (m: typeof mode) => (mode = m) };
}

function setup(store: OutboxStore = new MemoryStore()) {
  let now = 1_000_000;
  const server = fakeServer();
  const outbox = new Outbox(store, server.send, () => now);
  return { outbox, server, advance: (ms: number) => (now += ms) };
}

describe.each([
  ["memory", () => new MemoryStore()],
  ["IndexedDB", () => new IdbOutboxStore(`OFFICE-${Math.random()}`)],
])("the checkpoint outbox (%s)", (_name, makeStore) => {
  it("holds a check for the undo window, then sends the checks in the order they were made", async () => {
    const { outbox, server, advance } = setup(makeStore());
    for (const id of ["a", "b", "c"]) await outbox.add(event(id));
    expect(await outbox.flush()).toMatchObject({ sent: 0, answer: "idle" });
    expect(server.batches).toEqual([]);
    advance(UNDO_WINDOW_MS);
    expect(await outbox.flush()).toMatchObject({ sent: 3, answer: "stored" });
    expect(server.batches).toEqual([["a", "b", "c"]]);
    expect(await outbox.pending()).toBe(0);
  });

  it("undoes only the latest check, only within 30 seconds, and never sends it", async () => {
    const { outbox, server, advance } = setup(makeStore());
    await outbox.add(event("a"));
    advance(10_000);
    await outbox.add(event("mistake"));
    expect((await outbox.undoLast())?.id).toBe("mistake");
    advance(UNDO_WINDOW_MS - 10_000);
    expect(await outbox.undoLast()).toBeNull(); // "a" is past its window
    await outbox.flush();
    expect(server.stored).toEqual(["a"]);
  });

  it("keeps checks through a lost connection and retries with growing waits, then sends each once", async () => {
    const { outbox, server, advance } = setup(makeStore());
    await outbox.add(event("a"));
    await outbox.release();
    server.set("down");
    expect(await outbox.flush()).toMatchObject({ sent: 0, answer: "retry" });
    expect(await outbox.flush()).toMatchObject({ answer: "idle" }); // waiting out the backoff
    advance(2_000);
    await outbox.add(event("b"));
    await outbox.release();
    expect(await outbox.flush()).toMatchObject({ answer: "retry" });
    expect(await outbox.pending()).toBe(2);
    server.set("up");
    advance(4_000);
    expect(await outbox.flush()).toMatchObject({ sent: 2 });
    expect(server.batches.at(-1)).toEqual(["a", "b"]);
    expect(server.stored).toEqual(["a", "b"]);
  });

  it("sends nothing twice when flushes overlap, and a batch whose answer was lost is recognised by its ids", async () => {
    const { outbox, server } = setup(makeStore());
    for (const id of ["a", "b"]) await outbox.add(event(id));
    await outbox.release();
    await Promise.all([outbox.flush(), outbox.flush(), outbox.flush()]);
    expect(server.batches).toEqual([["a", "b"]]);

    await outbox.add(event("c"));
    await outbox.release();
    server.set("lose-answer");
    await outbox.flush();
    expect(await outbox.pending()).toBe(1); // no answer: still queued
    server.set("up");
    await outbox.release();
    await outbox.flush();
    expect(server.batches.slice(1)).toEqual([["c"], ["c"]]);
    expect(server.stored).toEqual(["a", "b", "c"]); // the resend was a duplicate, not a second visit
  });

  it("retries at once when the connection returns, without ending an undo window", async () => {
    const { outbox, server } = setup(makeStore());
    await outbox.add(event("a"));
    await outbox.release();
    server.set("down");
    await outbox.flush();
    await outbox.add(event("b"));
    server.set("up");
    await outbox.retryNow();
    expect(await outbox.flush()).toMatchObject({ sent: 1 });
    expect(server.stored).toEqual(["a"]);
    expect((await outbox.undoLast())?.id).toBe("b");
  });

  it("stops sending when the link is revoked, keeping the checks", async () => {
    const { outbox, server } = setup(makeStore());
    await outbox.add(event("a"));
    await outbox.release();
    server.set("revoked");
    expect(await outbox.flush()).toMatchObject({ answer: "revoked", sent: 0 });
    expect(await outbox.pending()).toBe(1);
  });

  it("drops a check the server refused, reporting it with its errors", async () => {
    const store = makeStore();
    let now = 0;
    const outbox = new Outbox(
      store,
      async () => ({ kind: "stored", rejected: [{ index: 1, errors: { service: ["x"] } }] }),
      () => now,
    );
    await outbox.add(event("a"));
    await outbox.add(event("b"));
    now += UNDO_WINDOW_MS;
    const report = await outbox.flush();
    expect(report.sent).toBe(1);
    expect(report.rejected.map((r) => r.event.id)).toEqual(["b"]);
    expect(await outbox.pending()).toBe(0);
  });
});

describe("IndexedDB outbox", () => {
  it("survives a reload and keeps two offices' checks apart", async () => {
    const office = `OFFICE-${Math.random()}`;
    const first = setup(new IdbOutboxStore(office));
    await first.outbox.add(event("a"));
    await new IdbOutboxStore(`${office}-other`).put({
      id: "x",
      seq: 0,
      event: event("x"),
      holdUntil: 0,
      attempts: 0,
      nextTryAt: 0,
    });
    const reopened = new IdbOutboxStore(office);
    expect((await reopened.list()).map((i) => i.id)).toEqual(["a"]);
  });
});
