import { describe, expect, it } from "vitest";
import { dailyTime, JOB_NAMES, JOB_SCHEDULES, weeklyTime } from "./schedule";

describe("job schedules", () => {
  it("say a daily schedule's time in words (WIB), and leave any other as it is", () => {
    expect(dailyTime("0 1 * * *")).toBe("01.00");
    expect(dailyTime("30 2 * * *")).toBe("02.30");
    expect(dailyTime("0 7 * * 1")).toBeNull();
    expect(JOB_NAMES.map((name) => dailyTime(JOB_SCHEDULES[name]))).toEqual([
      "01.00",
      "02.00",
      "02.30",
      "03.00",
      "03.30",
      "07.00",
      null,
      null,
    ]);
    expect(weeklyTime(JOB_SCHEDULES["weekly-digest"])).toEqual({ weekday: 1, time: "07.00" });
    expect(weeklyTime("0 7 * * *")).toBeNull();
  });
});
