// The demo runs in the circular's era: its clock starts on 3 March 2022 at 10.00 WIB, the day
// February 2022 — the last month of demo data — got its preliminary release. Presets, "today",
// releases and the desk's checks then tell one story (README: "The clock").
export const DEMO_CLOCK_START = "2022-03-03T10:00:00+07:00";
