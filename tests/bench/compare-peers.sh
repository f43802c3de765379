#!/bin/bash
# Speed and quality of jiaokan-cli diff beside the peer engines of ../shared/bench, on
# the same files in one run, and the time to match a generated folder of pages.
#   tests/bench/compare-peers.sh [BUILD_DIR]        (after: cd ../shared/bench && npm install)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cli=${1:-$root/build}/app/jiaokan-cli
peers=$root/../shared/bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

changed() {   # characters a jiaokan diff marks changed on each side
    python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
ds = [x for p in d["passages"] for x in p["differences"]]
ca = sum(len(x["a"]) for x in ds)
cb = sum(len(x["b"]) for x in ds)
print("ops=%d changedA=%d changedB=%d" % (len(ds), ca, cb))' "$1"
}

echo "| rate | engine | time | peak memory | edits | changed A | changed B |"
echo "|---|---|---|---|---|---|---|"
for rate in 0.005 0.02; do
    "$peers/make-pair.py" 1000000 "$rate" "$work/a.txt" "$work/b.txt" >/dev/null
    # Median of seven runs for every engine: the machines are shared and noisy. The
    # wall time to the millisecond (/usr/bin/time gives hundredths), peak memory apart.
    for run in 1 2 3 4 5 6 7; do
        start=$(date +%s%N)
        "$cli" diff --json "$work/a.txt" "$work/b.txt" >"$work/out.json"
        echo $(( ($(date +%s%N) - start) / 1000000 )) >"$work/ms.$run"
    done
    ms=$(cat "$work"/ms.? | sort -n | sed -n 4p)
    /usr/bin/time -f "%M" -o "$work/kb" "$cli" diff --json "$work/a.txt" "$work/b.txt" >/dev/null
    kb=$(cat "$work/kb")
    read -r ops ca cb <<<"$(changed "$work/out.json" | tr ' ' '\n' | cut -d= -f2 | tr '\n' ' ')"
    echo "| $rate | jiaokan-cli diff (whole process) | $ms ms | $((kb / 1024)) MB | $ops | $ca | $cb |"
    for peer in dmp; do   # jsdiff (plain Myers) takes minutes at rate 0.02
        if [ -d "$peers/node_modules" ]; then
            for run in 1 2 3 4 5 6 7; do
                node "$peers/peers/$peer.js" "$work/a.txt" "$work/b.txt" >"$work/peer.$run"
            done
            line=$(cat "$work"/peer.? | sort -t= -k5 -n | sed -n 4p)
            ms=$(sed 's/.*ms=\([0-9.]*\).*/\1/' <<<"$line")
            ops=$(sed 's/.*ops=\([0-9]*\).*/\1/' <<<"$line")
            ca=$(sed 's/.*changedA=\([0-9]*\).*/\1/' <<<"$line")
            cb=$(sed 's/.*changedB=\([0-9]*\).*/\1/' <<<"$line")
            echo "| $rate | $peer (diff alone) | ${ms%.*} ms | | $ops | $ca | $cb |"
        fi
    done
done

echo
"$here/make-pages.py" "$work/pages" 10000 2000 >"$work/pages.log"
/usr/bin/time -f "%e %M" -o "$work/time" "$cli" match --json "$work"/pages/page*.txt >"$work/match.json"
read -r secs kb <"$work/time"
python3 - "$work/match.json" "$work/pages/truth.tsv" "$secs" "$kb" <<'PY'
import itertools, json, os, sys
d = json.load(open(sys.argv[1]))
found = {tuple(sorted((os.path.basename(m['a']['file']), os.path.basename(m['b']['file'])))) for m in d['matches']}
gold = set()
for line in open(sys.argv[2]):
    gold |= {tuple(sorted(p)) for p in itertools.combinations(line.split('\t')[1].strip().split(','), 2)}
print(f"match, 10,000 pages of 2,000 characters: {float(sys.argv[3]):.1f} s, {int(sys.argv[4]) // 1024} MB; "
      f"{len(found & gold)}/{len(gold)} reprinted pairs found, {len(found - gold)} false")
PY
