import { msg } from "@/lib/errors";
import type { PlStatus } from "@/lib/vocabulary";

// One visitor model for the checker, the simulator, the desk, the API, test cases and
// events: a PeduliLindungi colour says how many doses its holder can have. Merah is not
// vaccinated, Kuning has one dose, Hijau two or more; Hitam (positive or a close contact)
// says nothing about doses, and is never served in person whatever they are.

/** The doses each colour allows (inclusive). */
export const DOSES_BY_STATUS: Record<PlStatus, { min: number; max: number }> = {
  MERAH: { min: 0, max: 0 },
  KUNING: { min: 1, max: 1 },
  HIJAU: { min: 2, max: 10 },
  HITAM: { min: 0, max: 10 },
};

const STATUS_NAME: Record<PlStatus, { id: string; en: string }> = {
  MERAH: { id: msg("Merah (belum vaksin)"), en: "Red (not vaccinated)" },
  KUNING: { id: msg("Kuning (1 dosis)"), en: "Yellow (1 dose)" },
  HIJAU: { id: msg("Hijau (vaksin lengkap, minimal 2 dosis)"), en: "Green (fully vaccinated, 2 doses or more)" },
  HITAM: { id: "Hitam", en: "Black" },
};

/** Why a colour and a dose count cannot both be true, or null when they can. */
export function visitorContradiction(visitor: { status: PlStatus; doses: number }): { id: string; en: string } | null {
  const { min, max } = DOSES_BY_STATUS[visitor.status];
  if (visitor.doses >= min && visitor.doses <= max) return null;
  const allowed = min === max ? `${min}` : `${min}–${max}`;
  const name = STATUS_NAME[visitor.status];
  return {
    // The Indonesian is a message id too: answers in English translate it (lib/i18n/messages-en.ts).
    id: msg(`Status ${name.id} berarti ${allowed} dosis, bukan ${visitor.doses}`),
    en: `Status ${name.en} means ${allowed} doses, not ${visitor.doses}`,
  };
}
