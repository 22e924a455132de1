import type { Counter, Gauge, Histogram, Registry } from "prom-client";

export function metrics(): {
  registry: Registry;
  httpDuration: Histogram<"method" | "route" | "status">;
  ingestedEvents: Counter<"result">;
  ingestStatements: Counter;
  cacheLookups: Counter<"result">;
  jobRuns: Counter<"job" | "outcome">;
  mailSends: Counter<"outcome">;
  dbPool: Gauge<"state">;
};
export function methodLabel(method: string | undefined): string;
