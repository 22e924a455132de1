import type { Logger } from "pino";

export function log(): Logger;
export function acceptedRequestId(value: unknown): string | null;
