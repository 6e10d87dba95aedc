#!/usr/bin/env bash
# `npm test`: unit tests, integration tests on PGlite and PostgreSQL, the unit and PGlite suites
# again on the Node LTS, then browser tests in Debian Chromium. Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results

bash scripts/setup-test-env.sh || exit 1

status=0
# Known vulnerabilities in the production dependencies (one line when the registry does not answer).
node scripts/npm-audit.mjs || status=1

npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || status=1

# The same unit and PGlite integration suites on the current Node LTS (the app supports 20 and 26).
bash scripts/test-node-lts.sh || status=1

if npm run -s build >test-results/web-build.log 2>&1; then
  npx playwright test -c e2e/playwright.config.ts || status=1
else
  cat test-results/web-build.log
  echo "Dựng giao diện web thất bại." >&2
  status=1
fi

node scripts/test-summary.mjs test-results/vitest.json test-results/playwright.json test-results/vitest-node-lts.json || status=1
exit $status
