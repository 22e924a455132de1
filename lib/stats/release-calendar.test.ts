import { describe, expect, it } from "vitest";
import { finalOn, firstReleaseOn, releaseStatus } from "./release-calendar";

describe("the release calendar", () => {
  it("releases a month on the 3rd of the next and makes it final a month later, across years", () => {
    expect(firstReleaseOn("2022-02")).toBe("2022-03-03");
    expect(finalOn("2022-02")).toBe("2022-04-03");
    expect(firstReleaseOn("2021-12")).toBe("2022-01-03");
    expect(finalOn("2021-12")).toBe("2022-02-03");
  });

  it("always ends: pending, preliminary or revised, then final whatever the version", () => {
    expect(releaseStatus("2022-02", 0, "2022-03-02")).toBe("pending");
    expect(releaseStatus("2022-02", 1, "2022-03-03")).toBe("preliminary");
    expect(releaseStatus("2022-02", 3, "2022-03-20")).toBe("revised");
    expect(releaseStatus("2022-02", 1, "2022-04-03")).toBe("final");
    expect(releaseStatus("2022-02", 4, "2023-01-01")).toBe("final");
  });
});
