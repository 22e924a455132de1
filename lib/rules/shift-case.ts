import { ruleCaseInputSchema } from "./definition";

/**
 * A test case inherited by a new version, moved in time by `deltaMs` (the gap between
 * the two versions' validFrom) so it tests the new version at the same point of its
 * validity; exemption dates move with it. Input that does not parse is kept as it is.
 */
export function shiftCaseInput(input: unknown, deltaMs: number): unknown {
  const parsed = ruleCaseInputSchema.safeParse(input);
  if (!parsed.success) return input;
  const move = (iso: string) => new Date(Date.parse(iso) + deltaMs).toISOString();
  const visitor = parsed.data.visitor;
  return {
    ...parsed.data,
    at: move(parsed.data.at),
    visitor: {
      ...visitor,
      ...(visitor.lastDoseAt ? { lastDoseAt: move(visitor.lastDoseAt) } : {}),
      exemptions: visitor.exemptions.map((e) => (e.since ? { ...e, since: move(e.since) } : e)),
    },
  };
}
