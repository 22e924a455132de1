import { deviceNow } from "./clock";
import type { CheckEvent } from "./check";

// The device's outbox: every check waits here — first through the undo window, then until
// the server has confirmed it. Ids are the client's event ids, so a batch resent after a
// lost answer is recognised by the server as duplicates and never counted twice; here,
// one send at a time and removal only on the server's answer keep the rest honest.

export type Queued = {
  id: string;
  /** Order of the taps: batches go out in this order. */
  seq: number;
  event: CheckEvent;
  /** Until then the tap can be undone and is not sent. */
  holdUntil: number;
  attempts: number;
  nextTryAt: number;
  /**
   * Device time of the tap, when the device's clock offset was not yet known then (first
   * visit offline): the event is stamped with the offset known when it is sent.
   */
  unstampedAt?: number;
};

/** Where queued checks live (IndexedDB on the device, memory in tests). */
export interface OutboxStore {
  list(): Promise<Queued[]>;
  put(item: Queued): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
}

/** What the server said to one batch. */
export type SendAnswer =
  | { kind: "stored"; rejected: { index: number; errors: Record<string, string[]> }[] }
  | { kind: "retry" } // no connection, 5xx, 429: keep and try later
  | { kind: "revoked" }; // 401: the link no longer works; keep, stop sending

export type FlushReport = {
  sent: number;
  rejected: { event: CheckEvent; errors: Record<string, string[]> }[];
  answer: SendAnswer["kind"] | "idle";
};

export const UNDO_WINDOW_MS = 30_000;
const BATCH = 500;
const MAX_BACKOFF_MS = 60_000;

export class Outbox {
  private flushing: Promise<FlushReport> | null = null;
  private nextSeq = 0;

  constructor(
    private readonly store: OutboxStore,
    private readonly send: (events: CheckEvent[]) => Promise<SendAnswer>,
    private readonly now: () => number = deviceNow,
    /** Server time minus device time, once known (lib/checkpoint/clock.ts). */
    private readonly clockOffset: () => number | null = () => 0,
  ) {}

  /**
   * Queues a check; it can be undone for 30 s and is sent after that (or when released).
   * `clockKnown` false: the event's time is the device's own and is corrected when sent.
   */
  async add(event: CheckEvent, { clockKnown = true }: { clockKnown?: boolean } = {}): Promise<Queued> {
    const items = await this.store.list();
    this.nextSeq = items.reduce((next, i) => Math.max(next, i.seq + 1), this.nextSeq);
    const item: Queued = {
      id: event.id,
      seq: this.nextSeq++,
      event,
      holdUntil: this.now() + UNDO_WINDOW_MS,
      attempts: 0,
      nextTryAt: 0,
      ...(clockKnown ? {} : { unstampedAt: Date.parse(event.occurredAt) }),
    };
    await this.store.put(item);
    return item;
  }

  /** Removes the latest check if it is still in its undo window and not being sent; returns it. */
  async undoLast(): Promise<Queued | null> {
    const latest = (await this.sorted()).at(-1);
    if (!latest || latest.holdUntil <= this.now()) return null;
    await this.store.remove([latest.id]);
    return latest;
  }

  /** "Send now": ends the undo window and the retry wait of every queued check. */
  release(): Promise<void> {
    return this.dueNow({ hold: true });
  }

  /** The connection is back: retry at once instead of waiting out the backoff (undo windows stay). */
  retryNow(): Promise<void> {
    return this.dueNow({ hold: false });
  }

  private async dueNow({ hold }: { hold: boolean }): Promise<void> {
    const now = this.now();
    for (const item of await this.store.list())
      if (item.nextTryAt > now || (hold && item.holdUntil > now))
        await this.store.put({
          ...item,
          nextTryAt: Math.min(item.nextTryAt, now),
          holdUntil: hold ? Math.min(item.holdUntil, now) : item.holdUntil,
        });
  }

  async pending(): Promise<number> {
    return (await this.store.list()).length;
  }

  /** Sends what is due, oldest first, one batch at a time; a second call while one runs waits for it. */
  flush(): Promise<FlushReport> {
    this.flushing ??= this.sendDue().finally(() => (this.flushing = null));
    return this.flushing;
  }

  /** The event as sent: a check tapped before the clock offset was known gets it now. */
  private stamped(item: Queued): CheckEvent {
    const offset = this.clockOffset();
    if (item.unstampedAt === undefined || offset === null) return item.event;
    return { ...item.event, occurredAt: new Date(item.unstampedAt + offset).toISOString() };
  }

  private async sorted(): Promise<Queued[]> {
    return (await this.store.list()).sort((a, b) => a.seq - b.seq);
  }

  private async sendDue(): Promise<FlushReport> {
    const report: FlushReport = { sent: 0, rejected: [], answer: "idle" };
    for (;;) {
      const now = this.now();
      const due = (await this.sorted()).filter((i) => i.holdUntil <= now && i.nextTryAt <= now).slice(0, BATCH);
      if (due.length === 0) return report;
      const answer = await this.send(due.map((i) => this.stamped(i))).catch((): SendAnswer => ({ kind: "retry" }));
      report.answer = answer.kind;
      if (answer.kind === "revoked") return report;
      if (answer.kind === "retry") {
        for (const item of due) {
          const attempts = item.attempts + 1;
          await this.store.put({ ...item, attempts, nextTryAt: now + Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempts) });
        }
        return report;
      }
      // Stored, duplicate or refused: the server has answered for each, so none is sent again.
      await this.store.remove(due.map((i) => i.id));
      report.rejected.push(...answer.rejected.map((r) => ({ event: due[r.index].event, errors: r.errors })));
      report.sent += due.length - answer.rejected.length;
    }
  }
}

/** An in-memory store: tests, and devices without IndexedDB. */
export class MemoryStore implements OutboxStore {
  private items = new Map<string, Queued>();
  async list() {
    return [...this.items.values()];
  }
  async put(item: Queued) {
    this.items.set(item.id, item);
  }
  async remove(ids: readonly string[]) {
    for (const id of ids) this.items.delete(id);
  }
}
