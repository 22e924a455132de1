import { describe, expect, it } from "vitest";
import { firstValues, listParamsSchema } from "./list-params";

const schema = listParamsSchema({ sortable: ["name", "offices"] as const, defaultSort: { id: "name", desc: false } });

describe("listParamsSchema", () => {
  it("reads page, size, sort and search from the URL", () => {
    expect(schema.parse({ page: "3", perPage: "50", sort: "offices.desc", q: "  bank " })).toEqual({
      page: 3,
      perPage: 50,
      sort: { id: "offices", desc: true },
      q: "bank",
    });
  });

  it.each([
    [{ page: "abc" }, "page", 1],
    [{ page: "0" }, "page", 1],
    [{ perPage: "1000" }, "perPage", 25],
    [{ sort: "passwordHash.asc" }, "sort", { id: "name", desc: false }],
    [{ sort: "name.sideways" }, "sort", { id: "name", desc: false }],
    [{ q: "x".repeat(500) }, "q", ""],
  ])("turns the bad value %o into the default of %s", (raw, key, expected) => {
    expect(schema.parse(raw)[key as keyof ReturnType<typeof schema.parse>]).toEqual(expected);
  });

  it("takes the first of repeated URL parameters", () => {
    expect(firstValues({ page: ["2", "5"], q: "a", empty: undefined })).toEqual({
      page: "2",
      q: "a",
      empty: undefined,
    });
  });
});
