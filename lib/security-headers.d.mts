export function contentSecurityPolicy(nonce?: string): string;
export function fixedSecurityHeaders(production: boolean): { key: string; value: string }[];
export const DATA_ANSWER_POLICY: string;
