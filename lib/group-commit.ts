// Group commit: work for one key (an office) that arrives while a statement for that key is
// running waits and goes out together in the next one. Nothing waits when nothing runs, so
// a lone request pays no delay; under load, ten desks of one office sending one visit each
// share one transaction instead of queueing on the same rollup rows ten times. Each caller
// is answered only after the statement that carried its work committed (or failed).

type Waiting<I, R> = { item: I; resolve: (result: R) => void; reject: (error: unknown) => void };
type Queue<I, R> = { waiting: Waiting<I, R>[]; running: boolean };

/**
 * A function that runs `run` for items of the same key together: `run` gets the items gathered
 * (oldest first, together weighing at most `maxWeight`, or one heavier item alone) and returns one result per item, in order.
 */
export function groupCommit<I, R>(
  run: (key: string, items: readonly I[]) => Promise<R[]>,
  { maxWeight, weightOf }: { maxWeight: number; weightOf: (item: I) => number },
): (key: string, item: I) => Promise<R> {
  const queues = new Map<string, Queue<I, R>>();

  async function drain(key: string, queue: Queue<I, R>): Promise<void> {
    queue.running = true;
    while (queue.waiting.length > 0) {
      // Always at least one item, however heavy; then as many as fit.
      let weight = weightOf(queue.waiting[0].item);
      let count = 1;
      while (count < queue.waiting.length && weight + weightOf(queue.waiting[count].item) <= maxWeight)
        weight += weightOf(queue.waiting[count++].item);
      const group = queue.waiting.splice(0, count);
      try {
        const results = await run(
          key,
          group.map((w) => w.item),
        );
        group.forEach((w, i) => w.resolve(results[i]));
      } catch (error) {
        for (const w of group) w.reject(error);
      }
    }
    queue.running = false;
    queues.delete(key);
  }

  return (key, item) =>
    new Promise<R>((resolve, reject) => {
      let queue = queues.get(key);
      if (!queue) queues.set(key, (queue = { waiting: [], running: false }));
      queue.waiting.push({ item, resolve, reject });
      if (!queue.running) void drain(key, queue);
    });
}
