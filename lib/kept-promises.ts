/**
 * Results of asynchronous computations kept by key, at most `max` of them (the least recently
 * used goes first). Callers asking for a key being computed share that computation; one that
 * fails is forgotten, so the next caller computes again.
 */
export class KeptPromises {
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(private readonly max: number) {}

  /** The result kept for `key`, or `compute()`'s, kept from now on. */
  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const kept = this.entries.get(key);
    if (kept) {
      // A Map iterates in insertion order: set anew, it is the most recently used.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept as Promise<T>;
    }
    const computing = compute();
    this.entries.set(key, computing);
    computing.catch(() => {
      if (this.entries.get(key) === computing) this.entries.delete(key);
    });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return computing;
  }

  get size(): number {
    return this.entries.size;
  }
}
