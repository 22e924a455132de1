import { addMonths, type Day, type Month } from "@/lib/day";

// The release calendar every month follows, so that a month always ends: preliminary tables
// on a set day after it is over (the month-close job), revisions tried daily while late visits
// arrive, and final on a set day after that — published in meta.json and on the month's page.
// Late visits after final stay in the officials' dashboards, counted as after final.

/** The day of the following month the first (preliminary) release is made: desks and CSV uploads have two days to catch up. */
export const PRELIMINARY_DAY = 3;

export type ReleaseStatus = "pending" | "preliminary" | "revised" | "final";

/** The day a month's preliminary release is due (the month-close job makes it on its first run that day). */
export function firstReleaseOn(month: Month): Day {
  return `${addMonths(month, 1)}-0${PRELIMINARY_DAY}`;
}

/** The day a month becomes final: a month after its preliminary release. No revision is tried from then on. */
export function finalOn(month: Month): Day {
  return `${addMonths(month, 2)}-0${PRELIMINARY_DAY}`;
}

/** Where a month stands on `today`, given its latest released version (0: none yet). */
export function releaseStatus(month: Month, version: number, today: Day): ReleaseStatus {
  if (version === 0) return "pending";
  if (today >= finalOn(month)) return "final";
  return version === 1 ? "preliminary" : "revised";
}
