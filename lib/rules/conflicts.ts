import type { RuleDefinition } from "./definition";
import type { Reason } from "./types";
import { wibDay } from "@/lib/day";

// Guardrails checked when a rule version is saved or activated: no two versions of one
// rule in force at once, and no two rules governing the same service at the same time.

export type VersionWindow = {
  code: string;
  version: number;
  validFrom: Date;
  validTo: Date | null;
  definition: RuleDefinition;
};

function overlaps(
  a: Pick<VersionWindow, "validFrom" | "validTo">,
  b: Pick<VersionWindow, "validFrom" | "validTo">,
): boolean {
  const aEnd = a.validTo?.getTime() ?? Infinity;
  const bEnd = b.validTo?.getTime() ?? Infinity;
  return a.validFrom.getTime() < bEnd && b.validFrom.getTime() < aEnd;
}

function sharedScope(a: RuleDefinition, b: RuleDefinition): string[] {
  const pairs: string[] = [];
  for (const service of a.scope.services) {
    if (!b.scope.services.includes(service)) continue;
    for (const kind of a.scope.agencyKinds) if (b.scope.agencyKinds.includes(kind)) pairs.push(`${service}/${kind}`);
  }
  return pairs;
}

// Versions start at an instant; officials read the WIB day it falls on.
const day = wibDay;

/**
 * Why `candidate` cannot be saved next to the activated versions `others`, or null when
 * it can. A newer version of the same rule must start after every activated one (it
 * then ends the one before it); another rule must not govern the same service and
 * agency kind during any of the same time.
 */
export function findConflict(candidate: VersionWindow, others: readonly VersionWindow[]): Reason | null {
  for (const other of others) {
    if (other.code === candidate.code) {
      if (other.validFrom.getTime() >= candidate.validFrom.getTime()) {
        return {
          id: `Tumpang tindih dengan versi ${other.version} yang berlaku mulai ${day(other.validFrom)}: versi baru harus mulai setelah tanggal itu.`,
          en: `Overlaps version ${other.version}, in force from ${day(other.validFrom)}: a new version must start after that date.`,
        };
      }
      continue;
    }
    const shared = sharedScope(candidate.definition, other.definition);
    if (shared.length > 0 && overlaps(candidate, other)) {
      return {
        id: `Bertentangan dengan aturan ${other.code} versi ${other.version} (mulai ${day(other.validFrom)}) untuk ${shared.join(", ")}: satu layanan hanya diatur oleh satu aturan pada satu waktu.`,
        en: `Contradicts rule ${other.code} version ${other.version} (from ${day(other.validFrom)}) for ${shared.join(", ")}: one service is governed by one rule at a time.`,
      };
    }
  }
  return null;
}
