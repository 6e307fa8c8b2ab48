#!/usr/bin/env bash
# Regenerates the encoded copies of the seed with glibc iconv (an encoder independent of the
# app's decoder). Run from the repository root: bash tests/encodings/make.sh
set -euo pipefail
seed=seeds/000_07fcc2ea9ae77a26.txt
out=tests/encodings
iconv -f UTF-8 -t CP932 "$seed" > "$out/seed.sjis.txt"
iconv -f UTF-8 -t UTF-16LE "$seed" > "$out/seed.utf16le.txt"
iconv -f UTF-8 -t UTF-16BE "$seed" > "$out/seed.utf16be.txt"
{ printf '\xff\xfe'; cat "$out/seed.utf16le.txt"; } > "$out/seed.utf16le-bom.txt"
{ printf '\xfe\xff'; cat "$out/seed.utf16be.txt"; } > "$out/seed.utf16be-bom.txt"
{ printf '\xef\xbb\xbf'; cat "$seed"; } > "$out/seed.utf8-bom.txt"
# An old Excel workbook: the OLE2 compound-file signature, then the rest of a 512-byte header.
{ printf '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'; head -c 504 /dev/zero; } > "$out/old.xls"
# 4 KiB of pseudo-random bytes (fixed, so the test is the same every run).
{ openssl enc -aes-128-ctr -nosalt -K 000102030405060708090a0b0c0d0e0f -iv 00000000000000000000000000000000 -in /dev/zero 2>/dev/null || true; } | head -c 4096 > "$out/random.bin" || true
# UTF-8 damaged: byte 30 of the seed (the first byte of 務 in 2022 - 総務 - 21 - 0059) replaced by 0xFF.
python3 - "$seed" "$out/seed.utf8-damaged.txt" <<'PY'
import sys
b = bytearray(open(sys.argv[1], 'rb').read())
b[29] = 0xFF
open(sys.argv[2], 'wb').write(b)
PY
