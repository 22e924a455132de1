import { describe, expect, it } from "vitest";
import type { Actor } from "./permissions";
import { agenciesOf, officesOf, officesOfSql, ownAgencyId, reachesAgency } from "./scope";

const actor = (role: Actor["role"], agencyId: string | null): Actor => ({
  id: "u",
  name: "n",
  email: "e",
  role,
  agencyId,
});

describe("scope", () => {
  it("limits an agency admin to its own agency, in Prisma and in SQL", () => {
    const admin = actor("AGENCY_ADMIN", "a1");
    expect(agenciesOf(admin)).toEqual({ id: "a1" });
    expect(officesOf(admin)).toEqual({ agencyId: "a1" });
    const sql = officesOfSql(admin);
    expect(sql.sql).toBe('"o"."agencyId" = ?');
    expect(sql.values).toEqual(["a1"]);
    expect(reachesAgency(admin, "a1")).toBe(true);
    expect(reachesAgency(admin, "a2")).toBe(false);
    expect(ownAgencyId(admin)).toBe("a1");
  });

  it("lets the city-wide roles and the command line reach every agency", () => {
    for (const who of [actor("TASKFORCE", null), actor("HUMAS", null), actor("ADMIN", null), { label: "cli" }]) {
      expect(agenciesOf(who)).toEqual({});
      expect(officesOf(who)).toEqual({});
      expect(officesOfSql(who).sql).toBe("TRUE");
      expect(reachesAgency(who, "a2")).toBe(true);
    }
    expect(() => ownAgencyId(actor("TASKFORCE", null))).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });

  it("never widens to every agency for an agency admin without an agency", () => {
    const orphan = actor("AGENCY_ADMIN", null);
    expect(officesOf(orphan)).not.toEqual({});
    expect(reachesAgency(orphan, "a1")).toBe(false);
    expect(() => ownAgencyId(orphan)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});
