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

/** How every browser test starts Debian's Chromium here (no sandbox as root; nothing fetched from the closed network). */
export const chromiumLaunchOptions = {
  executablePath: chromiumPath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
