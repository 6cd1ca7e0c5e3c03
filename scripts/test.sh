#!/usr/bin/env bash
# The whole test suite, runnable on a fresh machine: set-up, type check, then every vitest suite. The last line is
# "N passed, N failed" (the CI does not read vitest's own summary).
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }

status=0
echo "== 类型检查 (tsc)"
npm run typecheck --silent || status=1

echo "== 代码检查 (eslint, prettier)"
npm run lint --silent || status=1

# The command, the server and its workers run the compiled JavaScript, as an installed package does.
echo "== 编译 (npm run build)"
npm run build --silent || status=1

# The browser tests load the production build of the web app, as the server serves it.
echo "== 构建网页 (vite build)"
npm run build:web --silent || status=1

echo "== 测试 (vitest)"
rm -f .vitest.json
npx vitest run --reporter=default --reporter=json --outputFile=.vitest.json || status=1

if [[ -f .vitest.json ]]; then
  node -e '
    const r = require("./.vitest.json");
    // A suite that failed to load has no test results of its own; count it, and a failed type check, as failures.
    const brokenSuites = r.testResults.filter((t) => t.status === "failed" && t.assertionResults.length === 0).length;
    const typecheckFailed = process.argv[1] === "1" && r.numFailedTests + brokenSuites === 0 ? 1 : 0;
    const failed = r.numFailedTests + brokenSuites + typecheckFailed;
    console.log(`${r.numPassedTests} passed, ${failed} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
  ' "$status"
else
  echo "0 passed, 1 failed"
  status=1
fi
exit $status
