export function createInflightLimit(
  limit: number,
  queue?: number,
): {
  enter(key: string): Promise<boolean>;
  leave(key: string): void;
  size(): number;
};
