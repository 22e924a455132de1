import { revalidatePath } from "next/cache";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { revalidatePublicPages } from "./revalidate-public";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

describe("revalidatePublicPages", () => {
  beforeEach(() => vi.mocked(revalidatePath).mockClear());
  const now = new Date("2026-11-27T10:00:00+07:00");

  it("invalidates the cached public pages when a month that is over changed", () => {
    revalidatePublicPages(["2026-11", "2022-01"], now);
    expect(revalidatePath).toHaveBeenCalledWith("/[lang]", "layout");
  });

  it("leaves them alone for events of the running month (WIB), which no public table shows", () => {
    revalidatePublicPages(["2026-11"], now);
    // 1 December 00:30 WIB is still 30 November in UTC: November is over in Bekasi.
    revalidatePublicPages([], new Date("2026-11-30T17:30:00Z"));
    expect(revalidatePath).not.toHaveBeenCalled();
    revalidatePublicPages(["2026-11"], new Date("2026-11-30T17:30:00Z"));
    expect(revalidatePath).toHaveBeenCalledTimes(1);
  });
});
