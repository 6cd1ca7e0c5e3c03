#!/usr/bin/env node
// Entry point of the `jixiao` command. It runs the compiled JavaScript in dist/node (`npm run build`, which npm ci,
// npm start and npm test run). In a checkout whose build is missing or older than a source file, it runs the
// TypeScript sources through tsx instead, so a developer never runs stale code; an installed package has no src/.
import { existsSync, readdirSync, statSync } from "node:fs";

const root = new URL("../", import.meta.url);
const stamp = new URL("dist/node/BUILT", root);
const sources = new URL("src/", root);

function changedSince(folder, time) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = new URL(entry.name + (entry.isDirectory() ? "/" : ""), folder);
    if (entry.isDirectory() ? changedSince(path, time) : statSync(path).mtimeMs > time) return true;
  }
  return false;
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : null;
const useSources = existsSync(sources) && (built === null || changedSince(sources, built));
let main;
if (useSources) {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli/main.ts"));
} else {
  ({ main } = await import("../dist/node/src/cli/main.js"));
}
process.exitCode = await main(process.argv.slice(2));
