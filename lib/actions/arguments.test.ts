import { describe, expect, it } from "vitest";
import { MAX_CSV_BYTES } from "@/lib/validations/constants";
import { ARG, boundedCsv, checkedArguments } from "./arguments";

describe("checkedArguments", () => {
  it("passes checked arguments through, in order", () => {
    expect(checkedArguments([ARG.code, ARG.flag], ["SAMSAT-001", true])).toEqual(["SAMSAT-001", true]);
  });

  it("names the bad argument and says its problem in the message the page shows", () => {
    const tooLarge = new File(["a".repeat(MAX_CSV_BYTES + 1)], "besar.csv");
    expect(() => checkedArguments([boundedCsv], [tooLarge])).toThrow(
      expect.objectContaining({
        code: "INVALID",
        message: expect.stringMatching(/^Permintaan tidak valid \(argumen 1\): Berkas lebih dari 2 MB/),
        fieldErrors: { "argumen 1": [expect.stringContaining("Berkas lebih dari 2 MB")] },
      }),
    );
  });
});
