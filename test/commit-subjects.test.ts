import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { subjectProblem, SUBJECT_MAX } from "@/scripts/commit-subject.mjs";

// CONTRIBUTING's rule for commit subjects, over every commit since it was enforced (the
// history before it is what it is): the commit-msg hook refuses a new one, this test any that
// got past it (a commit made without the hook, a rebase).
const ENFORCED_AFTER = "e5efb11";

describe("commit subjects", () => {
  it(`are one topic in at most ${SUBJECT_MAX} characters`, () => {
    const log = execFileSync("git", ["log", "--format=%h %s", `${ENFORCED_AFTER}..HEAD`], { encoding: "utf8" });
    const problems = log
      .split("\n")
      .filter(Boolean)
      .map((line) => [line, subjectProblem(line.slice(line.indexOf(" ") + 1))])
      .filter(([, problem]) => problem);
    expect(problems).toEqual([]);
  });

  it("refuses a long subject and one joining topics, and takes a plain one", () => {
    expect(subjectProblem("Sign-in: a locked address is refused in front of the app")).toBeNull();
    expect(subjectProblem("x".repeat(SUBJECT_MAX + 1))).toMatch(/73 characters/);
    expect(subjectProblem("Fix the lockout; add metrics")).toMatch(/one topic/);
    expect(subjectProblem("  ")).toMatch(/empty/);
  });
});
