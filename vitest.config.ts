import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // Tests run outside React Server Components; the marker package must not throw there.
      { find: /^server-only$/, replacement: `${root}/node_modules/server-only/empty.js` },
    ],
  },
  test: {
    // Each integration file has its own copy of the seeded database (test/setup-database-env.ts),
    // so files of both projects run side by side: one per core.
    maxWorkers: 2,
    exclude: ["**/node_modules/**", "e2e/**", ".next/**", "data/**", ".e2e-data/**"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/node_modules/**", "e2e/**", ".next/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ["**/node_modules/**", "e2e/**", ".next/**"],
          globalSetup: ["test/global-setup.ts"],
          setupFiles: ["test/setup-database-env.ts", "test/next-cache-outside-next.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
