#!/usr/bin/env bash
# inmail log on the demo database ($MESSAGES messages, default 1,000,000)
# with the base binary and this work tree's, alternating, $RUNS times each:
# the table of the 50 messages most in need of attention, and two filtered
# tables. The whole process is timed; the ids each prints are compared (the
# status words change with the clock, the ids only when a window closes
# between two runs). The base decodes every awaiting message and sorts;
# the new one reads the store's attention index (issue 14).
#
#   bench/log.sh
#   MESSAGES=100000 RUNS=3 bench/log.sh
source "$(dirname "$0")/lib.sh"

say "build"
build
say "demo databases ($MESSAGES messages, seed $SEED)"
base_db=$(demo_db "$base" base)
new_db=$(demo_db "$new" new)

# log BIN DB OUT ARGS... prints the seconds `inmail log ARGS` took, its
# ids in OUT.
log_ids() {
	local bin=$1 db=$2 out=$3 t0 t1
	shift 3
	t0=$(now_ns)
	"$bin" --config "$tmp/none.yaml" --db "$db" log "$@" | awk '$1 ~ /^[0-9]+$/ { print $1 }' >"$out"
	t1=$(now_ns)
	awk -v d=$((t1 - t0)) 'BEGIN { printf "%.3f\n", d / 1e9 }'
}

cases=("" "--status responded --limit 200" "--template associate/next-step --status none")
say "timing ($RUNS runs each, load before: $(load))"
for c in "${!cases[@]}"; do
	read -r -a args <<<"${cases[$c]}"
	for who in base new; do # warm-up
		db_var=${who}_db
		log_ids "${!who}" "${!db_var}" /dev/null "${args[@]}" >/dev/null
	done
	for _ in $(seq "$RUNS"); do
		for who in base new; do
			db_var=${who}_db
			log_ids "${!who}" "${!db_var}" "$tmp/$who-$c.ids" "${args[@]}" >>"$tmp/$who-$c.s"
		done
	done
done

say "result: $MESSAGES messages, seconds (min, median), load after: $(load)"
printf '  %-58s %13s   %13s   %5s   %s\n' "inmail log" base new ratio ids
for c in "${!cases[@]}"; do
	read -r b_min b_med <<<"$(stats <"$tmp/base-$c.s")"
	read -r n_min n_med <<<"$(stats <"$tmp/new-$c.s")"
	same="same $(wc -l <"$tmp/new-$c.ids")"
	cmp -s "$tmp/base-$c.ids" "$tmp/new-$c.ids" || same="differ"
	printf '  %-58s %6s %6s   %6s %6s   %5s   %s\n' "inmail log ${cases[$c]}" "$b_min" "$b_med" "$n_min" "$n_med" "$(ratio "$n_med" "$b_med")" "$same"
done
