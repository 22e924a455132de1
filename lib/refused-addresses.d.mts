export const REFUSED_ADDRESS_HEADER: string;
export type FrontDoorRequest = { method?: string; pathname: string; authorization?: string };
export function isSignInPost(request: { method?: string; pathname: string }): boolean;
export type FrontDoorAnswer = { status: number; headers: Record<string, string>; body: string };
export function createRefusedAddresses(options?: { max?: number; now?: () => number }): {
  answerFor(request: FrontDoorRequest, address: string): FrontDoorAnswer | null;
  refuse(kind: string, address: string, seconds: number): void;
  size(): number;
};
