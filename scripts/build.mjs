// npm run build: compiles src/ with TypeScript 7 (the native compiler; `typescript` itself is 6.0, the one
// typescript-eslint can read) to dist/node (what the jixiao command, the server and its workers run), from a clean
// folder so that no output of a deleted source survives, and stamps the build so bin/jixiao.mjs can tell it is current.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const out = `${root}dist/node`;
rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, [`${root}node_modules/typescript-7/bin/tsc`, "-p", `${root}tsconfig.build.json`], {
  stdio: "inherit",
});
// Plain JavaScript modules the compiled code loads (tsc copies only what it compiles).
mkdirSync(`${out}/src/server/jobs`, { recursive: true });
copyFileSync(`${root}src/server/jobs/worker-bootstrap.mjs`, `${out}/src/server/jobs/worker-bootstrap.mjs`);
writeFileSync(`${out}/BUILT`, `${new Date().toISOString()}\n`);
