#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each (after replaying the crashers kept in
# regressions/), seeded from tests/fuzz/seeds, the test data and the corpus. Any crash,
# hang, leak or sanitizer report fails the run; its input is left in BUILD/artifacts.
# usage: tests/fuzz/run.sh BUILD SECONDS
set -euo pipefail
build=$1
seconds=$2
here="$(cd "$(dirname "$0")" && pwd)"
top="$(cd "$here/../.." && pwd)"
mkdir -p "$build/artifacts"

run() {   # target max_len seed-dirs-and-files…
  local target=$1 max_len=$2; shift 2
  local bin="$build/tests/fuzz/$target" work="$build/fuzz-corpus/$target"
  mkdir -p "$work"
  for crasher in "$here"/regressions/"${target#fuzz_}"-*; do
    [ -e "$crasher" ] && "$bin" "$crasher"
  done
  echo "== $target: ${seconds}s"
  "$bin" -max_total_time="$seconds" -max_len="$max_len" -timeout=30 -rss_limit_mb=2048 \
    -artifact_prefix="$build/artifacts/$target-" -print_final_stats=1 "$work" "$@" 2>&1 | tail -n 12
}

seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
mkdir -p "$seeds/pageloader" "$seeds/diff" "$seeds/matcher" "$seeds/project" "$seeds/pdf" "$seeds/archive"
cp "$top"/tests/data/corpus/*.txt "$top"/tests/data/encodings/*.txt "$top"/tests/data/web/* "$seeds/pageloader/"
cp "$here"/seeds/diff-* "$seeds/diff/"
cp "$here"/seeds/matcher-* "$seeds/matcher/"
cp "$here"/seeds/project-* "$seeds/project/"
cp "$here"/seeds/pdf-* "$seeds/pdf/"
cp "$here"/seeds/archive-* "$seeds/archive/"

run fuzz_pageloader 65536 "$seeds/pageloader"
run fuzz_diff 4096 "$seeds/diff"
run fuzz_matcher 8192 "$seeds/matcher"
run fuzz_project 16384 "$seeds/project"
run fuzz_pdf 16384 "$seeds/pdf"
run fuzz_archive 32768 "$seeds/archive"
echo "fuzzing: no crash, hang or sanitizer report"
