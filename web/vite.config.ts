/**
 * The browser app's build: React, bundled from web/ into dist/web, which the server serves at "/". The app imports
 * the same scoring and audit code as the server (src/core), so totals and grades update in the page as the user
 * types, with the same rules.
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  plugins: [react()],
  build: {
    // JIXIAO_WEB_OUT lets two builds run side by side (the browser tests read it back as JIXIAO_WEB_ROOT).
    outDir: process.env.JIXIAO_WEB_OUT ?? fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    host: "127.0.0.1",
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
});
