import { existsSync } from "node:fs";

/** Debian's Chromium (CHROMIUM_PATH overrides); Playwright's own browser download cannot work offline. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Stops at once, in one line, when there is no browser to drive. */
export function assertChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: run \`apt-get install -y chromium\` or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
}
