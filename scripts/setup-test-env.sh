#!/usr/bin/env bash
# Installs the Debian packages the tests need (PostgreSQL, PgBouncer, Chromium, fonts with
# Vietnamese glyphs, poppler-utils (pdftotext, pdfsig) and LibreOffice for reading documents back,
# openssl for the signing tests' throwaway CA) when they are missing and we are allowed to; otherwise says
# exactly what to install. Called by `npm test`.
set -euo pipefail

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans" || missing+=(fonts-noto-core)
# Documents: pdftotext/pdftoppm read PDFs back, LibreOffice opens the .docx, and Liberation
# Serif 2 (Times-compatible, full Vietnamese) is the font the certificates embed.
command -v pdftotext >/dev/null || missing+=(poppler-utils)
# Signing tests: pdfsig (poppler-utils) checks the PAdES signatures, openssl makes a throwaway CA.
command -v pdfsig >/dev/null || [[ " ${missing[*]} " == *" poppler-utils "* ]] || missing+=(poppler-utils)
command -v openssl >/dev/null || missing+=(openssl)
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
[ -f /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] || missing+=(fonts-liberation2)
# The deployment the operations guide describes: the app behind PgBouncer in transaction pooling.
command -v pgbouncer >/dev/null || [ -x /usr/sbin/pgbouncer ] || missing+=(pgbouncer)

if [ ${#missing[@]} -eq 0 ]; then exit 0; fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Cài các gói cần cho kiểm thử: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # The Debian package starts a cluster of its own; tests start their own throwaway one.
  exit 0
fi

echo "Thiếu gói hệ thống cho kiểm thử: ${missing[*]}" >&2
echo "Hãy cài bằng: sudo apt-get install -y ${missing[*]}" >&2
exit 1
