import { describe, expect, it } from "vitest";
import { importCycles } from "./import-graph";

const graphOf = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe("import cycles", () => {
  it("finds every group of modules that import each other round, and nothing in a tree", () => {
    expect(importCycles(graphOf({ a: ["b"], b: ["c"], c: [], d: ["a", "c"] }))).toEqual([]);
    expect(importCycles(graphOf({ a: ["b"], b: ["a"], c: ["d"], d: ["e"], e: ["c"], f: ["a"] }))).toEqual([
      ["a", "b"],
      ["c", "d", "e"],
    ]);
  });
});
