import { defineConfig } from "prisma/config";

// Prisma 7 reads no .env and `env()` throws when a variable is unset, even for `generate`:
// read process.env with a harmless fallback. Kring applies migrations itself (server/db/migrator.ts).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/kring" },
});
