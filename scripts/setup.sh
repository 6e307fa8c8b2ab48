#!/usr/bin/env bash
# Everything a fresh Debian machine with Node 20 lacks for the full test suite:
# npm packages from the lock file, Debian's Chromium, a CJK font for screenshots and
# poppler-utils for the print (PDF) test.
set -euo pipefail
cd "$(dirname "$0")/.."
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need_apt+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -qi 'Liberation' || need_apt+=(fonts-liberation)
# pdftoppm / pdftotext: the print test renders a PDF and reads it back.
command -v pdftoppm >/dev/null 2>&1 || need_apt+=(poppler-utils)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
npm ci --no-audit --no-fund
