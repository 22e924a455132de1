import type { Actor } from "./permissions";
import { can } from "./permissions";
import { reachesAgency } from "./scope";

// What an actor may do with one record, in one place: the page shows the controls these allow,
// the data function selects what they need (an office's API keys only for who manages them),
// and the services check the same permissions and scope on every write. Pure: table-tested in
// abilities.test.ts for every role, on its own agency and on another.

export type OfficeAbilities = {
  /** Edit the office's profile, move its rollout stage, archive it: its own agency's admin. */
  run: boolean;
  /** File and correct its daily compliance reports. */
  report: boolean;
  /** Record an inspection (the task force, city-wide). */
  inspect: boolean;
  /** Create and revoke its scanners' API keys and its desks' links. */
  manageKeys: boolean;
};

/** What `actor` may do with an office of agency `agencyId`. */
export function officeAbilities(actor: Actor, office: { agencyId: string }): OfficeAbilities {
  const reaches = reachesAgency(actor, office.agencyId);
  return {
    run: reaches && can(actor, "offices.write"),
    report: reaches && can(actor, "reports.write"),
    inspect: can(actor, "inspections.write"),
    manageKeys: reaches && can(actor, "apikeys.manage"),
  };
}

/** What `actor` may do with an agency: register and import its offices (its own admin). */
export function agencyAbilities(actor: Actor, agency: { id: string }): { addOffices: boolean } {
  return { addOffices: reachesAgency(actor, agency.id) && can(actor, "offices.write") };
}
