import { inject } from "vitest";

// Each test file's process talks to the run's database (lib/db reads DATABASE_URL lazily).
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX = inject("databasePoolMax");
