#!/usr/bin/env bash
# The budget for `inmail check --jsonl`: 10,000 checks in under 1 s as a
# whole process (start, read, decode, check, write) on the team's 2-core
# machine. It builds the binary, makes 10,000 cases from the validator's dev
# and evaluation sets with numbered ids, and times RUNS runs of two files:
# one where profiles repeat (a real file of cases, where each profile is
# prepared once) and one where every line's profile is different (each one
# decoded and indexed). It prints the median and the fastest of each, the
# median CPU time (user + system, which other work on a shared machine
# does not inflate as it does the wall time) and the load average, and
# exits 1 when a median is over the budget.
#
#   bench/check.sh               # 5 runs of each
#   RUNS=9 BUDGET=0.8 bench/check.sh
set -euo pipefail

RUNS=${RUNS:-5}
BUDGET=${BUDGET:-1.0}
N=${N:-10000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$ROOT" && go build -o "$tmp/inmail" ./cmd/inmail)
sets="$ROOT/internal/personalize/testdata/dev.jsonl $ROOT/internal/personalize/testdata/cases.jsonl"

over=0
for distinct in 0 1; do
	# shellcheck disable=SC2086
	awk -v n="$N" -v distinct=$distinct '
		{ lines[NR] = $0 }
		END {
			for (i = 0; i < n; i++) {
				l = lines[(i % NR) + 1]
				sub(/"id": "[^"]*"/, "\"id\": \"case-" i "\"", l)
				if (distinct && !sub(/"name": "/, "\"name\": \"N" i " ", l)) sub(/"text": "/, "\"text\": \"N" i " ", l)
				print l
			}
		}' $sets > "$tmp/cases.jsonl"
	times=()
	cpus=()
	for _ in $(seq "$RUNS"); do
		start=$(date +%s%N)
		/usr/bin/time -f '%U %S' -o "$tmp/cpu" "$tmp/inmail" check --jsonl "$tmp/cases.jsonl" > "$tmp/out.jsonl" || true
		end=$(date +%s%N)
		times+=("$(( (end - start) / 1000000 ))")
		cpus+=("$(tail -n 1 "$tmp/cpu" | awk '{ printf "%d", ($1 + $2) * 1000 }')")
	done
	verdicts=$(wc -l < "$tmp/out.jsonl")
	if [ "$verdicts" -ne "$N" ]; then
		echo "got $verdicts verdicts for $N cases" >&2
		exit 2
	fi
	sorted=$(printf '%s\n' "${times[@]}" | sort -n)
	median=$(echo "$sorted" | sed -n "$(( (RUNS + 1) / 2 ))p")
	best=$(echo "$sorted" | head -1)
	cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
	label="profiles repeat"
	[ "$distinct" = 1 ] && label="every profile different"
	printf '%s checks, %s: median %d.%03d s, fastest %d.%03d s, CPU %d.%03d s (%s runs; budget %s s; load %s)\n' \
		"$N" "$label" $((median / 1000)) $((median % 1000)) $((best / 1000)) $((best % 1000)) \
		$((cpu / 1000)) $((cpu % 1000)) "$RUNS" "$BUDGET" "$(cut -d' ' -f1 /proc/loadavg)"
	if awk -v m="$median" -v b="$BUDGET" 'BEGIN { exit !(m / 1000 > b) }'; then
		over=1
	fi
done
if [ "$over" = 1 ]; then
	echo "over budget (on a loaded machine, compare the CPU time)" >&2
	exit 1
fi
