// A commit's subject, checked as CONTRIBUTING asks: one line of at most 72 characters, one
// topic (not several joined with ";"). Used by the commit-msg hook (.githooks/commit-msg) and
// by test/commit-subjects.test.ts over the history since the rule was enforced.

export const SUBJECT_MAX = 72;

/** What is wrong with a subject, or null when it is fine. */
export function subjectProblem(subject) {
  if (subject.trim() === "") return "the subject is empty";
  if (subject.length > SUBJECT_MAX)
    return `the subject has ${subject.length} characters, at most ${SUBJECT_MAX}: put the rest in the body`;
  if (/;\s/.test(subject)) return "the subject joins topics with ';': one topic per commit";
  return null;
}

// As a hook: `node scripts/commit-subject.mjs <message file>`.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, "/"))) {
  const { readFileSync } = await import("node:fs");
  const subject =
    readFileSync(process.argv[2], "utf8")
      .split("\n")
      .find((line) => !line.startsWith("#")) ?? "";
  const problem = subjectProblem(subject);
  if (problem) {
    console.error(`commit refused: ${problem}`);
    process.exit(1);
  }
}
