import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cubeOf, shownNumbers, smallCounts, visitsFrom } from "@/test/month-truth";
import { expectNothingSmallFromVersions } from "@/test/version-attacker";
import { suppressMonth } from "./period-tables";
import { auditedRevision, MAX_WITHDRAWN_SHARE } from "./revision-audit";

type Visits = (d: number, k: number, s: number, c: number) => number;
const late3: Visits = (d, k, s, c) => (d === 20 && k === 1 && s === 1 && c === 0 ? 3 : 0);
const plus =
  (base: Visits, extra: Visits): Visits =>
  (d, k, s, c) =>
    base(d, k, s, c) + extra(d, k, s, c);

describe("a revision of a published month", () => {
  it("is refused, or hides enough, when one late visit on a quiet day would show as +1", async () => {
    const base: Visits = (d, _k, _s, c) => (d % 7 === 6 ? 0 : c === 0 ? 30 : 6);
    const late: Visits = (d, k, s, c) => (d === 11 && k === 0 && s === 0 && c === 2 ? 1 : 0);
    const old = await suppressMonth(cubeOf("2022-01", base));
    const revision = await auditedRevision(
      [{ cube: cubeOf("2022-01", base), tables: old.tables }],
      cubeOf("2022-01", plus(base, late)),
    );
    if (!revision.ok) return; // Holding the late visit back is a correct answer.
    expect(revision.audit.lateEvents).toBe(1);
    await expectNothingSmallFromVersions([
      { tables: old.tables, cube: cubeOf("2022-01", base) },
      { tables: revision.tables, cube: revision.cube },
    ]);
  }, 120_000);

  it("is refused rather than hide the month's total or an outcome total that the month showed", async () => {
    const base: Visits = () => 20;
    // Two late visits move the total by 2: published, the difference would show them — placed
    // in their day, or as a late row alike. They wait for more.
    const late: Visits = (d, k, s, c) => (d === 11 && k === 0 && s === 0 && c === 1 ? 2 : 0);
    const old = await suppressMonth(cubeOf("2022-01", base));
    expect(old.tables.outcome.total).not.toBeNull();
    const revision = await auditedRevision(
      [{ cube: cubeOf("2022-01", base), tables: old.tables }],
      cubeOf("2022-01", plus(base, late)),
    );
    expect(revision).toMatchObject({ ok: false, reason: "tooFew" });
  }, 120_000);

  it("publishes a trickle of late visits as a late row when placing them would expose them, and keeps it safe", async () => {
    const base: Visits = () => 20;
    // Twelve visits of one day at one office: 8 served, 3 referred, 1 denied. Placed in their
    // day, the month's outcome totals would grow by 3 and by 1.
    const trickle =
      (served: number): Visits =>
      (d, k, s, c) =>
        d === 11 && k === 0 && s === 0 ? [served, 3, 1][c] : 0;
    const cubes = [base, plus(base, trickle(8)), plus(base, trickle(17))].map((v) => cubeOf("2022-01", v));
    const first = await suppressMonth(cubes[0]);
    const versions = [{ cube: cubes[0], tables: first.tables }];
    const second = await auditedRevision(versions, cubes[1]);
    if (!second.ok) throw new Error(`refused: ${second.reason}`);
    expect(second.audit).toMatchObject({ coarsened: true, lateEvents: 12 });
    // The tables are the first version's, number for number; the late visits are one row.
    const { late, ...tables } = second.tables;
    expect(tables).toEqual(first.tables);
    expect(late).toMatchObject({ total: 12, withLate: (first.tables.day.total as number) + 12 });
    expect(late!.cells.filter((c) => c !== null && c > 0 && c < 5)).toEqual([]);
    versions.push({ cube: second.cube, tables: second.tables });
    await expectNothingSmallFromVersions(versions);

    // Three more would show as +3 in the late row's total: they wait.
    const three = await auditedRevision(versions, cubeOf("2022-01", plus(plus(base, trickle(8)), late3)));
    expect(three).toMatchObject({ ok: false, reason: "tooFew" });
    // Nine more come out, in the late row again (once coarsened, always).
    const third = await auditedRevision(versions, cubes[2]);
    if (!third.ok) throw new Error(`refused: ${third.reason}`);
    expect(third.audit.coarsened).toBe(true);
    expect(third.tables.late).toMatchObject({ total: 21 });
    expect(third.tables.day).toEqual(first.tables.day);
    versions.push({ cube: third.cube, tables: third.tables });
    await expectNothingSmallFromVersions(versions);
  }, 300_000);

  it("never lets an attacker holding both releases narrow a hidden count or the late visits below five values", async () => {
    await fc.assert(
      fc.asyncProperty(smallCounts, smallCounts, async (values, lateValues) => {
        const base = visitsFrom(values);
        const late: Visits = (d, k, s, c) => (visitsFrom(lateValues)(d, k, s, c) > 30 ? 1 : 0);
        const old = await suppressMonth(cubeOf("2022-01", base));
        const revision = await auditedRevision(
          [{ cube: cubeOf("2022-01", base), tables: old.tables }],
          cubeOf("2022-01", plus(base, late)),
        );
        if (!revision.ok) return;
        expect(shownNumbers(revision.tables)).toBeGreaterThanOrEqual(
          (1 - MAX_WITHDRAWN_SHARE) * shownNumbers(old.tables),
        );
        await expectNothingSmallFromVersions([
          { tables: old.tables, cube: cubeOf("2022-01", base) },
          { tables: revision.tables, cube: revision.cube },
        ]);
      }),
      { numRuns: 4, endOnFailure: true },
    );
  }, 300_000);

  it("keeps every earlier version safe too: a third version is audited beside the first and the second", async () => {
    await fc.assert(
      fc.asyncProperty(smallCounts, fc.integer({ min: 0, max: 59 }), async (values, shift) => {
        const base = visitsFrom(values);
        // Two batches of late visits, 8 in every number they touch, on different days.
        const batch =
          (first: number): Visits =>
          (d, k, s, c) =>
            d >= first && d < first + 3 && (d + k + s + c + shift) % 4 === 0 ? 8 : 0;
        const cubes = [base, plus(base, batch(4)), plus(plus(base, batch(4)), batch(15))].map((v) =>
          cubeOf("2022-01", v),
        );
        const versions = [{ cube: cubes[0], tables: (await suppressMonth(cubes[0])).tables }];
        for (const cube of cubes.slice(1)) {
          const revision = await auditedRevision(versions, cube);
          if (!revision.ok) return;
          versions.push({ cube: revision.cube, tables: revision.tables });
        }
        await expectNothingSmallFromVersions(versions);
      }),
      { numRuns: 4, endOnFailure: true },
    );
  }, 300_000);
});
