export const PUBLIC_PAGES_CHANNEL: string;
export const PUBLIC_PAGES_ROUTE: string;
export function internalToken(secret: string): string;
