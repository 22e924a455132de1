export function contentSecurityPolicy(nonce?: string): string;
export function fixedSecurityHeaders(production: boolean): { key: string; value: string }[];
