#!/bin/bash
# The corpus pages re-typeset by ../shared/tools/relayout in 44 layouts (four sets, columns 2-10, 8-13 pt, serif and sans, simplified and
# traditional, full-width and ASCII punctuation, A3 and A4), for
#   ../shared/tools/score reflow --corpus DIR/SET
# Needs Debian's chromium, fonts-noto-cjk, poppler-utils and opencc.
#   tests/bench/make-relayout.sh DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
shared=$here/../../../shared
out=${1:?usage: make-relayout.sh DIR}
p0=000_800ada7c4181dbc5 p1=001_7bef9e0345aafa9a p2=002_8f3d60094bcd0134 p4=004_61b16b637bcca7d8
run() {   # set id page options…
    [ -n "${only:-}" ] && [ "$1" != "$only" ] && return
    mkdir -p "$out/$1"
    "$shared/tools/relayout" "$shared/corpus/$3.txt" "$shared/corpus/$3.blocks.tsv" "$2" "$out/$1" "${@:4}" >/dev/null
}
sans=(--font "Noto Sans CJK SC") sanstc=(--font "Noto Sans CJK TC") seriftc=(--font "Noto Serif CJK TC")
# Sets a and b: the layouts the reflow rules were last worked on with.
run a 001 $p0 --columns 3 --size 12
run a 002 $p0 --columns 8 --size 9 "${sans[@]}" --ascii-punct
run a 003 $p0 --columns 5 --size 10.5 --s2t "${seriftc[@]}"
run a 004 $p0 --columns 4 --size 9 --paper A4
run a 011 $p1 --columns 4 --size 11 "${sans[@]}"
run a 012 $p1 --columns 3 --size 12 --s2t "${sanstc[@]}"
run a 013 $p1 --columns 8 --size 9.5 --ascii-punct
run a 014 $p1 --columns 5 --size 12 "${sans[@]}" --paper A4
run a 021 $p2 --columns 5 --size 10 --s2t "${seriftc[@]}"
run a 022 $p2 --columns 4 --size 11
run a 023 $p2 --columns 3 --size 11.5 "${sans[@]}"
run a 024 $p2 --columns 8 --size 10 --ascii-punct --s2t
run a 041 $p4 --columns 8 --size 9 --ascii-punct
run a 042 $p4 --columns 5 --size 10 "${sans[@]}"
run a 043 $p4 --columns 4 --size 12 --s2t "${sanstc[@]}"
run a 044 $p4 --columns 3 --size 9.5 --paper A4
run b 100 $p0 --columns 6 --size 10.5
run b 101 $p1 --columns 7 --size 9 "${sans[@]}" --s2t
run b 102 $p2 --columns 2 --size 11 --paper A4
run b 104 $p4 --columns 6 --size 11.5 "${seriftc[@]}" --s2t --ascii-punct
run b 110 $p0 --columns 2 --size 10 --paper A4 "${sans[@]}"
run b 111 $p1 --columns 6 --size 10.5 --ascii-punct
run b 112 $p2 --columns 7 --size 9.5 "${sanstc[@]}" --s2t
run b 114 $p4 --columns 4 --size 10 --paper A4
run b 120 $p0 --columns 7 --size 11 --s2t
run b 121 $p1 --columns 2 --size 9 --paper A4 --ascii-punct
run b 122 $p2 --columns 6 --size 12 "${sans[@]}" --ascii-punct
run b 124 $p4 --columns 7 --size 10.5 "${sans[@]}"
# Sets c and d: never worked on, only measured.
run c 200 $p0 --columns 9 --size 8 "${sans[@]}"
run c 201 $p1 --columns 3 --size 13 --s2t --ascii-punct
run c 202 $p2 --columns 10 --size 8.5 --paper A4 "${sans[@]}"
run c 204 $p4 --columns 2 --size 13 --s2t "${seriftc[@]}"
run c 210 $p0 --columns 4 --size 13 --paper A4 --ascii-punct
run c 211 $p1 --columns 9 --size 8.5 "${seriftc[@]}" --s2t
run c 212 $p2 --columns 3 --size 9 --ascii-punct "${sans[@]}"
run c 214 $p4 --columns 6 --size 8 --paper A4
run d 300 $p0 --columns 5 --size 8.5 --ascii-punct --s2t
run d 301 $p1 --columns 10 --size 8 "${sans[@]}"
run d 302 $p2 --columns 9 --size 9 --paper A4 "${seriftc[@]}" --s2t
run d 304 $p4 --columns 3 --size 10.5 "${sans[@]}" --ascii-punct
run d 310 $p0 --columns 10 --size 8.5 --paper A4
run d 311 $p1 --columns 2 --size 12.5 "${sanstc[@]}" --s2t
run d 312 $p2 --columns 5 --size 13 --ascii-punct
run d 314 $p4 --columns 9 --size 9.5 "${seriftc[@]}" --s2t --paper A4
