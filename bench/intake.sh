#!/usr/bin/env bash
# The intake limit: profile input over 1 MB is refused in under a second
# with peak memory under 100 MB, whatever its size. It builds the binary and
# feeds it a 50 MB paste on standard input, a 50 MB text file and a 50 MB
# JSON file, through inmail candidates add and import, timing each with GNU
# time. Each must exit 2 (bad input), save no candidate, and stay under
# the limits; the script prints the figures and exits 1 when one is over.
#
#   bench/intake.sh              # 50 MB
#   SIZE_MB=200 bench/intake.sh
set -euo pipefail

SIZE_MB=${SIZE_MB:-50}
MAX_SECONDS=${MAX_SECONDS:-1.0}
MAX_MB=${MAX_MB:-100}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$ROOT" && go build -o "$tmp/inmail" ./cmd/inmail)
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" INMAIL_DB="$tmp/inmail.db"

# A profile page repeated to SIZE_MB: what a runaway select-all-and-paste
# of a long feed looks like.
page="$ROOT/internal/profile/testdata/pages/01-desktop-priya-banker.txt"
n=$(( SIZE_MB * 1024 * 1024 / $(wc -c < "$page") + 1 ))
for _ in $(seq "$n"); do cat "$page"; done | head -c $((SIZE_MB * 1024 * 1024)) > "$tmp/big.txt"
{ printf '{"name": "Priya Raman", "about": "'; head -c $((SIZE_MB * 1024 * 1024)) /dev/zero | tr '\0' 'a'; printf '"}'; } > "$tmp/big.json"

over=0
run() { # label, then the command; stdin from $in
	local label=$1; shift
	set +e
	/usr/bin/time -f '%e %M' -o "$tmp/time" "$@" < "$in" > "$tmp/out" 2> "$tmp/err"
	local code=$?
	set -e
	read -r secs kb < <(tail -n 1 "$tmp/time")
	local mb=$(( kb / 1024 ))
	printf '%-44s exit %d in %5.2f s, peak %3d MB: %s\n' "$label" "$code" "$secs" "$mb" "$(head -c 120 "$tmp/err")"
	if [ "$code" -ne 2 ]; then echo "  want exit 2 (bad input)" >&2; over=1; fi
	if awk -v s="$secs" -v m="$MAX_SECONDS" 'BEGIN { exit !(s > m) }'; then echo "  over $MAX_SECONDS s" >&2; over=1; fi
	if [ "$mb" -gt "$MAX_MB" ]; then echo "  over $MAX_MB MB" >&2; over=1; fi
}

in="$tmp/big.txt"; run "$SIZE_MB MB paste: candidates add -" "$tmp/inmail" candidates add -
in=/dev/null; run "$SIZE_MB MB text file: candidates add big.txt" "$tmp/inmail" candidates add "$tmp/big.txt"
in=/dev/null; run "$SIZE_MB MB JSON: candidates import big.json" "$tmp/inmail" candidates import "$tmp/big.json"
in="$tmp/big.txt"; run "$SIZE_MB MB paste: check --profile big.txt" "$tmp/inmail" check --profile "$tmp/big.txt" "Your Veltra Care unitranche work"

saved=$("$tmp/inmail" candidates list --json)
if [ "$saved" != "[]" ]; then
	echo "a candidate was saved: $saved" >&2
	over=1
fi
exit "$over"
