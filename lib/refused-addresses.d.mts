export const REFUSED_ADDRESS_HEADER: string;
export function createRefusedAddresses(options?: { max?: number; now?: () => number }): {
  secondsLeft(address: string): number;
  refuse(address: string, seconds: number): void;
  size(): number;
};
