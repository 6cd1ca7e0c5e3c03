import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "web/src/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    globalSetup: ["test/support/global-setup.ts"],
  },
});
