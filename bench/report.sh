#!/usr/bin/env bash
# Times `inmail report --by template,seniority --format json` on a demo
# database against sqlite3 answering the same question (report.sql) over the
# same messages exported with `inmail export`, checks that both give the
# same numbers, and prints both timings and peak memory.
#
#   bench/report.sh                      # 1,000,000 messages, seed 1
#   MESSAGES=100000 RUNS=5 bench/report.sh
#
# The demo database, its export and the sqlite copy are cached by seed and
# size in $BENCH_CACHE (default /tmp/inmail-bench); delete it to rebuild.
set -euo pipefail

MESSAGES=${MESSAGES:-1000000}
SEED=${SEED:-1}
RUNS=${RUNS:-10}
CACHE=${BENCH_CACHE:-/tmp/inmail-bench}
ROOT=$(cd "$(dirname "$0")/.." && pwd)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$CACHE"
base="$CACHE/demo-seed$SEED-$MESSAGES"
db="$base.db"
bin="$tmp/inmail"
# No config file: the default seat (LinkedIn Recruiter, refunds on), as report.sql assumes.
cfg="$tmp/no-config.yaml"

say() { printf '\n== %s\n' "$*"; }
peak() { # peak RSS in MB of a command, from GNU time
	/usr/bin/time -v "$@" 2>&1 >/dev/null | awk '/Maximum resident set size/ { printf "%.0f", $6 / 1024 }'
}

need() { # install a Debian package when its command is missing
	command -v "$1" >/dev/null 2>&1 && return 0
	echo "installing $2 with apt-get"
	if ! apt-get install -y "$2" >/dev/null 2>&1; then
		apt-get update >/dev/null 2>&1 || true
		apt-get install -y "$2" >/dev/null
	fi
}
[ -x /usr/bin/time ] || need /usr/bin/time time
need sqlite3 sqlite3
need hyperfine hyperfine || echo "hyperfine not available: timing with a loop instead"

say "build"
(cd "$ROOT" && go build -o "$bin" ./cmd/inmail)
echo "$bin"

say "demo database ($MESSAGES messages, seed $SEED)"
if [ ! -s "$db" ] || [ ! -s "$base.end" ]; then
	rm -f "$db" "$base.end" "$base.csv" "$base.sqlite"
	end=$(date -u +%Y-%m-%dT%H:%M:%SZ)
	/usr/bin/time -v "$bin" --config "$cfg" --db "$db" demo --messages "$MESSAGES" --seed "$SEED" --end "$end" 2>"$tmp/demo.time"
	grep -E "Elapsed|Maximum resident" "$tmp/demo.time" | sed 's/^\s*/  /'
	echo "$end" >"$base.end"
else
	echo "cached: $db"
fi
end=$(cat "$base.end")
now=$(date -u -d "$end" +%s)
ls -l "$db" | awk '{ printf "  %s: %.0f MB\n", $9, $5 / 1048576 }'

say "export (inmail export --format csv)"
if [ ! -s "$base.csv" ]; then
	/usr/bin/time -f "  %e s, peak %M KB" "$bin" --config "$cfg" --db "$db" export --format csv --as-of "$end" --tz UTC >"$base.csv"
fi
echo "  $(($(wc -l <"$base.csv") - 1)) rows in $base.csv"

say "sqlite3 import (not timed with the query)"
if [ ! -s "$base.sqlite" ]; then
	rm -f "$base.sqlite"
	/usr/bin/time -f "  import: %e s" sqlite3 -bail "$base.sqlite" -cmd ".import --csv $base.csv raw" <"$ROOT/bench/import.sql"
fi
echo "  $(sqlite3 "$base.sqlite" 'select count(*) from messages') rows in $base.sqlite ($(sqlite3 --version | cut -d' ' -f1))"

inmail_cmd="$bin --config $cfg --db $db report --by template,seniority --format json --as-of $end --tz UTC"
sqlite_cmd="sqlite3 -json -cmd '.parameter set @now $now' $base.sqlite '.read $ROOT/bench/report.sql'"
# sqlite3's floor: only counting the rows of each group, no definitions.
floor_cmd="sqlite3 -json $base.sqlite 'SELECT template, seniority, count(*) FROM messages GROUP BY 1, 2'"

say "same numbers?"
"$bin" --config "$cfg" --db "$db" report --by template,seniority --format csv --as-of "$end" --tz UTC | grep -v '^(total)' >"$tmp/inmail.csv"
sqlite3 -header -csv -cmd ".parameter set @now $now" "$base.sqlite" <"$ROOT/bench/report.sql" >"$tmp/sqlite.csv"
# Identical, but for a rate on an exact tie at its fifth decimal (34/320 =
# 0.10625): Go rounds the double's exact value (0.1062), sqlite3's printf
# rounds the tie up (0.1063). Such a field may differ by one in its last
# digit; nothing else may.
same() {
	paste -d'\n' "$1" "$2" | awk -F, '
		NR % 2 == 1 { n = split($0, a, ","); next }
		{
			m = split($0, b, ",")
			if (m != n) { bad++; next }
			for (i = 1; i <= n; i++) {
				if (a[i] == b[i]) continue
				d = substr(a[i], 3) - substr(b[i], 3) # the four decimals, as whole numbers
				if (a[i] ~ /^0\.[0-9][0-9][0-9][0-9]$/ && b[i] ~ /^0\.[0-9][0-9][0-9][0-9]$/ && (d == 1 || d == -1)) { ties++; continue }
				bad++
			}
		}
		END { if (ties) printf "  (%d rate(s) on an exact tie differ in the last digit)\n", ties; exit bad > 0 }'
}
if [ "$(wc -l <"$tmp/inmail.csv")" = "$(wc -l <"$tmp/sqlite.csv")" ] && same "$tmp/inmail.csv" "$tmp/sqlite.csv"; then
	echo "  yes: $(($(wc -l <"$tmp/inmail.csv") - 1)) groups x $(head -1 "$tmp/inmail.csv" | tr ',' '\n' | wc -l) columns are the same"
else
	diff "$tmp/inmail.csv" "$tmp/sqlite.csv" >"$tmp/diff" || true
	echo "  NO, they differ:"
	head -20 "$tmp/diff"
	exit 1
fi

say "timing ($RUNS runs each, as of $end)"
if command -v hyperfine >/dev/null 2>&1; then
	hyperfine -N --warmup 2 --runs "$RUNS" --export-csv "$tmp/h.csv" -n inmail "$inmail_cmd" -n sqlite3 "$sqlite_cmd" -n sqlite3-count "$floor_cmd" 2>/dev/null |
		grep -E 'Benchmark|Time|Range' | sed 's/^/  /' || true
	# command,mean,stddev,median,user,system,min,max
	read -r i_min i_med < <(awk -F, '$1 == "inmail" { print $7, $4 }' "$tmp/h.csv")
	read -r s_min s_med < <(awk -F, '$1 == "sqlite3" { print $7, $4 }' "$tmp/h.csv")
	read -r f_min f_med < <(awk -F, '$1 == "sqlite3-count" { print $7, $4 }' "$tmp/h.csv")
else
	loop() { # prints min and median seconds of RUNS runs of a shell command
		local i t0 t1
		for i in $(seq "$RUNS"); do
			t0=$(date +%s%N)
			bash -c "$1" >/dev/null
			t1=$(date +%s%N)
			echo "$(((t1 - t0) / 1000000))"
		done | sort -n | awk '{ a[NR] = $1 } END { printf "%.3f %.3f\n", a[1] / 1000, a[int((NR + 1) / 2)] / 1000 }'
	}
	read -r i_min i_med < <(loop "$inmail_cmd")
	read -r s_min s_med < <(loop "$sqlite_cmd")
	read -r f_min f_med < <(loop "$floor_cmd")
fi
i_rss=$(peak bash -c "exec $inmail_cmd")
s_rss=$(peak bash -c "exec $sqlite_cmd")

say "result: $MESSAGES messages, report --by template,seniority, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '  %-8s  %9s  %9s  %9s\n' "" "min (s)" "median (s)" "peak RSS"
printf '  %-8s  %9.3f  %9.3f  %6s MB\n' inmail "$i_min" "$i_med" "$i_rss"
printf '  %-8s  %9.3f  %9.3f  %6s MB\n' sqlite3 "$s_min" "$s_med" "$s_rss"
printf '  %-8s  %9.3f  %9.3f  %9s   (sqlite3 only counting rows per group)\n' count "$f_min" "$f_med" ""
awk -v a="$i_med" -v b="$s_med" 'BEGIN { if (a > 0) printf "  inmail is %.1fx %s than sqlite3 (medians)\n", (a < b ? b / a : a / b), (a < b ? "faster" : "slower") }'
