import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildNeeded, sourceHash, stampBuild } from "./build-stamp";

describe("npm start's build check", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "sigap-stamp-"));
    mkdirSync(join(root, "app"), { recursive: true });
    mkdirSync(join(root, "lib/generated"), { recursive: true });
    writeFileSync(join(root, "app/page.tsx"), "export default 1;");
    writeFileSync(join(root, "package.json"), "{}");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const build = () => {
    mkdirSync(join(root, ".next"), { recursive: true });
    writeFileSync(join(root, ".next/BUILD_ID"), "x");
    stampBuild(root);
  };

  it("builds when there is no build, and not again while the code stays the same", () => {
    expect(buildNeeded(root)).toBe("no build yet");
    build();
    expect(buildNeeded(root)).toBeNull();
  });

  it("builds again after a source file or the lockfile changes (a git pull)", () => {
    build();
    writeFileSync(join(root, "app/page.tsx"), "export default 2;");
    expect(buildNeeded(root)).toBe("the code changed since the last build");
    build();
    writeFileSync(join(root, "package.json"), '{"version":"2"}');
    expect(buildNeeded(root)).toBe("the code changed since the last build");
  });

  it("ignores tests and generated code, which the build does not read", () => {
    build();
    const before = sourceHash(root);
    writeFileSync(join(root, "app/page.test.ts"), "test");
    writeFileSync(join(root, "lib/generated/client.ts"), "generated");
    expect(sourceHash(root)).toBe(before);
    expect(buildNeeded(root)).toBeNull();
  });

  it("treats a build made without a record of its sources as stale", () => {
    mkdirSync(join(root, ".next"), { recursive: true });
    writeFileSync(join(root, ".next/BUILD_ID"), "x");
    expect(buildNeeded(root)).toBe("the build has no record of its sources");
  });
});
