// Prisma CLI configuration: the JavaScript schema engine over the pg driver adapter,
// so no native engine is downloaded (see ../shared/notes/prisma-offline.md).
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The CLI falls back to downloading a native engine when DATABASE_URL is unset; the
// scripts always set it, and this default only keeps `prisma generate` offline.
process.env.DATABASE_URL ??= "postgresql://localhost:5432/unset";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL!, allowExitOnIdle: true });
  },
});
