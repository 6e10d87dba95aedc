#!/usr/bin/env bash
# The Citus pass of `npm test` (issue 20, docs/scale-out.md): the server integration suites on a
# coordinator and two workers (apps/server/src/test/citus-cluster.ts), beside PGlite and PostgreSQL.
# Installs Citus first when it is missing and this machine allows it: root, apt, and the project's
# sibling ../shared with the source (../shared/vendor) and its build script (../shared/tools).
# Exit 0: passed; 1: a test failed; 2: not run (one line says why, and `npm test` goes on).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/vitest-citus.json
shared=../shared
source_tar="$shared/vendor/citus-13.0.5.tar.gz"
installer="$shared/tools/install-citus.sh"
pgconfig=/usr/lib/postgresql/15/bin/pg_config

skip() {
  echo "Citus: không chạy các bài kiểm thử trên Citus ($1)."
  exit 2
}

installed() { [ -x "$pgconfig" ] && [ -f "$("$pgconfig" --pkglibdir)/citus.so" ]; }

if ! installed; then
  [ -x "$pgconfig" ] || skip "không có PostgreSQL 15 của Debian"
  [ -f "$source_tar" ] && [ -f "$installer" ] || skip "chưa cài Citus và không có mã nguồn ở $source_tar"
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || skip "chưa cài Citus, cần quyền root và apt-get để dựng"
  echo "Citus: dựng và cài từ $source_tar (khoảng 2 phút)…"
  started=$SECONDS
  bash "$installer" "$source_tar" >test-results/citus-install.log 2>&1 ||
    skip "dựng Citus thất bại, xem test-results/citus-install.log"
  echo "Citus: đã cài trong $((SECONDS - started)) s."
fi

started=$SECONDS
VINHDANH_TEST_ENGINES=citus npx vitest run --project integration \
  --reporter=default --reporter=json --outputFile.json=test-results/vitest-citus.json
result=$?
echo "Citus: các bài kiểm thử tích hợp chạy trong $((SECONDS - started)) s."
[ $result = 0 ] || exit 1
