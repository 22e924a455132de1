// How many requests one key (a client's address, or "sign-in") may have in the app at once,
// with a bounded queue behind. A browser keeps at most six connections to a site; an attacker
// opens hundreds, and every request the app takes costs it milliseconds of its one event loop,
// so a burst from one address — random paths, random API keys, sign-ins — would delay
// everyone else's answers. Here the burst waits behind itself: its requests enter the app
// `limit` at a time, `queue` more wait, and the rest are answered at once without the app
// (scripts/serve.mjs).

/** A limit of `limit` requests in the app per key, `queue` more waiting. */
export function createInflightLimit(limit, queue = 0) {
  const running = new Map();
  const waiting = new Map();
  return {
    /** Resolves true once the request may enter (count it out with leave), false when the queue is full too. */
    enter(key) {
      const count = running.get(key) ?? 0;
      if (count < limit) {
        running.set(key, count + 1);
        return Promise.resolve(true);
      }
      const line = waiting.get(key) ?? [];
      if (line.length >= queue) return Promise.resolve(false);
      waiting.set(key, line);
      return new Promise((resolve) => line.push(resolve));
    },
    /** Counts a request of `key` out; the next waiting one of the same key enters in its place. */
    leave(key) {
      const line = waiting.get(key);
      const next = line?.shift();
      if (line && line.length === 0) waiting.delete(key);
      if (next) return next(true);
      const count = (running.get(key) ?? 1) - 1;
      if (count <= 0) running.delete(key);
      else running.set(key, count);
    },
    /** Keys with a request in the app or waiting (for tests). */
    size: () => new Set([...running.keys(), ...waiting.keys()]).size,
  };
}
