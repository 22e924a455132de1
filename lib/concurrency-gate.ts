// A bound on how much of one costly kind of work runs at once, with a bounded queue behind it.
// Password hashing is the case: each scrypt check takes 32 MB and ~100 ms of a libuv thread, and
// libuv has four. Unbounded, a burst of sign-ins fills every thread and the database driver, DNS
// and file reads of every other request wait behind it. With a gate, at most `concurrency`
// checks run, at most `queue` wait, and anything beyond is refused at once (a 503 with
// Retry-After) instead of piling up.

/** Thrown when the gate and its queue are full; the caller answers "busy, try again". */
export class GateFullError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("busy");
    this.name = "GateFullError";
  }
}

export type Gate = {
  /** Runs `work` when a slot is free; throws GateFullError at once when the queue is full too. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Running and waiting jobs, for tests and metrics. */
  load(): { running: number; waiting: number };
};

/** A gate letting `concurrency` jobs run and `queue` wait; refusals say to retry in `retryAfterSeconds`. */
export function createGate({
  concurrency,
  queue,
  retryAfterSeconds = 5,
}: {
  concurrency: number;
  queue: number;
  retryAfterSeconds?: number;
}): Gate {
  let running = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    running--;
    waiting.shift()?.();
  };
  return {
    async run(work) {
      if (running >= concurrency) {
        if (waiting.length >= queue) throw new GateFullError(retryAfterSeconds);
        // The slot is handed over by `next`, which does not decrement for a waiter it wakes.
        await new Promise<void>((resolve) => waiting.push(() => (running++, resolve())));
      } else running++;
      try {
        return await work();
      } finally {
        next();
      }
    },
    load: () => ({ running, waiting: waiting.length }),
  };
}
