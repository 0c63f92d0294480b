#!/usr/bin/env bash
# inmail export --format csv of the demo database ($MESSAGES messages,
# default 1,000,000) with the base binary and this work tree's,
# alternating, $RUNS times each: wall time and the peak anonymous memory
# (RssAnon from /proc/PID/status, sampled every 10 ms: the file's memory
# map is RssFile and does not count), and whether both wrote the same
# bytes. Target (issue 14): under 5 s and RssAnon under 200 MB. CPU time
# is printed too: on a busy machine it moves less than the wall time.
#
#   bench/export.sh
#   MESSAGES=100000 RUNS=3 bench/export.sh
source "$(dirname "$0")/lib.sh"
[ -x /usr/bin/time ] || { echo "GNU time is needed: apt-get install time" >&2; exit 2; }

say "build"
build
say "demo databases ($MESSAGES messages, seed $SEED)"
base_db=$(demo_db "$base" base)
new_db=$(demo_db "$new" new)
end=$(end)

# export BIN DB OUT prints "seconds CPU-seconds peak-RssAnon-kB".
export_csv() {
	local t0 t1 pid peak=0 kb
	t0=$(now_ns)
	/usr/bin/time -f "%U %S" -o "$tmp/cpu" "$1" --config "$tmp/none.yaml" --db "$2" export --format csv --as-of "$end" --tz UTC >"$3" &
	until pid=$(pgrep -P $! -n) || ! kill -0 $! 2>/dev/null; do :; done
	while [ -n "$pid" ] && kb=$(awk '/^RssAnon:/ { print $2 }' "/proc/$pid/status" 2>/dev/null) && [ -n "$kb" ]; do
		[ "$kb" -gt "$peak" ] && peak=$kb
		sleep 0.01
	done
	wait
	t1=$(now_ns)
	read -r user sys <"$tmp/cpu"
	awk -v d=$((t1 - t0)) -v u="$user" -v s="$sys" -v p="$peak" 'BEGIN { printf "%.3f %.2f %d\n", d / 1e9, u + s, p }'
}

say "timing ($RUNS runs each, load before: $(load))"
for i in $(seq "$RUNS"); do
	for who in base new; do
		bin=${!who} db_var=${who}_db
		l=$(load)
		read -r s cpu kb <<<"$(export_csv "$bin" "${!db_var}" "$tmp/$who.csv")"
		printf '  %-4s run %d: %6.2f s wall, %6.2f s CPU, peak RssAnon %4d MB   (load %s)\n' "$who" "$i" "$s" "$cpu" "$((kb / 1024))" "$l"
		echo "$s" >>"$tmp/$who.s"
		echo "$kb" >>"$tmp/$who.kb"
	done
done
if cmp -s "$tmp/base.csv" "$tmp/new.csv"; then
	same="the same $(($(wc -l <"$tmp/new.csv") - 1)) rows"
else
	same="DIFFERENT output"
fi
read -r b_min b_med <<<"$(stats <"$tmp/base.s")"
read -r n_min n_med <<<"$(stats <"$tmp/new.s")"
say "result: inmail export --format csv, $MESSAGES messages, $same, load after: $(load)"
printf '  %-4s  %7s %7s s   peak RssAnon %4d MB\n' base "$b_min" "$b_med" "$(($(sort -n "$tmp/base.kb" | tail -1) / 1024))"
printf '  %-4s  %7s %7s s   peak RssAnon %4d MB   (target: under 5 s, under 200 MB)\n' new "$n_min" "$n_med" "$(($(sort -n "$tmp/new.kb" | tail -1) / 1024))"
printf '  new/base %s (medians)\n' "$(ratio "$n_med" "$b_med")"
[ "$same" != "DIFFERENT output" ]
