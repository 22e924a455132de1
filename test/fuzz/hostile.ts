import fc from "fast-check";

// The inputs an attacker (or a broken scanner) sends, as fast-check arbitraries. The fuzz
// suite runs FUZZ_RUNS cases per target (25 in `npm test`; `npm run test:fuzz -- --full`
// runs 1 000) from FUZZ_SEED, printed so a failure can be replayed exactly.

export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 25);
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20210909);
export const fuzzOptions = { numRuns: FUZZ_RUNS, seed: FUZZ_SEED, endOnFailure: true } as const;

/** Strings chosen to break parsers, databases and lookups, mixed with random ones. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "%00",
    "constructor",
    "__proto__",
    "toString",
    "hasOwnProperty",
    "0x10",
    "1e3",
    "-1",
    "NaN",
    "Infinity",
    "0000-01-01",
    "0001-01-01T00:00:00Z",
    "9999-12-31",
    "2019-05-01T09:00:00+07:00",
    "x",
    "3275014512900001",
    "081234567890",
    '\'; DROP TABLE "Office"; --',
    "<script>alert(1)</script>",
    '=HYPERLINK("http://evil")',
    "../../etc/passwd",
    "\uD800",
    "😷".repeat(50),
    "x".repeat(5000),
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);

/** Any JSON-like value a client can send, hostile strings included. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(hostileString, tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** A query string of hostile keys and values. */
export const hostileQuery: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(hostileString, fc.constantFrom("from", "to", "by", "at", "q", "page", "sort", "dimension", "agency")),
      hostileString,
    ),
    {
      maxLength: 5,
    },
  )
  .map((pairs) => new URLSearchParams(pairs).toString());
