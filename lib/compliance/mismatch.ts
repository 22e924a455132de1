// Flags an office for inspection when what it reports does not match what its scanner
// sent, or when its reports look too clean to be true. Pure.

import { formatNumber } from "@/lib/format";

export type OfficeDayNumbers = {
  day: string;
  reportedChecked: number | null;
  reportedReferred: number | null;
  reportedDenied: number | null;
  scanned: number;
};

export type MismatchFlag = { kind: "SCAN_MISMATCH" | "NEVER_TURNS_AWAY"; reason: { id: string; en: string } };

/** Reported vs scanned visits may differ by this share before a flag (walk-ins, scanner outages). */
const TOLERANCE = 0.25;
/** … and by at least this many visits, so small offices are not flagged for noise. */
const MIN_GAP = 20;
export const CLEAN_STREAK_DAYS = 14;

/**
 * Flags from an office's days (ascending): a gap between reported and scanned visits over
 * the days that have both, beyond tolerance; and, where a rule gates its services (an
 * ungated puskesmas never turns anyone away), 0 referrals and 0 denials on 14 reported days running.
 */
export function mismatchFlags(
  days: readonly OfficeDayNumbers[],
  options: { hasScanner: boolean; gated: boolean },
): MismatchFlag[] {
  const flags: MismatchFlag[] = [];
  if (options.hasScanner) {
    const both = days.filter((d) => d.reportedChecked !== null && d.scanned > 0);
    const reported = both.reduce((sum, d) => sum + (d.reportedChecked ?? 0), 0);
    const scanned = both.reduce((sum, d) => sum + d.scanned, 0);
    const gap = Math.abs(reported - scanned);
    if (both.length > 0 && gap >= MIN_GAP && gap > TOLERANCE * Math.max(reported, scanned)) {
      flags.push({
        kind: "SCAN_MISMATCH",
        reason: {
          id: `Dalam ${both.length} hari, laporan menyebut ${formatNumber(reported, "id")} pengunjung diperiksa, pemindai mengirim ${formatNumber(scanned, "id")}.`,
          en: `Over ${both.length} days the reports say ${formatNumber(reported, "en")} visitors were checked; the scanner sent ${formatNumber(scanned, "en")}.`,
        },
      });
    }
  }
  let streak = 0;
  let longest = 0;
  for (const d of days) {
    if (d.reportedChecked === null) continue;
    streak = (d.reportedReferred ?? 0) === 0 && (d.reportedDenied ?? 0) === 0 && d.reportedChecked > 0 ? streak + 1 : 0;
    longest = Math.max(longest, streak);
  }
  if (options.gated && longest >= CLEAN_STREAK_DAYS) {
    flags.push({
      kind: "NEVER_TURNS_AWAY",
      reason: {
        id: `${longest} hari laporan berturut-turut tanpa satu pun rujukan atau penolakan.`,
        en: `${longest} reported days in a row without a single referral or denial.`,
      },
    });
  }
  return flags;
}
