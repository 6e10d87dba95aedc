#!/usr/bin/env bash
# `npm test`: unit tests, integration tests on PGlite and PostgreSQL, the unit and PGlite suites
# again on the Node LTS, the integration suites on Citus (when it is installed or can be), then
# browser tests in Debian Chromium. Ends with one line "N passed, N failed".
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

# The integration suites on a 3-node Citus cluster; exit 2 is "not run", said in one line.
citus_report=()
bash scripts/test-citus.sh
case $? in
  0) citus_report=(test-results/vitest-citus.json) ;;
  2) ;;
  *) citus_report=(test-results/vitest-citus.json); status=1 ;;
esac

if npm run -s build >test-results/web-build.log 2>&1; then
  npx playwright test -c e2e/playwright.config.ts || status=1
else
  cat test-results/web-build.log
  echo "Dựng giao diện web thất bại." >&2
  status=1
fi

node scripts/test-summary.mjs test-results/vitest.json test-results/playwright.json test-results/vitest-node-lts.json \
  "${citus_report[@]}" || status=1
exit $status
