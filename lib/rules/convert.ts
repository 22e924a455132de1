import type { RuleCaseInput } from "./definition";
import type { Visit } from "./types";

/** A visit as written in JSON (API bodies, test cases) → the engine's Visit with Dates. */
export function toVisit(input: RuleCaseInput): Visit {
  return {
    service: input.service,
    agencyKind: input.agencyKind,
    at: new Date(input.at),
    visitor: {
      status: input.visitor.status,
      doses: input.visitor.doses,
      age: input.visitor.age,
      lastDoseAt: input.visitor.lastDoseAt ? new Date(input.visitor.lastDoseAt) : undefined,
      exemptions: input.visitor.exemptions.map((e) => ({
        class: e.class,
        since: e.since ? new Date(e.since) : undefined,
      })),
    },
  };
}
