#!/usr/bin/env bash
# inmail demo --messages $MESSAGES (default 1,000,000) with the base binary
# and this work tree's, alternating, $RUNS times each (default 2): wall
# time, CPU time and peak RSS of each run, the machine's load, and the
# ratio of the medians. Target (issue 14): under 15 s on the 2-core
# machine, from 29 to 30 s. As root it empties the page cache before each
# run (see below).
#
#   bench/demo.sh
#   RUNS=3 BASE=main bench/demo.sh
source "$(dirname "$0")/lib.sh"
RUNS=${RUNS_DEMO:-2}
[ -x /usr/bin/time ] || { echo "GNU time is needed: apt-get install time" >&2; exit 2; }

say "build"
build
end=$(end)
say "timing ($RUNS runs each, $MESSAGES messages ending $end)"
for i in $(seq "$RUNS"); do
	for who in base new; do
		bin=${!who}
		db=$tmp/demo-$who.db
		rm -f "$db"
		# Each run starts with the page cache empty where we may empty
		# it (root): writing 3 GB into a cache full of earlier runs' and
		# the bench cache's pages made the kernel reclaim as it went, and
		# added 2 to 8 s of system time to whichever run met it.
		sync
		[ -w /proc/sys/vm/drop_caches ] && echo 1 >/proc/sys/vm/drop_caches
		l=$(load)
		/usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$bin" --config "$tmp/none.yaml" --db "$db" demo --messages "$MESSAGES" --seed "$SEED" --end "$end" >/dev/null
		read -r wall user sys rss <"$tmp/time"
		printf '  %-4s run %d: %6.2f s wall, %6.2f s CPU, peak RSS %5.0f MB, %5.0f MB file   (load %s)\n' \
			"$who" "$i" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$((rss / 1024))" "$(($(stat -c %s "$db") / 1048576))" "$l"
		echo "$wall" >>"$tmp/$who"
		rm -f "$db"
	done
done
read -r b_min b_med <<<"$(stats <"$tmp/base")"
read -r n_min n_med <<<"$(stats <"$tmp/new")"
say "result: inmail demo --messages $MESSAGES, seconds (min, median), load after: $(load)"
printf '  base %6s %6s\n  new  %6s %6s   (target: under 15 s)\n  new/base %s (medians)\n' "$b_min" "$b_med" "$n_min" "$n_med" "$(ratio "$n_med" "$b_med")"
