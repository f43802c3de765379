#!/usr/bin/env bash
# Installs the build into a scratch prefix and checks what the desktop needs is there
# and valid: binaries, launcher (desktop-file-validate), AppStream metainfo
# (appstreamcli validate), icons, translations, the sample pages (where the installed
# app looks for them) and the report program (found and run by the installed CLI).
# usage: tests/install-check.sh BUILD
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" > /dev/null
id=io.github.jiaokan.Jiaokan
for f in bin/jiaokan bin/jiaokan-cli share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
         share/icons/hicolor/scalable/apps/$id.svg; do
  [ -e "$prefix/$f" ] || { echo "missing: $f" >&2; exit 1; }
done
for size in 16 32 48 64 128 256; do
  f="$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png"
  [ -e "$f" ] || { echo "missing: $f" >&2; exit 1; }
done
desktop-file-validate "$prefix/share/applications/$id.desktop"
appstreamcli validate --no-net "$prefix/share/metainfo/$id.metainfo.xml"
for lang in en zh_CN zh_TW; do
  f="$prefix/share/jiaokan/translations/jiaokan_$lang.qm"
  [ -s "$f" ] || { echo "missing: $f" >&2; exit 1; }
done
"$prefix/bin/jiaokan-cli" --help > /dev/null
# The sample pages are installed, and the installed app opens them from there.
samples=$(cd "$prefix/share/jiaokan/samples" && pwd -P)
[ "$(ls "$samples"/*.txt | wc -l)" -ge 4 ] || { echo "missing: the sample pages in share/jiaokan/samples" >&2; exit 1; }
found=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/jiaokan" --samples-folder)
[ "$found" = "$samples" ] || { echo "the installed app looks for its samples in $found, not $samples" >&2; exit 1; }
# The installed CLI finds its plural forms beside it: "1 difference", not "difference(s)".
out=$("$prefix/bin/jiaokan-cli" match "$samples"/001_*.txt "$samples"/002_*.txt)
if grep -q 'difference(s)' <<< "$out" || ! grep -q ' differences\?$' <<< "$out"; then
  echo "the installed CLI does not find its translations: $out" >&2; exit 1
fi
# `report` is laid out by libexec/jiaokan/jiaokan-report, which the CLI must find.
[ -x "$prefix/libexec/jiaokan/jiaokan-report" ] || { echo "missing: libexec/jiaokan/jiaokan-report" >&2; exit 1; }
QT_QPA_PLATFORM=offscreen "$prefix/bin/jiaokan-cli" report --html "$prefix/report.html" \
    "$samples"/001_*.txt "$samples"/002_*.txt 2> /dev/null
grep -q '天高云' "$prefix/report.html" || { echo "the installed CLI made no report" >&2; exit 1; }
echo "installed and valid"
