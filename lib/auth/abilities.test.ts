import { describe, expect, it } from "vitest";
import { agencyAbilities, officeAbilities } from "./abilities";
import type { Actor } from "./permissions";

const actor = (role: Actor["role"], agencyId: string | null = null): Actor => ({
  id: "u",
  name: "n",
  email: "e",
  role,
  agencyId,
});

// Every role, on an office of its own agency ("own") and of another ("other"): what the office
// page offers. Written out, so a change of permissions or scope must change this table too.
const OFFICE: Record<string, { own: string; other: string }> = {
  AGENCY_ADMIN: { own: "run report manageKeys", other: "" },
  ADMIN: { own: "manageKeys", other: "manageKeys" },
  TASKFORCE: { own: "inspect", other: "inspect" },
  HUMAS: { own: "", other: "" },
};

const granted = (abilities: Record<string, boolean>) =>
  Object.entries(abilities)
    .filter(([, may]) => may)
    .map(([name]) => name)
    .join(" ");

describe("office abilities", () => {
  for (const [role, expected] of Object.entries(OFFICE))
    it(`${role}: on its own agency's office "${expected.own}", on another's "${expected.other}"`, () => {
      const who = actor(role as Actor["role"], role === "AGENCY_ADMIN" ? "a1" : null);
      expect(granted(officeAbilities(who, { agencyId: "a1" }))).toBe(expected.own);
      expect(granted(officeAbilities(who, { agencyId: "a2" }))).toBe(expected.other);
    });

  it("gives an agency admin without an agency nothing of any office", () => {
    expect(granted(officeAbilities(actor("AGENCY_ADMIN"), { agencyId: "a1" }))).toBe("");
  });
});

describe("agency abilities", () => {
  it("lets only an agency's own admin add offices to it", () => {
    expect(agencyAbilities(actor("AGENCY_ADMIN", "a1"), { id: "a1" }).addOffices).toBe(true);
    expect(agencyAbilities(actor("AGENCY_ADMIN", "a1"), { id: "a2" }).addOffices).toBe(false);
    for (const role of ["ADMIN", "TASKFORCE", "HUMAS"] as const)
      expect(agencyAbilities(actor(role), { id: "a1" }).addOffices).toBe(false);
  });
});
