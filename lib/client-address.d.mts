export function clientAddressOf(forwardedFor: string | null | undefined, trustedProxies: number): string;
