# Shared by the bench scripts of issue 14 (tui.sh, demo.sh, export.sh):
# source it. It builds two binaries, this work tree's ("new") and the one
# at $BASE ("base", default: the commit before issue 14), and keeps one
# demo database made by each, since a base binary cannot read a database of
# a newer schema. Everything large lives in $BENCH_CACHE (default
# /tmp/inmail-bench): two 1,000,000-message databases take about 4.5 GB;
# delete the folder when done.
#
#   MESSAGES=100000 RUNS=3 bench/tui.sh     # smaller and quicker
#   BASE=main bench/demo.sh                 # against another commit
set -euo pipefail

MESSAGES=${MESSAGES:-1000000}
SEED=${SEED:-1}
RUNS=${RUNS:-5}
BASE=${BASE:-2bd543b}
CACHE=${BENCH_CACHE:-/tmp/inmail-bench}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mkdir -p "$CACHE"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

say() { printf '\n== %s\n' "$*"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# build puts the new binary at $new and the base one at $base.
build() {
	new=$CACHE/inmail-new
	(cd "$ROOT" && go build -o "$new" ./cmd/inmail)
	local rev
	rev=$(git -C "$ROOT" rev-parse --short "$BASE")
	base=$CACHE/inmail-$rev
	if [ ! -x "$base" ]; then
		mkdir -p "$tmp/base"
		git -C "$ROOT" archive "$rev" | tar -x -C "$tmp/base"
		(cd "$tmp/base" && go build -o "$base" ./cmd/inmail)
		rm -rf "$tmp/base" # the scripts keep their base figures at $tmp/base
	fi
	echo "new:  $new ($(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet || echo ', with changes'))"
	echo "base: $base ($rev)"
}

# end is the moment every demo history ends, fixed once so that both
# databases hold the same messages.
end() {
	[ -s "$CACHE/end" ] || date -u +%Y-%m-%dT%H:%M:%SZ >"$CACHE/end"
	cat "$CACHE/end"
}

# demo_db BIN NAME prints the path of NAME's demo database, made with BIN
# the first time.
demo_db() {
	local db=$CACHE/$2-seed$SEED-$MESSAGES.db
	if [ ! -s "$db" ]; then
		rm -f "$db"
		"$1" --config "$tmp/none.yaml" --db "$db" demo --messages "$MESSAGES" --seed "$SEED" --end "$(end)" >&2
	fi
	echo "$db"
}

# stats reads seconds, one a line, and prints the minimum and the median.
stats() {
	sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) { print "- -"; exit } printf "%.3f %.3f\n", a[1], (a[int((NR + 1) / 2)] + a[int(NR / 2) + 1]) / 2 }'
}

# ratio A B prints A/B to two places.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

now_ns() { date +%s%N; }
