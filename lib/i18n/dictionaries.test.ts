import { describe, expect, it } from "vitest";
import { en } from "./en";
import { id } from "./id";

/** Words written the same in both languages: names, and Indonesian administrative terms kept in English. */
const SAME_IN_BOTH = new Set([
  "SIGAP",
  "final",
  "Email",
  "Status",
  "Menu",
  "Simulator",
  "Poster",
  "Kelurahan",
  "Kecamatan",
  "Per",
]);

/** Every [key path, Indonesian, English] text of the two dictionaries. */
function pairs(a: unknown, b: unknown, path = ""): [string, unknown, unknown][] {
  if (typeof a !== "object" || a === null) return [[path, a, b]];
  return Object.entries(a).flatMap(([key, value]) =>
    pairs(value, (b as Record<string, unknown> | undefined)?.[key], path ? `${path}.${key}` : key),
  );
}

describe("the English dictionary", () => {
  const all = pairs(id, en).filter(([, text]) => typeof text === "string");

  it("translates every text (no key left with the Indonesian text)", () => {
    const untranslated = all.filter(([, idText, enText]) => idText === enText && !SAME_IN_BOTH.has(idText as string));
    expect(untranslated.map(([path]) => path)).toEqual([]);
  });

  it("has no empty text", () => {
    expect(all.filter(([, , enText]) => typeof enText !== "string" || enText.trim() === "").map(([p]) => p)).toEqual(
      [],
    );
  });
});
