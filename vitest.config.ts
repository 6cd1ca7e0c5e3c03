import { defineConfig } from "vitest/config";

/**
 * Three projects, so the inner loop is fast: `core` (the pure functions of src/core: no I/O, no database, run without
 * per-file isolation — `npm run test:core`), `unit` (documents, CLI, examples, corpus, import and the web app's modules:
 * files and LibreOffice, no database) and `server` (storage, API and browser tests: they need the private
 * PostgreSQL cluster the global set-up starts). `npm test` runs all three.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        test: {
          name: "core",
          include: ["src/core/**/*.test.ts"],
          environment: "node",
          isolate: false,
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "test/**/*.test.ts", "web/src/**/*.test.ts"],
          exclude: [
            "src/core/**",
            "test/server/**",
            "test/e2e/**",
            "test/postgres-cluster.test.ts",
            "**/node_modules/**",
          ],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "server",
          include: ["test/server/**/*.test.ts", "test/e2e/**/*.test.ts", "test/postgres-cluster.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          globalSetup: ["test/support/global-setup.ts"],
        },
      },
    ],
  },
});
