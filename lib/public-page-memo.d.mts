export const MEMO_TTL_MS: number;
export type MemoPage = { headers: Record<string, string | string[] | number>; body: Buffer; at: number };
export function memoKey(request: {
  method?: string;
  pathname: string;
  search?: string;
  headers: Record<string, string | string[] | undefined>;
}): string | null;
export function recall(key: string, now?: number): MemoPage | undefined;
export function memoGeneration(): number;
export function remember(
  key: string,
  answer: { status: number; headers: Record<string, string | string[] | number | undefined>; body: Buffer },
  since: number,
  now?: number,
): boolean;
export function forgetPublicPages(): void;
export type MemoLimitTake = (client: string) => Promise<{ ok: boolean }>;
export function memoLimit(pathname: string): MemoLimitTake | undefined;
export function registerMemoLimit(pathname: string, take: MemoLimitTake): void;
